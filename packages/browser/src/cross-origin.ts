/**
 * A `fetch` whose opaque failures on calls to another origin become a `SaymonNetworkError` with
 * reason `CROSS_ORIGIN` and a message that says what may have happened and what to do (see
 * `cross-origin-explain.ts`, loaded only when a call fails: apps that never fail do not bundle it).
 */
export const explainCrossOriginFailures =
  (fetch: typeof globalThis.fetch): typeof globalThis.fetch =>
  async (input, init) => {
    try {
      return await fetch(input, init);
    } catch (error) {
      // if even the explanation cannot load, the failure stays as it was
      throw await import('./cross-origin-explain.ts').then(
        ({ explainFailure }) => explainFailure(error, input, init),
        () => error,
      );
    }
  };
