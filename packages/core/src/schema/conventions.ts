/**
 * SAYMON's wire conventions, encoded once. Every endpoint schema is built from these helpers,
 * so a rule (how a list is joined, what a timestamp accepts) lives in exactly one place.
 *
 * They are factories: schemas are only built when an endpoint is first used.
 */
import * as z from 'zod/mini';

/** An entity id. Usually a 24-hex string, but the docs and old servers also show numbers. */
export const id = () => z.union([z.string(), z.number()]);

/** A path parameter: a non-empty string or number, sent percent-encoded. */
export const pathParam = () => z.union([z.string().check(z.minLength(1)), z.number()]);

/** An integer field that the docs sometimes show as a numeric string (`"class_id": "20"`). */
export const int = () => z.union([z.number(), z.string()]);

/** A timestamp in milliseconds. A `Date` is accepted and converted. */
export const timestamp = () =>
  z.pipe(
    z.union([z.number(), z.date()]),
    z.transform((value) => (value instanceof Date ? value.getTime() : value)),
  );

/**
 * A time bound for history queries: milliseconds, a `Date`, or a relative
 * OpenTSDB-style string such as `1h-ago` (what real servers accept).
 */
export const timeBound = () =>
  z.pipe(
    z.union([z.number(), z.date(), z.string()]),
    z.transform((value) => (value instanceof Date ? value.getTime() : value)),
  );

/** A comma-separated list (`fields=a,b`): pass an array or a ready string. */
export const commaList = () =>
  z.pipe(
    z.union([z.string(), z.array(z.string())]),
    z.transform((value) => (Array.isArray(value) ? value.join(',') : value)),
  );

/** A list sent as repeated parameters (`stateId=1&stateId=2`); one value is sent once. */
export const repeated = () => z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))]);

/** A boolean query flag, sent as `true` / `false`. The strings are accepted as well. */
export const flag = () => z.union([z.boolean(), z.enum(['true', 'false'])]);

/** A query parameter carrying a JSON document (e.g. the incident filter); objects are serialised. */
export const jsonParam = () =>
  z.pipe(
    z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]),
    z.transform((value) => (typeof value === 'string' ? value : JSON.stringify(value))),
  );

/** Any JSON value, for parts of a payload that the docs leave open. */
export const json = () => z.unknown();

/** A JSON object with open contents. */
export const anyObject = () => z.record(z.string(), z.unknown());

/** A record that keeps unknown fields: the shape of every SAYMON entity in a response. */
export const entity = <S extends z.core.$ZodLooseShape>(shape: S) => z.looseObject(shape);

/** Optional and nullable: a field that may be absent or `null` in what servers send. */
export const maybe = <T extends z.core.SomeType>(schema: T) => z.optional(z.nullable(schema));

/**
 * The metric list of history calls, in both forms real clients send: `metrics=a,b` (or one name),
 * and repeated `metrics[]=a&metrics[]=b`. Spread it into a query shape.
 */
export const metricsParams = () => ({
  metrics: z.optional(commaList()),
  'metrics[]': z.optional(repeated()),
});

/** A check for queries built with `metricsParams` where at least one metric is required. */
export const requireMetrics = () =>
  z.refine<{ metrics?: unknown; 'metrics[]'?: unknown }>(
    (query) => query.metrics !== undefined || query['metrics[]'] !== undefined,
    { message: 'metrics (or metrics[]) is required' },
  );
