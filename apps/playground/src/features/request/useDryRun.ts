import { useEffect } from 'preact/hooks';
import { dryRun } from '../../lib/wire.ts';
import { builtOf, endpointOf } from '../../state/derived.ts';
import { update, useStore } from '../../state/store.ts';

/** Runs the SDK on the form's input against a recording fetch (nothing is sent): validation and the wire for snippets. */
export function useDryRun(): void {
  const endpoint = useStore(endpointOf);
  const built = useStore(builtOf);
  useEffect(() => {
    let current = true;
    dryRun(endpoint, built.input).then((dry) => current && update({ dry }));
    return () => {
      current = false;
    };
  }, [endpoint, built]);
}
