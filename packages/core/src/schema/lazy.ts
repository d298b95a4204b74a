/**
 * Builds a value on first use and caches it. Models are declared with it so that importing
 * `@saymon-sdk/core` constructs no schema until one is needed.
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
