/**
 * SAYMON's wire conventions, encoded once. Every endpoint schema is built from these helpers,
 * so a rule (how a list is joined, what a timestamp accepts) lives in exactly one place.
 *
 * They are factories: schemas are only built when an endpoint is first used.
 */
import * as z from 'zod/mini';
import { outputShortcut } from '../validation/shortcut.ts';
import { named } from '../validation/words.ts';

/**
 * An entity id in a request. Usually a 24-hex string, but the docs and old servers also show numbers,
 * so both are accepted and sent as given.
 */
export const id = () => named(z.union([z.string(), z.number()]), 'id');

const toArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/**
 * An entity id in a response: servers send strings and sometimes numbers (`"class_id": 4`); the SDK
 * always hands out the string (`"4"`), which every call that takes the id accepts.
 */
export const idOut = () => outputShortcut(z.pipe(z.pipe(id(), z.transform(String)), z.string()));

/** A list of ids in a response, each normalised as `idOut`. */
export const idsOut = () => z.array(idOut());

/**
 * Ids that old servers send as one string and current ones as a list (`parent_id`): always a list
 * in what the SDK hands out.
 */
export const idListOut = () =>
  outputShortcut(z.pipe(z.pipe(z.union([idOut(), idsOut()]), z.transform(toArray)), z.array(z.string())));

/**
 * An answer that is sometimes one record and sometimes a list of them (Get All Classes): always a
 * list. The wrapping happens before the records are checked, in every response validation mode.
 */
export const listOf = <T extends z.core.SomeType>(item: T) =>
  outputShortcut(z.pipe(z.pipe(z.unknown(), z.transform(toArray)), z.array(item)));

/** One metric point: `[ms, value]`, the value `null` where the series has a gap. */
const point = () => z.tuple([z.number(), z.nullable(z.number())]);

/** A `{ "<ms>": value }` map of points (what some servers answer for `dps`) as pairs in time order. */
const toPoints = (value: [number, number | null][] | Record<string, number | null>): [number, number | null][] =>
  Array.isArray(value)
    ? value
    : Object.entries(value)
        .map(([ms, v]): [number, number | null] => [Number(ms), v])
        .sort((a, b) => a[0] - b[0]);

/**
 * Metric points (`dps`) in a response: `[ms, value]` pairs; servers that answer a `{ "<ms>": value }`
 * map instead are handed out as pairs too, so callers meet one shape.
 */
export const pointsOut = () =>
  outputShortcut(
    z.pipe(
      z.pipe(z.union([z.array(point()), z.record(z.string(), z.nullable(z.number()))]), z.transform(toPoints)),
      z.array(point()),
    ),
  );

/** A path parameter: a non-empty string or number, sent percent-encoded. */
export const pathParam = () => named(z.union([z.string().check(z.minLength(1)), z.number()]), 'pathParam');

/**
 * An integer in a request that the docs sometimes show as a numeric string (`"limit": "500"`): a
 * number or a numeric string (`'ten'` is refused at compile time and at run time).
 */
export const int = () => named(z.union([z.number(), z.templateLiteral([z.number()])]), 'numeric');

/** An integer in a response: numbers, and numeric strings converted (`"20"` → `20`). */
export const intOut = () => outputShortcut(z.pipe(z.pipe(int(), z.transform(Number)), z.number()));

/** A timestamp in milliseconds. A `Date` is accepted and converted. */
export const timestamp = () =>
  z.pipe(
    named(z.union([z.number(), z.date()]), 'timestamp'),
    z.transform((value) => (value instanceof Date ? value.getTime() : value)),
  );

/**
 * A time bound for history queries: milliseconds, a `Date`, or a relative
 * OpenTSDB-style string such as `1h-ago` (what real servers accept).
 */
export const timeBound = () =>
  z.pipe(
    named(z.union([z.number(), z.date(), z.string()]), 'time'),
    z.transform((value) => (value instanceof Date ? value.getTime() : value)),
  );

/** A comma-separated list (`fields=a,b`): pass an array or a ready string. */
export const commaList = () =>
  z.pipe(
    named(z.union([z.string(), z.array(z.string())]), 'names'),
    z.transform((value) => (Array.isArray(value) ? value.join(',') : value)),
  );

/** A list sent as repeated parameters (`stateId=1&stateId=2`); one value is sent once. */
export const repeated = () =>
  named(z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))]), 'values');

/** A boolean query flag, sent as `true` / `false`. The strings are accepted as well. */
export const flag = () => named(z.union([z.boolean(), z.enum(['true', 'false'])]), 'flag');

/** A query parameter carrying a JSON document (e.g. the incident filter); objects are serialised. */
export const jsonParam = () =>
  z.pipe(
    named(z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]), 'json'),
    z.transform((value) => (typeof value === 'string' ? value : JSON.stringify(value))),
  );

/**
 * A property value in a request: documented as a string; numbers and `null` (no value) are
 * accepted too, so a property read back can be sent as it is.
 */
export const propertyValue = () => z.nullable(named(z.union([z.string(), z.number()]), 'propertyValue'));

/** Any JSON value, for parts of a payload that the docs leave open. */
export const json = () => z.unknown();

/** A JSON object with open contents. */
export const anyObject = () => z.record(z.string(), z.unknown());

/** A record that keeps unknown fields: the shape of every SAYMON entity in a response. */
export const entity = <S extends z.core.$ZodLooseShape>(shape: S) => z.looseObject(shape);

/** Optional and nullable: a field that may be absent or `null` (request bodies that accept a cleared value). */
export const maybe = <T extends z.core.SomeType>(schema: T) => z.optional(z.nullable(schema));

/** A response field servers may leave out (under `fields=`, or when it was never set). */
export const opt = <T extends z.core.SomeType>(schema: T) => z.optional(schema);

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
