/**
 * The request editor's state for one endpoint and how it becomes the SDK's input. Field lists
 * come from the endpoint's JSON Schema (built once per endpoint).
 */
import { type EndpointJsonSchemas, endpointJsonSchemas } from '@saymon-sdk/core/json-schema';
import type { Endpoint } from './registry.ts';
import { extraFields, type Field, type FormValues, fieldsOf, isFormBody, toForm, toInput } from './schema-form.ts';
import type { CallInput, UploadInfo } from './wire.ts';

/** The multipart field the file goes in (SAYMON's document and agent-update uploads). */
export const UPLOAD_FIELD = 'file';

export interface EndpointForm {
  schemas: EndpointJsonSchemas;
  path: Field[];
  query: Field[];
  body: Field[];
  /** Whether the body has a form (an object schema); else only the JSON (or text) editor. */
  bodyForm: boolean;
  hasBody: boolean;
  /**
   * Whether the body can be a file sent as multipart/form-data: `only` for multipart endpoints
   * (agents.uploadUpdate), `also` where a JSON body is the alternative (document uploads).
   */
  upload?: 'only' | 'also';
}

export interface FormState {
  path: FormValues;
  query: FormValues;
  body: FormValues;
  bodyMode: BodyMode;
  /** The raw body: JSON text (or plain text for text bodies). */
  bodyText: string;
  /** Body fields the form does not show, kept from the JSON editor. */
  bodyExtra: Record<string, unknown>;
  /**
   * The body a replayed, shared or documented request had, and the form values made from it: while
   * the form still holds those values, that body is sent as it was (the form's own conversion would
   * make, say, the docs' `parent_id: "1"` the list `["1"]`).
   */
  bodyOrigin?: { values: FormValues; body: unknown };
  /** The file chosen for an upload (in memory only: never stored or shared). */
  file?: File;
  /** The name of the file a replayed or shared upload had (the file itself must be chosen again). */
  fileName?: string;
}

export type BodyMode = 'form' | 'json' | 'file';

const cache = new Map<string, EndpointForm>();

export function formOf(endpoint: Endpoint): EndpointForm {
  let form = cache.get(endpoint.id);
  if (!form) {
    const schemas = endpointJsonSchemas(endpoint);
    const hasBody = endpoint.bodyKind !== 'none' && Boolean(schemas.body);
    const bodyForm = hasBody && endpoint.bodyKind === 'json' && isFormBody(schemas.body);
    form = {
      schemas,
      path: fieldsOf(schemas.path),
      query: fieldsOf(schemas.query),
      body: bodyForm ? fieldsOf(schemas.body, { body: true }) : [],
      bodyForm,
      hasBody: hasBody || endpoint.bodyKind === 'multipart',
    };
    if (endpoint.bodyKind === 'multipart') form.upload = 'only';
    else if (endpoint.upload) form.upload = 'also';
    cache.set(endpoint.id, form);
  }
  return form;
}

export function emptyState(form: EndpointForm): FormState {
  const bodyMode = form.upload === 'only' ? 'file' : form.bodyForm ? 'form' : 'json';
  return { path: {}, query: {}, body: {}, bodyMode, bodyText: '', bodyExtra: {} };
}

export interface Built {
  input: CallInput;
  /** Problems the form itself found (JSON that does not parse), by `part.field`. */
  errors: Record<string, string>;
}

