import { clearHistory as clearStored, loadHistory as loadStored } from '../../lib/storage.ts';
import { update } from '../../state/store.ts';

export async function loadHistory(): Promise<void> {
  update({ entries: await loadStored() });
}

export async function clearHistory(): Promise<void> {
  if (!confirm('Clear the history of sent requests? It cannot be undone.')) return;
  await clearStored();
  update({ entries: [] });
}
