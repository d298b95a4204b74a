import { endpointOf } from '../../state/derived.ts';
import { update, useStore } from '../../state/store.ts';
import { select } from '../request/actions.ts';
import { Explorer } from './Explorer.tsx';

export function ExplorerPane() {
  const query = useStore((s) => s.query);
  const selected = useStore((s) => endpointOf(s).id);
  return <Explorer query={query} onQuery={(q) => update({ query: q })} selected={selected} onSelect={select} />;
}
