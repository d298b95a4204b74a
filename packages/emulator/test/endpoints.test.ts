/**
 * Every endpoint of the registry, end to end: a happy-path call and an error path through
 * @saymon-sdk/node against the emulator over real HTTP, with strict response validation.
 */
import { openApiDocument } from '@saymon-sdk/core/openapi';
import { endpoints } from '@saymon-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/server.ts';
import { allScenarios as all } from './scenarios/all.ts';
import { answerRecorder, validateAnswers } from './scenarios/openapi-answers.ts';
import { type ScenarioContext, scenarioContext } from './scenarios/types.ts';

let context: ScenarioContext;
let checked = 0;
// every answer of a happy path is also checked against the OpenAPI document (last test below)
const recorder = answerRecorder();
beforeAll(async () => {
  const emulator = await startEmulator({ port: 0, seed: 'demo' });
  context = scenarioContext(emulator, recorder.fetch);
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
