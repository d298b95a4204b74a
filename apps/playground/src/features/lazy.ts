/**
 * A feature's module loaded on first use (the first-load budget): `useLazy(load, when)` starts the
 * import once `when` is true and renders again when it has come. Each loader's promise is kept, so a
 * module is fetched once per page.
 */
import { useEffect, useState } from 'preact/hooks';

const loaded = new Map<() => Promise<unknown>, unknown>();

export function useLazy<T>(load: () => Promise<T>, when: boolean): T | undefined {
  const [module, setModule] = useState<T | undefined>(() => loaded.get(load) as T | undefined);
  useEffect(() => {
    if (!when || module) return;
    let current = true;
    load().then((m) => {
      loaded.set(load, m);
      if (current) setModule(m);
    });
    return () => {
      current = false;
    };
  }, [when, module]);
  return module;
}
