/**
 * Import and Export in the top bar. The dialog, the converters and the OpenAPI document's link load
 * on first use (a separate chunk): nothing of them is in the first load.
 */
import { useState } from 'preact/hooks';

type DialogModule = typeof import('./ExchangeDialog.tsx');
export type ExchangeView = 'import' | 'export';

export function ExchangeButtons() {
  const [dialog, setDialog] = useState<DialogModule>();
  const [view, setView] = useState<ExchangeView>();
  const [failed, setFailed] = useState(false);
  const open = async (next: ExchangeView) => {
    try {
      setDialog(dialog ?? (await import('./ExchangeDialog.tsx')));
      setView(next);
    } catch {
      setFailed(true);
    }
  };
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => open('import')} title="curl, Postman, OpenAPI">
        Import
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => open('export')} title="Postman, JSON, OpenAPI">
        Export
      </button>
      {failed ? (
        <span role="alert" class="small">
          The import and export part did not load.
        </span>
      ) : null}
      {dialog ? <dialog.ExchangeDialog view={view} onClose={() => setView(undefined)} /> : null}
    </>
  );
}
