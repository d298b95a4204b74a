import { createClient, type EndpointId, type SaymonClient } from '@saymon-sdk/node';
import type { RunningEmulator } from '../../src/server.ts';

export interface ScenarioContext {
  url: string;
  /** admin/saymon over Basic auth, strict response validation, no retries. */
  admin: SaymonClient;
  /** viewer/viewer (read only), same settings. */
  viewer: SaymonClient;
  /** No credentials. */
  anonymous: SaymonClient;
  /** The running emulator (its `store.state` for fixtures and checks). */
  emulator: RunningEmulator;
}

/** How one endpoint is exercised end to end through @saymon-sdk/node over real HTTP. */
export interface Scenario {
  /** A successful call; the SDK validates the answer against the registry in strict mode. */
  happy(context: ScenarioContext): Promise<void>;
  /** A failing call (unknown id, missing permission or bad input) and the error it must give. */
  error(context: ScenarioContext): Promise<void>;
}

/** Scenarios for some endpoints, keyed by registry id. */
export type Scenarios<K extends EndpointId> = { [P in K]: Scenario };

export function scenarios<K extends EndpointId>(map: Scenarios<K>): Scenarios<K> {
  return map;
}

/** The scenarios' clients against a running emulator (`fetch`: e.g. a recorder of the answers). */
export function scenarioContext(emulator: RunningEmulator, fetch?: typeof globalThis.fetch): ScenarioContext {
  const options = { url: emulator.url, responseValidation: 'strict', retry: 0, fetch } as const;
  return {
    url: emulator.url,
    emulator,
    admin: createClient({ ...options, auth: { type: 'basic', login: 'admin', password: 'saymon' } }),
    viewer: createClient({ ...options, auth: { type: 'basic', login: 'viewer', password: 'viewer' } }),
    anonymous: createClient(options),
  };
}
