/** The hostile suites' tally: every vector tried is counted, every finding kept, and both printed. */
export class Findings {
  tried = 0;
  readonly found: string[] = [];

  constructor(readonly suite: string) {}

  /** Counts a vector; `problem` (when set) is a finding. */
  check(vector: string, problem: string | undefined): void {
    this.tried += 1;
    if (problem) this.found.push(`${vector}: ${problem}`);
  }

  /** Prints the figures (and the first findings) for the report. */
  print(): void {
    console.log(`hostile ${this.suite}: ${this.tried} vectors tried, ${this.found.length} findings`);
    for (const line of this.found.slice(0, 20)) console.log(`  finding: ${line}`);
  }
}

export const basic = (login: string, password: string) =>
  `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;
export const ADMIN = basic('admin', 'saymon');
export const VIEWER = basic('viewer', 'viewer');
