import type { PathParamsOf, ResponseOf } from '../registry/define.ts';
import type { CallOptions } from '../transport/options.ts';
import type { CallInput, InputIsOptional } from './call.ts';

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * The input of a named method: path parameters at the top level, then `query` and `body`.
 * `client.objects.get({ id: '42', query: { fields: ['name'] } })`.
 */
export type MethodInput<E> = Simplify<PathParamsOf<E> & Omit<CallInput<E>, 'path' | keyof CallOptions>>;

/** The named method of one endpoint: `(input, options?) => Promise<response>`. */
export type EndpointMethod<E> =
  InputIsOptional<MethodInput<E>> extends true
    ? (input?: MethodInput<E>, options?: CallOptions) => Promise<ResponseOf<E>>
    : (input: MethodInput<E>, options?: CallOptions) => Promise<ResponseOf<E>>;
