/**
 * MSW's report of a request no handler took, under both majors the handlers support: msw 2 calls
 * `onUnhandledRequest(request, print)`, msw 3 calls `onUnhandledFrame({ frame, defaults })` (and
 * ignores the old name). The tests pass both, so the same suite runs against either (see
 * vitest.config.ts); `report` gets the request, and what it throws fails the request under both.
 */
type Report = (request: Request, printError: () => void) => void;

interface UnhandledFrame {
  frame: { data: { request?: Request } };
  defaults: { error: () => void };
}

/** `server.listen(onUnhandled(report))`: the same report from msw 2 and msw 3. */
export function onUnhandled(report: Report | 'error') {
  if (report === 'error') return { onUnhandledRequest: 'error' as const, onUnhandledFrame: 'error' as const };
  return {
    onUnhandledRequest: (request: Request, print: { error: () => void }) => report(request, () => print.error()),
    onUnhandledFrame: ({ frame, defaults }: UnhandledFrame) => {
      if (frame.data.request) report(frame.data.request, () => defaults.error());
    },
  };
}
