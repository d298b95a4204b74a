/** The import and export dialog (a modal `<dialog>`: focus kept inside, Escape closes). */
import './exchange.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportReport } from '../../lib/exchange/types.ts';
import { openSaved } from './actions.ts';
import type { ExchangeView } from './ExchangeButtons.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { ImportPanel } from './ImportPanel.tsx';

export function ExchangeDialog({ view, onClose }: { view: ExchangeView | undefined; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [report, setReport] = useState<ImportReport>();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (view && !dialog.open) dialog.showModal();
    else if (!view && dialog.open) dialog.close();
  }, [view]);
  const close = () => ref.current?.close();
  return (
    <dialog ref={ref} class="exchange" aria-labelledby="exchange-title" onClose={onClose}>
      <div class="exchange-head">
        <h2 id="exchange-title">{view === 'export' ? 'Export' : 'Import'}</h2>
        <button type="button" class="link" aria-label="Close" onClick={close}>
          ×
        </button>
      </div>
      {view === 'export' ? (
        <ExportPanel imported={report?.requests ?? []} />
      ) : (
        <ImportPanel
          report={report}
          onReport={setReport}
          onOpen={(request) => {
            openSaved(request);
            close();
          }}
        />
      )}
    </dialog>
  );
}
