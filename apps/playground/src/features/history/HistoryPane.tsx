import { useStore } from '../../state/store.ts';
import { replay } from '../request/actions.ts';
import { clearHistory } from './actions.ts';
import { HistoryPanel } from './HistoryPanel.tsx';

export function HistoryPane() {
  const entries = useStore((s) => s.entries);
  return <HistoryPanel entries={entries} onReplay={replay} onClear={clearHistory} />;
}
