/**
 * Checks the emulator against the OpenAPI document: a `fetch` for the scenario clients records
 * every successful answer while a happy path runs, and `validateAnswers` checks each one with a
 * generic JSON Schema validator (ajv, draft 2020-12) against the response schema the document
 * gives for its operation, status and media type.
 */
import { endpoints } from '@saymon-sdk/core';
import { createRouter } from '@saymon-sdk/core/adapter';
import type { OpenApiDocument } from '@saymon-sdk/core/openapi';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export interface Answer {
  endpointId: string;
  method: string;
  status: number;
  contentType: string;
  body: string;
}

export function answerRecorder() {
  const answers: Answer[] = [];
  const router = createRouter(endpoints);
  let recording = false;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const response = await globalThis.fetch(request.clone());
    const url = new URL(request.url);
    // an answer to `fields=` holds only the chosen fields: the document (one schema per operation) describes the
    // full record, so selections are checked by the SDK's selection types and strict validation instead
    const selected = url.searchParams.has('fields');
    const match = recording && response.ok && !selected ? router.match(request.method, url.pathname) : undefined;
    if (match) {
      const contentType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
      const textual = contentType === 'application/json' || contentType.startsWith('text/');
      answers.push({
        endpointId: match.endpoint.id,
        method: request.method.toLowerCase(),
        status: response.status,
        contentType,
        body: textual ? await response.clone().text() : '',
      });
    }
    return response;
  };
  return {
    fetch,
    answers,
    /** Records the answers of the calls `run` makes. */
    async during(run: () => Promise<void>) {
      recording = true;
      try {
        await run();
      } finally {
        recording = false;
      }
    },
  };
}

type Responses = Record<string, { content?: Record<string, { schema?: unknown }> }>;

/** Validates each answer; returns one line per answer the document does not describe. */
export function validateAnswers(document: OpenApiDocument, answers: Answer[]): string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: false, logger: false });
  addFormats.default(ajv);
  ajv.addSchema({ $id: 'saymon', components: document.components }, 'saymon');
  const operations = new Map<string, Responses>();
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item))
      operations.set(operation.operationId, operation.responses as Responses);
  }
  const validators = new Map<string, ReturnType<typeof ajv.compile>>();
  const problems: string[] = [];
  for (const answer of answers) {
    const where = `${answer.endpointId} ${answer.status} ${answer.contentType || '(no body)'}`;
    const responses = operations.get(answer.endpointId);
    const response = responses?.[String(answer.status)] ?? responses?.[`${String(answer.status)[0]}XX`];
    if (!response) {
      problems.push(`${where}: status not in the document`);
      continue;
    }
    if (!answer.contentType || answer.body === '') continue; // no body: nothing to check
    const media = response.content?.[answer.contentType];
    if (!media) {
      if (answer.contentType !== 'application/octet-stream') problems.push(`${where}: media type not in the document`);
      continue;
    }
    const key = `${answer.endpointId}|${answer.status}|${answer.contentType}`;
    let check = validators.get(key);
    if (!check) {
      // the document's refs point at `#/components/...`: resolve them inside the `saymon` schema
      const schema = JSON.parse(
        JSON.stringify(media.schema ?? {}).replaceAll('"#/components/', '"saymon#/components/'),
      );
      check = ajv.compile(schema);
      validators.set(key, check);
    }
    let value: unknown = answer.body;
    if (answer.contentType === 'application/json') {
      try {
        value = JSON.parse(answer.body);
      } catch {
        problems.push(`${where}: the body is not JSON`);
        continue;
      }
    }
    if (!check(value)) problems.push(`${where}: ${ajv.errorsText(check.errors, { dataVar: 'body' })}`);
  }
  return problems;
}
