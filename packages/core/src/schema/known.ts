/**
 * Public request and response types carry no index signatures: at run time records keep every
 * field the server sent (schemas are `looseObject`s), but the types name only the fields the
 * registry knows, so a misspelt field (`o.nmae`, `parnt_id`, `feilds`) does not compile.
 * Reach the other fields through `rawFields(record)`.
 *
 * `Known<T>` removes string and number index signatures recursively. A type that is nothing but
 * an index signature (a map such as `{ [objectId]: stateIds }` or a stat payload) stays a map.
 */
type Builtin = string | number | boolean | bigint | symbol | null | undefined | Date | Response | Blob | FormData;

type KnownKeys<T> = keyof {
  [K in keyof T as string extends K ? never : number extends K ? never : symbol extends K ? never : K]: 0;
};

export type Known<T> = T extends Builtin
  ? T
  : T extends (...args: never[]) => unknown
    ? T
    : T extends readonly unknown[]
      ? // homomorphic over arrays and tuples: `[number, number | null]` stays a pair, `readonly` stays
        { [K in keyof T]: Known<T[K]> }
      : T extends object
        ? [KnownKeys<T>] extends [never]
          ? { [K in keyof T]: Known<T[K]> }
          : { [K in keyof T as string extends K ? never : number extends K ? never : K]: Known<T[K]> }
        : T;
