import { clearHistory as clearStored, loadHistory as loadStored } from '../../lib/storage.ts';
import { update } from '../../state/store.ts';

export async function loadHistory(): Promise<void> {
  update({ entries: await loadStored() });
}

export async function clearHistory(): Promise<void> {
  await clearStored();
  update({ entries: [] });
}
