import { useState } from 'preact/hooks';
import { setting } from '../../lib/storage.ts';
import { useLazy } from '../lazy.ts';

const loadPanel = () => import('./EnvironmentPanel.tsx');
/** An environment was active when the page was last used: its variables are needed from the start. */
const activeAtStart = setting('environment', '') !== '';

/** The environment panel, loaded when opened (or at once while an environment is active). */
export function EnvironmentPane() {
  const [open, setOpen] = useState(activeAtStart);
  const module = useLazy(loadPanel, open);
  if (module) return <module.EnvironmentPanel />;
  return (
    <section class="panel environments" aria-labelledby="environments-title">
      <div class="panel-head">
        <h2 id="environments-title">Environment</h2>
        <button type="button" class="link" aria-expanded="false" onClick={() => setOpen(true)}>
          Environments and variables
        </button>
      </div>
      <p class="muted small">None: named sets of target, auth and {'{{variables}}'}.</p>
    </section>
  );
}
