import type { SaymonClient } from '../client/create-client.ts';
import type { BodyOf, ResponseOf } from '../contract/define.ts';
import { SaymonValidationError } from '../errors.ts';
import type { EndpointById } from '../registry/registry.ts';
import type { CallOptions } from '../transport/options.ts';

/** A property value as SAYMON stores it (text; numbers are compared by their text). */
export type PropertyValue = string | number;

/** What `upsertProperties` did, by property name, in the order the names were given. */
export interface UpsertPropertiesResult {
  created: string[];
  updated: string[];
  unchanged: string[];
}

/**
 * Sets an object's properties by name: creates the missing ones, updates those whose value differs (compared as
 * text, as SAYMON stores them: `4` equals `'4'`) and leaves the rest alone. One read, then one write per property
 * created or changed, none when nothing changed. Where two properties share a name, the first is the one updated.
 *
 * ```ts
 * const { created, updated } = await upsertProperties(client, objectId, { owner: 'ops', rack: 4 });
 * ```
 */
export async function upsertProperties(
  client: SaymonClient,
  objectId: string,
  values: Readonly<Record<string, PropertyValue>>,
  options: CallOptions = {},
): Promise<UpsertPropertiesResult> {
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value)))
      throw new SaymonValidationError({
        message: `upsertProperties: the value of "${name}" must be text or a finite number, received ${value === null ? 'null' : typeof value}`,
        issues: [{ path: ['values', name], message: 'expected text or a finite number' }],
      });
  }
  const existing = await client.objects.properties({ id: objectId }, options);
  const byName = new Map<string, (typeof existing)[number]>();
  for (const property of existing) if (!byName.has(property.name)) byName.set(property.name, property);
  const result: UpsertPropertiesResult = { created: [], updated: [], unchanged: [] };
  for (const [name, value] of Object.entries(values)) {
    const found = byName.get(name);
    if (!found) {
      await client.properties.createForObject({ id: objectId, body: { name, value } }, options);
      result.created.push(name);
    } else if (String(found.value) !== String(value)) {
      await client.properties.updateForObject({ id: objectId, propId: found.id, body: { value } }, options);
      result.updated.push(name);
    } else {
      result.unchanged.push(name);
    }
  }
  return result;
}

/** An object as `objects.create` and `objects.children` answer it. */
type ObjectRecord = ResponseOf<EndpointById<'objects.create'>>;
type CreateBody = BodyOf<EndpointById<'objects.create'>>;

export interface FindOrCreateObjectInput {
  /** The parent the object is looked for under, and created under. */
  parentId: string;
  /** The name of the object created; also what is matched when no `discoveryId` is given. */
  name: string;
  /** When given, the child with this `discovery_id` is the match (whatever its name). */
  discoveryId?: string;
  /** Further fields of the object created (`class_id`, `properties`, ...); not used for matching. */
  body?: Omit<CreateBody, 'name' | 'parent_id' | 'discovery_id'>;
}

export interface FoundObject {
  object: ObjectRecord;
  /** `true` when no child matched and the object was created. */
  created: boolean;
}

/**
 * The child of `parentId` with this `discoveryId` (when given) or else this `name`; created under that parent when
 * no child matches. One read of the parent's children, one write when nothing matched. The first match wins.
 *
 * ```ts
 * const { object, created } = await findOrCreateObject(client, { parentId, name: 'web01', discoveryId: '10.0.0.7' });
 * ```
 */
export async function findOrCreateObject(
  client: SaymonClient,
  input: FindOrCreateObjectInput,
  options: CallOptions = {},
): Promise<FoundObject> {
  const { parentId, name, discoveryId, body } = input;
  if (typeof name !== 'string' || name === '')
    throw new SaymonValidationError({
      message: 'findOrCreateObject: name must be a non-empty string',
      issues: [{ path: ['name'], message: 'expected a non-empty string' }],
    });
  const children = await client.objects.children({ id: parentId }, options);
  const match = children.find((child) =>
    discoveryId === undefined ? child.name === name : child.discovery_id === discoveryId,
  );
  if (match) return { object: match, created: false };
  const object = await client.objects.create(
    {
      body: {
        ...body,
        name,
        parent_id: parentId,
        ...(discoveryId === undefined ? {} : { discovery_id: discoveryId }),
      },
    },
    options,
  );
  return { object, created: true };
}
