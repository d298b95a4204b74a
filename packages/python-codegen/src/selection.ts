/**
 * Field selection (`fields=`): for the endpoints whose registry entry names the record `fields` selects from
 * (`schemas.fields`), the answer to a selection is a partial record. This adds, as JSON Schema for
 * datamodel-code-generator: `<Model>Selection` (the record's fields and types, unknown fields kept), and
 * two query types the method overloads tell apart: `<Name>SelectQuery` (`fields` given) and `<Name>PlainQuery`
 * (no `fields` key; only when the query takes other parameters).
 */
import type { JsonSchema } from '@saymon-sdk/core/json-schema';

type Defs = Record<string, JsonSchema>;

export interface Selection {
  /** The partial record's model (`ObjectSelection`). */
  model: string;
  /** The `_results` alias of a selection's answer. */
  result: string;
  /** Its Python type over the models. */
  type: string;
}

/** Adds the selection definitions of endpoint `base` (`ObjectsGet`) and names its result. */
export function addSelection(responses: Defs, requests: Defs, base: string): Selection {
  const entry = responses[`${base}Selection`];
  if (!entry) throw new Error(`${base}: no fields record`);
  delete responses[`${base}Selection`];
  // a shared model (`Object`) gives `ObjectSelection`, shared by its endpoints; an inline record its own
  const ref = typeof entry.$ref === 'string' ? entry.$ref.replace('#/$defs/', '') : undefined;
  const record = ref ? responses[ref] : entry;
  if (!record?.properties) throw new Error(`${base}: the fields record is not an object`);
  const model = ref ? `${ref}Selection` : `${base}Selection`;
  // the record's fields and types, `required` kept: the generator gives what a selection may leave out the
  // default `UNSENT` (never handed out: reading a field not in the answer raises AttributeError), see generate.ts
  responses[model] = {
    ...record,
    description: `${ref ?? 'The record'} as answered to a \`fields=\` selection: the selected fields and \`id\`, typed as in the record; reading another raises AttributeError.`,
  };
  const query = requests[`${base}Query`];
  if (!query?.properties) throw new Error(`${base}: a fields record without a fields query`);
  const required_ = (query.required as string[] | undefined) ?? [];
  requests[`${base}SelectQuery`] = { ...query, required: [...new Set([...required_, 'fields'])].sort() };
  const { fields: _, ...rest } = query.properties as Record<string, JsonSchema>;
  // without other parameters the overload without `fields` takes no query at all
  if (Object.keys(rest).length)
    requests[`${base}PlainQuery`] = { ...query, properties: rest, required: required_.filter((k) => k !== 'fields') };
  const list = responses[`${base}Response`]?.type === 'array';
  return { model, result: `${base}SelectedResult`, type: list ? `list[models.${model}]` : `models.${model}` };
}
