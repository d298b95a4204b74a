/** What a doctor run found for one endpoint, and for the server as a whole. */
import type { DriftFinding } from './drift.ts';

export const OUTCOMES = ['conforms', 'drift', 'absent', 'forbidden', 'failed', 'not-tried'] as const;
/**
 * - `conforms`: answered, and the answer matches the registry exactly;
 * - `drift`: answered with extra fields, missing fields or other types (`findings`);
 * - `absent`: the route answered 404: this server does not have it;
 * - `forbidden`: 403 for this user;
 * - `failed`: another error status, no answer in time, or an answer that is not what its kind says;
 * - `not-tried`: not called (`reason`).
 */
export type Outcome = (typeof OUTCOMES)[number];

export interface EndpointReport {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly outcome: Outcome;
  readonly status?: number;
  readonly findings?: readonly DriftFinding[];
  /** Why it was not tried, or what failed (SDK messages: credentials already redacted). */
  readonly reason?: string;
  /** Set when the call sent the query and body of a documented request example (its title, or `example 1`). */
  readonly example?: string;
}

export interface DoctorReport {
  /** The origin checked (no credentials, no path). */
  readonly server: string;
  /** `service.versionHash`'s answer, when the server gave one. */
  readonly version?: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly endpoints: readonly EndpointReport[];
  readonly summary: Readonly<Record<Outcome, number>>;
}

export function summarize(reports: readonly EndpointReport[]): Record<Outcome, number> {
  const summary = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const report of reports) summary[report.outcome]++;
  return summary;
}

/** The summary as one line: `230 endpoints: 90 conform, 2 drift, …`. */
export function summaryLine(report: DoctorReport): string {
  const s = report.summary;
  const parts = [
    `${s.conforms} conform`,
    `${s.drift} drift`,
    `${s.absent} absent`,
    `${s.forbidden} forbidden`,
    `${s.failed} failed`,
    `${s['not-tried']} not tried`,
  ];
  return `saymon doctor: ${report.endpoints.length} endpoints: ${parts.join(', ')}`;
}
