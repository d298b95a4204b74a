/**
 * Every endpoint of the registry, end to end: a happy-path call and an error path through
 * @saymon-sdk/node against the emulator over real HTTP, with strict response validation.
 */
import { openApiDocument } from '@saymon-sdk/core/openapi';
import { createClient, type EndpointId, endpoints } from '@saymon-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/server.ts';
import { authScenarios } from './scenarios/auth.ts';
import { catalogScenarios } from './scenarios/catalog.ts';
import { configScenarios } from './scenarios/config.ts';
import { entityScenarios } from './scenarios/entities.ts';
import { incidentScenarios } from './scenarios/incidents.ts';
import { jobScenarios } from './scenarios/jobs.ts';
import { linkScenarios } from './scenarios/links.ts';
import { monitoringScenarios } from './scenarios/monitoring.ts';
import { objectScenarios } from './scenarios/objects.ts';
import { answerRecorder, validateAnswers } from './scenarios/openapi-answers.ts';
import { operationScenarios } from './scenarios/operations.ts';
import { propertyScenarios } from './scenarios/properties.ts';
import { resourceScenarios } from './scenarios/resources.ts';
import { statScenarios } from './scenarios/stat.ts';
import type { Scenario, ScenarioContext } from './scenarios/types.ts';
import { userScenarios } from './scenarios/users.ts';

const all: { [K in EndpointId]: Scenario } = {
  ...authScenarios,
  ...catalogScenarios,
  ...configScenarios,
  ...entityScenarios,
  ...incidentScenarios,
  ...jobScenarios,
  ...linkScenarios,
  ...monitoringScenarios,
  ...objectScenarios,
  ...operationScenarios,
  ...propertyScenarios,
  ...resourceScenarios,
  ...statScenarios,
  ...userScenarios,
};

let context: ScenarioContext;
let checked = 0;
// every answer of a happy path is also checked against the OpenAPI document (last test below)
const recorder = answerRecorder();
beforeAll(async () => {
  const emulator = await startEmulator({ port: 0, seed: 'demo' });
  const options = { url: emulator.url, responseValidation: 'strict', retry: 0, fetch: recorder.fetch } as const;
  context = {
    url: emulator.url,
    emulator,
    admin: createClient({ ...options, auth: { type: 'basic', login: 'admin', password: 'saymon' } }),
    viewer: createClient({ ...options, auth: { type: 'basic', login: 'viewer', password: 'viewer' } }),
    anonymous: createClient(options),
  };
});
afterAll(async () => {
  console.log(`emulator endpoints checked: ${checked} of ${endpoints.length} (happy path and error path each)`);
  await context?.emulator.close();
});

describe('every registry endpoint against the emulator', () => {
  it('has a scenario for every endpoint', () => {
    const missing = endpoints.map((e) => e.id).filter((id) => !(id in all));
    expect(missing).toEqual([]);
  });

  for (const endpoint of endpoints) {
    describe(endpoint.id, () => {
      const scenario = all[endpoint.id];
      it.skipIf(!scenario)('happy path', async () => {
        await recorder.during(() => scenario.happy(context));
        checked++;
      });
      it.skipIf(!scenario)('error path', async () => {
        await scenario.error(context);
      });
    });
  }

  it('every happy-path answer agrees with the OpenAPI document', () => {
    const answers = recorder.answers;
    const problems = validateAnswers(openApiDocument(), answers);
    const operations = new Set(answers.map((a) => a.endpointId));
    const unseen = endpoints.filter((e) => !operations.has(e.id)).map((e) => e.id);
    console.log(
      `OpenAPI: ${answers.length} happy-path answers of ${operations.size} operations validated` +
        ` (no answer recorded through the scenario clients: ${unseen.join(', ') || 'none'})`,
    );
    expect(answers.length).toBeGreaterThan(endpoints.length);
    expect(problems).toEqual([]);
  });
});
