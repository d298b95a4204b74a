/**
 * The operator task suite: questions in an operator's words, each with an oracle computed with the
 * SDK directly against the emulator (never through the MCP tools). The proof tests answer each
 * question through the tools and look for the oracle's facts in what the tools returned.
 */
import type { SaymonClient } from '@saymon-sdk/node';

export interface Oracle {
  /**
   * Strings the tool results must contain (names, ids, state names, ISO times, figures as JSON
   * writes them), each found verbatim in the JSON of the results of the task's tool calls.
   */
  readonly facts: readonly string[];
  /**
   * For a write task: checks with the SDK, after the tools ran, that the change was made (throws
   * when it was not). Read tasks have none.
   */
  readonly verify?: (client: SaymonClient) => Promise<void>;
}

export interface OperatorTask {
  /** A short stable name, used by the scripted answers. */
  readonly id: string;
  /** The question as an operator asks it. */
  readonly question: string;
  /** `write` tasks change the estate: they need a server started with `--allow-writes`. */
  readonly kind: 'read' | 'write';
  /** Computes the expected facts with the SDK, against a fresh demo estate. */
  readonly oracle: (client: SaymonClient) => Promise<Oracle>;
}
