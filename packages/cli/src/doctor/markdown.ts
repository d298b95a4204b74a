/** The report for people: a summary, then each endpoint that did not conform with what was found. */
import type { DriftFinding } from './drift.ts';
import { type DoctorReport, type EndpointReport, type Outcome, summaryLine } from './outcome.ts';

const TITLES: Record<Outcome, string> = {
  drift: 'Drift: the answer differs from the registry',
  failed: 'Failed',
  absent: 'Absent on this server (404)',
  forbidden: 'Forbidden for this user (403)',
  'not-tried': 'Not tried',
  conforms: 'Conforms',
};
const ORDER: readonly Outcome[] = ['drift', 'failed', 'absent', 'forbidden', 'not-tried', 'conforms'];
const MAX_FINDINGS = 50;

/** Markdown table cells hold no pipe or newline. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function finding(f: DriftFinding): string {
  if (f.kind === 'extra') return `- extra field \`${f.path}\` (${f.seen})`;
  if (f.kind === 'missing') return `- missing field \`${f.path}\` (registry: ${f.expected})`;
  return `- wrong type at \`${f.path}\`: ${f.seen} (registry: ${f.expected})`;
}

function section(outcome: Outcome, reports: readonly EndpointReport[]): string[] {
  if (!reports.length) return [];
  const lines = [`## ${TITLES[outcome]} (${reports.length})`, ''];
  if (outcome === 'drift') {
    for (const r of reports) {
      const findings = r.findings ?? [];
      lines.push(`### \`${r.id}\` — ${r.method} ${r.path}`, '');
      if (r.example) lines.push(`Sent with the documented request example "${r.example}".`, '');
      lines.push(...findings.slice(0, MAX_FINDINGS).map(finding));
      if (findings.length > MAX_FINDINGS) lines.push(`- … and ${findings.length - MAX_FINDINGS} more (see -o json)`);
      lines.push('');
    }
    return lines;
  }
  const why = outcome === 'not-tried' || outcome === 'failed';
  lines.push(why ? '| endpoint | call | why |' : '| endpoint | call |', why ? '| --- | --- | --- |' : '| --- | --- |');
  for (const r of reports) {
    const call = `${r.method} ${r.path}`;
    lines.push(why ? `| \`${r.id}\` | ${call} | ${cell(r.reason ?? '')} |` : `| \`${r.id}\` | ${call} |`);
  }
  lines.push('');
  return lines;
}

export function markdownReport(report: DoctorReport): string {
  const lines = [
    '# saymon doctor',
    '',
    `Server ${report.server}${report.version ? `, version ${report.version}` : ''}; checked ${report.startedAt} in ${(report.durationMs / 1000).toFixed(1)} s.`,
    '',
    `${summaryLine(report).replace(/^saymon doctor: /, '')}.`,
    '',
  ];
  for (const outcome of ORDER)
    lines.push(
      ...section(
        outcome,
        report.endpoints.filter((r) => r.outcome === outcome),
      ),
    );
  return `${lines.join('\n').trimEnd()}\n`;
}
