import { endpointOf, formFor } from '../../state/derived.ts';
import { useStore } from '../../state/store.ts';
import { download } from './actions.ts';
import { ResponseView } from './ResponseView.tsx';

export function ResponsePane() {
  const outcome = useStore((s) => s.outcome);
  const endpoint = useStore(endpointOf);
  const own = !(outcome?.kind === 'sent' && outcome.label);
  return (
    <ResponseView
      outcome={outcome}
      responseSchema={own ? formFor(endpoint).schemas.response : undefined}
      onDownload={download}
    />
  );
}
