/** Handler factory (serves no section itself): the calls objects and links share, built for one kind. */
import type { EndpointById } from '@saymon-sdk/core';
import { requireAny } from '../access.ts';
import { addDocument, deleteDocument, publicDocument, requireDocument } from '../domain/entity-documents.ts';
import {
  history,
  lastMetrics,
  metricNames,
  readStat,
  readStatMeta,
  requireEntityOf,
  writeStat,
  writeStatMeta,
} from '../domain/entity-features.ts';
import type { Kind } from '../domain/entity-kind.ts';
import { dropRules, effectiveRules, replaceRules } from '../domain/entity-rules.ts';
import { setManualState, setState, stateHistoryOf } from '../domain/entity-state.ts';
import type { Handler, HandlerContext, Handlers } from '../handler.ts';

/** The calls objects and links both have, by the name after `objects.` / `links.`. */
type Shared =
  | 'addDocument'
  | 'getDocument'
  | 'deleteDocument'
  | 'stat'
  | 'setStat'
  | 'statMeta'
  | 'setStatMeta'
  | 'metricNames'
  | 'history'
  | 'lastMetrics'
  | 'setState'
  | 'setManualState'
  | 'stateHistory'
  | 'stateConditions'
  | 'setStateConditions'
  | 'deleteStateConditions'
  | 'incidentConditions'
  | 'setIncidentConditions'
  | 'setStateTriggers';

/** Either kind's context: each shared handler is written once against both. */
type Either<Op extends Shared> =
  | HandlerContext<EndpointById<`objects.${Op}`>>
  | HandlerContext<EndpointById<`links.${Op}`>>;

export interface SharedEntityOptions {
  /**
   * Rights checked (after the entity is found) for calls the registry leaves without a
   * permission expression: those the call's siblings need.
   */
  guards?: Partial<Record<Shared, readonly string[]>>;
}

/**
 * The shared calls of one kind: documents, monitoring data (stat, stat metadata, metric names,
 * history), state, and conditions. `objects.ts` and `links.ts` add what differs (creation, paths,
 * the links' state triggers).
 */
export function sharedEntityHandlers<K extends Kind>(
  kind: K,
  options: SharedEntityOptions = {},
): Handlers<`${K}.${Shared}`> {
  const entity = ({ store, user, path }: Either<Shared>) => requireEntityOf(store, user, kind, path.id);
  const guarded = ({ user }: Either<Shared>, op: Shared) => {
    const rights = options.guards?.[op];
    if (rights) requireAny(user, ...rights);
  };
  const shared: { [Op in Shared]: (context: Either<Op>) => unknown } = {
    // ---- documents ----
    addDocument: (c) => addDocument(c.store, kind, entity(c), c.body),
    getDocument: (c) => publicDocument(requireDocument(c.store, kind, entity(c), c.path.docId)),
    deleteDocument: (c) => {
      const record = entity(c);
      guarded(c, 'deleteDocument');
      deleteDocument(c.store, kind, record, c.path.docId);
    },

    // ---- monitoring data ----
    stat: (c) => readStat(c.store, kind, entity(c)),
    setStat: (c) => {
      writeStat(c.store, kind, entity(c), c.body);
    },
    statMeta: (c) => readStatMeta(c.store, kind, entity(c)),
    setStatMeta: (c) => {
      writeStatMeta(c.store, kind, entity(c), c.body);
    },
    metricNames: (c) => metricNames(c.store, kind, entity(c)),
    history: (c) => history(c.store, kind, entity(c), c.query),
    lastMetrics: (c) => lastMetrics(c.store, kind, entity(c), c.query),

    // ---- state ----
    setState: (c) => setState(c.store, c.user, kind, entity(c), c.body.state_id),
    setManualState: (c) => setManualState(c.store, c.user, kind, entity(c), c.body),
    stateHistory: (c) => stateHistoryOf(c.store, kind, entity(c), c.query ?? {}),

    // ---- conditions and triggers (an empty answer where the registry says so) ----
    stateConditions: (c) => effectiveRules(c.store, 'stateConditions', kind, entity(c)),
    setStateConditions: (c) => {
      replaceRules(c.store, 'stateConditions', kind, entity(c), c.body);
    },
    deleteStateConditions: (c) => {
      const record = entity(c);
      guarded(c, 'deleteStateConditions');
      dropRules(c.store, 'stateConditions', kind, record);
    },
    incidentConditions: (c) => effectiveRules(c.store, 'incidentConditions', kind, entity(c)),
    setIncidentConditions: (c) => replaceRules(c.store, 'incidentConditions', kind, entity(c), c.body),
    setStateTriggers: (c) => {
      const record = entity(c);
      guarded(c, 'setStateTriggers');
      return replaceRules(c.store, 'stateTriggers', kind, record, c.body);
    },
  };
  // The ids are built from `kind`, which the compiler cannot follow into a mapped key; each
  // handler above accepts either kind's context, so every `${kind}.${op}` gets a fitting one.
  return Object.fromEntries(
    Object.entries(shared).map(([op, handler]) => [`${kind}.${op}`, handler as Handler<unknown>]),
  ) as unknown as Handlers<`${K}.${Shared}`>;
}
