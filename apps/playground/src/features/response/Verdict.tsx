import type { Outcome } from '../../lib/send.ts';

/** The schema verdict: the SDK's strict validation, and fields the schema does not name. */
export function Verdict({ outcome, unknown }: { outcome: Extract<Outcome, { kind: 'sent' }>; unknown: string[] }) {
  const verdict = outcome.verdict;
  if (verdict.kind === 'none') return null;
  if (verdict.kind === 'violations') {
    return (
      <details class="verdict violations">
        <summary>Schema: {verdict.issues.length} violation(s)</summary>
        <ul>
          {verdict.issues.slice(0, 30).map((i) => (
            <li key={i.path.join('.') + i.message}>
              <code>{i.path.join('.') || '(root)'}</code>: {i.message}
            </li>
          ))}
        </ul>
      </details>
    );
  }
  if (unknown.length) {
    return (
      <details class="verdict unknown">
        <summary>Schema: conforms, {unknown.length} unknown field(s)</summary>
        <ul>
          {unknown.map((p) => (
            <li key={p}>
              <code>{p}</code>
            </li>
          ))}
        </ul>
      </details>
    );
  }
  return <span class="verdict conforms">Schema: conforms</span>;
}
