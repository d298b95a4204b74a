/** The answer checker used by the scenario tests finds what the document does not describe. */
import { openApiDocument } from '@saymon-sdk/core/openapi';
import { describe, expect, it } from 'vitest';
import { createEmulatorApp } from '../src/app.ts';
import { type Answer, validateAnswers } from './scenarios/openapi-answers.ts';

const document = openApiDocument();
// real answers of the demo estate (the models require what servers always send)
const demo = createEmulatorApp({ seed: 'demo' });
const basic = { authorization: `Basic ${btoa('admin:saymon')}` };
const read = async (path: string) =>
  (await demo.fetch(new Request(`http://127.0.0.1/node/api${path}`, { headers: basic }))).text();
const demoList = await read('/objects');
const demoObject = JSON.stringify(JSON.parse(demoList)[0]);
const demoObjectById = await read(`/objects/${JSON.parse(demoObject).id}`);
const answer = (over: Partial<Answer>): Answer => ({
  endpointId: 'objects.get',
  method: 'get',
  status: 200,
  contentType: 'application/json',
  body: demoObjectById,
  ...over,
});

describe('validateAnswers', () => {
  it.each([
    ['an object read by id', answer({}), 0],
    ['a list where one object is described', answer({ body: '[1, 2]' }), 1],
    ['an object whose name is a number', answer({ body: '{"id":"1","name":5}' }), 1],
    ['an object list', answer({ endpointId: 'objects.list', body: `[${demoObject}]` }), 0],
    ['a status the document does not give', answer({ status: 418 }), 1],
    ['an HTML page', answer({ contentType: 'text/html', body: '<html></html>' }), 1],
    ['a body that breaks off', answer({ body: '{"id":' }), 1],
    ['an empty answer', answer({ endpointId: 'objects.delete', contentType: '', body: '' }), 0],
    ['a token as a JSON string', answer({ endpointId: 'authTokens.create', body: '"abc"' }), 0],
  ])('%s → %s problem(s)', (_name, given, count) => {
    const problems = validateAnswers(document, [given]);
    expect(problems).toHaveLength(count);
  });
});

describe('GET /__emulator/openapi.json', () => {
  it('serves the registry document, pointed at the emulator', async () => {
    const { fetch } = createEmulatorApp({ seed: 'empty' });
    const response = await fetch(new Request('http://127.0.0.1:8080/__emulator/openapi.json'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const served = (await response.json()) as typeof document;
    expect(served.servers).toEqual([{ url: 'http://127.0.0.1:8080', description: 'this emulator' }]);
    expect({ ...served, servers: document.servers }).toEqual(JSON.parse(JSON.stringify(document)));
  });
});
