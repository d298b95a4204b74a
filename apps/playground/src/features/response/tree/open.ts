import type { JsonSchema } from '@saymon-sdk/core/json-schema';
import { unknownFields } from '../../../lib/verdict.ts';
import type { Opened } from './messages.ts';
import { AnswerModel } from './model.ts';

/** Decodes and parses an answer's bytes; a JSON object or list becomes a model, anything else text. */
export function openAnswer(
  bytes: Uint8Array,
  schema: JsonSchema | undefined,
  unknownOf: boolean,
): { opened: Opened; model?: AnswerModel } {
  const text = new TextDecoder().decode(bytes);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { opened: { kind: 'text', text, reason: `not JSON: ${(error as Error).message}` } };
  }
  if (value === null || typeof value !== 'object') return { opened: { kind: 'text', text } };
  const model = new AnswerModel(value);
  const unknown = unknownOf && schema ? unknownFields(schema, value) : [];
  return { opened: { kind: 'tree', expansion: model.defaultExpansion(), unknown }, model };
}
