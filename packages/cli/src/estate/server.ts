/** Reading an object and its rules from a server, in the shape the files keep (with that server's ids). */
import { isSaymonApiError, type SaymonClient } from '@saymon-sdk/node';
import { UsageError } from '../exit-codes.ts';
import { byName, type ClassDoc, cleanList, type ObjectDoc, propertyDoc, RULE_LISTS, type RuleList } from './docs.ts';

type Input = Record<string, unknown>;
type Method = (input: Input) => Promise<unknown>;

/** The SDK methods config-as-code uses, each named by its registry id. */
export interface EstateApi {
  readonly objects: Record<
    | 'get'
    | 'children'
    | 'create'
    | 'update'
    | 'stateConditions'
    | 'incidentConditions'
    | 'stateTriggers'
    | 'setStateConditions'
    | 'setIncidentConditions'
    | 'setStateTriggers',
    Method
  >;
  readonly statRules: Record<'listForObject' | 'setForObject', Method>;
  readonly properties: Record<'createForObject' | 'updateForObject', Method>;
  readonly classes: Record<'list' | 'create' | 'update', Method>;
}

// the client's methods take typed inputs; the files hold what YAML parsed (checked by the SDK when sent)
export const estateApi = (client: SaymonClient) => client as unknown as EstateApi;

/** How each rule list is read and set. */
export const RULE_CALLS: Record<RuleList, { read: (api: EstateApi) => Method; set: (api: EstateApi) => Method }> = {
  state_conditions: { read: (a) => a.objects.stateConditions, set: (a) => a.objects.setStateConditions },
  incident_conditions: { read: (a) => a.objects.incidentConditions, set: (a) => a.objects.setIncidentConditions },
  state_triggers: { read: (a) => a.objects.stateTriggers, set: (a) => a.objects.setStateTriggers },
  stat_rules: { read: (a) => a.statRules.listForObject, set: (a) => a.statRules.setForObject },
};

export interface ServerObject {
  readonly doc: ObjectDoc;
  readonly childIds: readonly string[];
  /** Property ids by name, for updates. */
  readonly propertyIds: ReadonlyMap<string, string>;
}

/** The object as the files keep it, or `undefined` when the server has no such object (404). */
export async function readObject(api: EstateApi, id: string): Promise<ServerObject | undefined> {
  let object: Record<string, unknown>;
  try {
    object = (await api.objects.get({ id })) as Record<string, unknown>;
  } catch (error) {
    if (isSaymonApiError(error) && error.status === 404) return undefined;
    throw error;
  }
  const properties = (Array.isArray(object.properties) ? object.properties : []) as Record<string, unknown>[];
  const parents = Array.isArray(object.parent_id) ? (object.parent_id as string[]) : [];
  const geo = Array.isArray(object.geoposition) ? (object.geoposition as number[]) : [];
  const rules: Partial<Record<RuleList, unknown[]>> = {};
  for (const list of RULE_LISTS) {
    const items = cleanList(await RULE_CALLS[list].read(api)({ id }));
    if (items.length > 0) rules[list] = items;
  }
  const doc: ObjectDoc = {
    id: String(object.id),
    name: String(object.name),
    class: String(object.class_id),
    ...(parents[0] !== undefined ? { parent: parents[0] } : {}),
    ...(geo.length > 0 ? { geoposition: geo } : {}),
    properties: properties.map(propertyDoc).sort(byName),
    ...rules,
  };
  return {
    doc,
    childIds: Array.isArray(object.child_ids) ? (object.child_ids as string[]) : [],
    propertyIds: new Map(properties.map((p) => [String(p.name), String(p.id)])),
  };
}

/** Every class of the server, as the files keep them. */
export async function readClasses(api: EstateApi): Promise<ClassDoc[]> {
  const list = (await api.classes.list({})) as Record<string, unknown>[];
  return list.map((c) => ({
    id: String(c.id),
    name: String(c.name),
    ...(typeof c.description === 'string' && c.description !== '' ? { description: c.description } : {}),
  }));
}

/**
 * The id of the object a path names: names from the root down, separated by `/` (`Moscow DC-1/Rack
 * MSK1-R01`; a leading `/` or the root's own name first are allowed). A name no child has, or two
 * children share, is a usage mistake: the message says which.
 */
export async function resolvePath(api: EstateApi, path: string): Promise<string> {
  const names = path.split('/').filter((n) => n !== '');
  let id = '1';
  const root = (await api.objects.get({ id })) as { name?: unknown };
  if (names[0] === root.name) names.shift();
  for (const name of names) {
    const children = (await api.objects.children({ id })) as { id: string; name: string }[];
    const matches = children.filter((child) => child.name === name);
    if (matches.length !== 1)
      throw new UsageError(
        matches.length === 0
          ? `no object "${name}" under ${id} (path ${path})`
          : `${matches.length} objects are named "${name}" under ${id}: give the id instead`,
      );
    id = String((matches[0] as { id: string }).id);
  }
  return id;
}
