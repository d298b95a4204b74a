import { useState } from 'preact/hooks';
import { useLazy } from '../lazy.ts';

const loadPanel = () => import('./CollectionsPanel.tsx');

/** The collections panel, loaded when opened. */
export function CollectionsPane() {
  const [open, setOpen] = useState(false);
  const module = useLazy(loadPanel, open);
  if (module) return <module.CollectionsPanel />;
  return (
    <section class="panel collections" aria-labelledby="collections-title">
      <div class="panel-head">
        <h2 id="collections-title">Collections</h2>
        <button type="button" class="link" aria-expanded="false" onClick={() => setOpen(true)}>
          Saved requests
        </button>
      </div>
    </section>
  );
}
