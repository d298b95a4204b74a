import type { FieldName, PathParamsOf, ResponseOf, SelectedOf, SelectsFields } from '../contract/define.ts';
import type { CallOptions } from '../transport/options.ts';
import type { CallInput, InputIsOptional } from './call.ts';

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * The input of a named method: path parameters at the top level, then `query` and `body`
 * (and `extraQuery` / `extraBody` for what the registry lacks).
 * `client.objects.get({ id: '42', query: { fields: ['name'] } })`.
 */
export type MethodInput<E, F extends readonly string[] = readonly FieldName<E>[]> = Simplify<
  PathParamsOf<E> & Omit<CallInput<E, F>, 'path' | keyof CallOptions>
>;

/**
 * The named method of one endpoint: `(input, options?) => Promise<response>`. Where `fields`
 * selects record fields, the answer is typed by the selection:
 * `objects.get({ id, query: { fields: ['name', 'path'] } })` resolves to `{ id, name, path? }`.
 */
export type EndpointMethod<E> =
  SelectsFields<E> extends true
    ? InputIsOptional<MethodInput<E>> extends true
      ? <const F extends readonly FieldName<E>[] = readonly FieldName<E>[]>(
          input?: MethodInput<E, F>,
          options?: CallOptions,
        ) => Promise<SelectedOf<E, F>>
      : <const F extends readonly FieldName<E>[] = readonly FieldName<E>[]>(
          input: MethodInput<E, F>,
          options?: CallOptions,
        ) => Promise<SelectedOf<E, F>>
    : InputIsOptional<MethodInput<E>> extends true
      ? (input?: MethodInput<E>, options?: CallOptions) => Promise<ResponseOf<E>>
      : (input: MethodInput<E>, options?: CallOptions) => Promise<ResponseOf<E>>;
