/**
 * Every endpoint definition as its own export (`objectsGet`, `incidentsAcknowledge`, ...), for
 * apps that import only what they call: `call(createCore(options), objectsGet, { path: { id } })`.
 */
export * from './endpoints/all.gen.ts';
