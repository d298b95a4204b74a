import { targetOf } from '../../state/derived.ts';
import { getState, update } from '../../state/store.ts';
import { callerFor } from '../caller.ts';

/** Fetches a file the answer points to (an uploaded document's `/node-resources/docs/...`). */
export async function download(path: string): Promise<void> {
  const s = getState();
  const target = targetOf(s);
  if (!target || s.sending) return;
  update({ sending: true });
  try {
    update({ outcome: await callerFor(target).download(path) });
  } finally {
    update({ sending: false });
  }
}