/** The SDK input the editor holds. */
export function buildInput(endpoint: Endpoint, form: EndpointForm, state: FormState): Built {
  const errors: Record<string, string> = {};
  const collect = (part: string, converted: { value: Record<string, unknown>; errors: Record<string, string> }) => {
    for (const [k, v] of Object.entries(converted.errors)) errors[`${part}.${k}`] = v;
    return converted.value;
  };
  const input: CallInput = {};
  const path = collect('path', toInput(form.path, state.path));
  if (form.path.length) input.path = path;
  const query = collect('query', toInput(form.query, state.query));
  if (Object.keys(query).length) input.query = query;
  if (form.hasBody) {
    if (state.bodyMode === 'file' && form.upload) {
      if (state.file) {
        const data = new FormData();
        data.append(UPLOAD_FIELD, state.file, state.file.name);
        input.body = data;
        input.upload = uploadInfo(state.file);
      } else {
        errors[`body.${UPLOAD_FIELD}`] = state.fileName
          ? `choose the file again (${state.fileName}): files are not kept in history or links`
          : 'choose a file to upload';
      }
    } else if (state.bodyMode === 'form' && form.bodyForm) {
      input.body = formBody(form, state, collect);
    } else if (endpoint.bodyKind === 'text') {
      if (state.bodyText !== '') input.body = state.bodyText;
    } else if (state.bodyText.trim() !== '') {
      try {
        input.body = JSON.parse(state.bodyText);
      } catch (error) {
        errors.body = `not valid JSON: ${(error as Error).message}`;
      }
    }
  }
  return { input, errors };
}

const sameValues = (a: FormValues, b: FormValues) =>
  Object.keys({ ...a, ...b }).every((k) => (a[k] ?? '') === (b[k] ?? ''));

/** The body the form holds: the original one while its values are untouched, else the form's conversion. */
function formBody(
  form: EndpointForm,
  state: FormState,
  collect: (part: string, converted: ReturnType<typeof toInput>) => Record<string, unknown> = (_, c) => c.value,
): unknown {
  if (state.bodyOrigin && sameValues(state.bodyOrigin.values, state.body)) return state.bodyOrigin.body;
  return { ...state.bodyExtra, ...collect('body', toInput(form.body, state.body)) };
}

/** What snippets, history and links say about an uploaded file: never its bytes. */
export function uploadInfo(file: File): UploadInfo {
  return { field: UPLOAD_FIELD, name: file.name, type: file.type, size: file.size };
}

/** Switches the body between form, JSON and file, carrying the values across form and JSON. */
export function switchBodyMode(form: EndpointForm, state: FormState, mode: BodyMode): FormState {
  if (mode === state.bodyMode) return state;
  if (mode === 'file' || state.bodyMode === 'file') {
    if (mode === 'file' && !form.upload) return state;
    if (mode === 'form' && !form.bodyForm) return state;
    return { ...state, bodyMode: mode };
  }
  if (mode === 'json') {
    const body = formBody(form, state) as Record<string, unknown>;
    return { ...state, bodyMode: 'json', bodyText: Object.keys(body).length ? JSON.stringify(body, null, 2) : '' };
  }
  let value: Record<string, unknown> = {};
  try {
    const parsed = state.bodyText.trim() ? JSON.parse(state.bodyText) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) value = parsed as Record<string, unknown>;
  } catch {
    return state; // the JSON does not parse: stay in the editor, which marks it
  }
  const body = toForm(form.body, value);
  return {
    ...state,
    bodyMode: 'form',
    body,
    bodyExtra: extraFields(form.body, value),
    bodyOrigin: { values: body, body: value },
  };
}

/** Editor state from a saved or shared input (history replay, share links) or a documented example. */
export function stateFromInput(form: EndpointForm, input: CallInput): FormState {
  const state = emptyState(form);
  state.path = toForm(form.path, input.path);
  state.query = toForm(form.query, input.query);
  if (input.upload && form.upload) {
    state.bodyMode = 'file';
    state.fileName = input.upload.name;
  } else if (input.body !== undefined) {
    if (form.bodyForm && input.body && typeof input.body === 'object' && !Array.isArray(input.body)) {
      state.body = toForm(form.body, input.body as Record<string, unknown>);
      state.bodyExtra = extraFields(form.body, input.body as Record<string, unknown>);
      state.bodyOrigin = { values: state.body, body: input.body };
    } else {
      state.bodyMode = 'json';
      state.bodyText = typeof input.body === 'string' ? input.body : JSON.stringify(input.body, null, 2);
    }
  }
  return state;
}
