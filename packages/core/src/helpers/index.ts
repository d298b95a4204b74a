export { type ConcurrencyOptions, mapConcurrent, type Progress, type Settled } from './concurrency.ts';
export {
  isPaged,
  type PagedEndpointId,
  type PageInput,
  type PageItem,
  type PaginateOptions,
  pagedEndpointIds,
  paginate,
} from './pages.ts';
export { createAuthToken, revokeAuthToken } from './tokens.ts';
export { type TreeNode, type WalkOptions, walkObjects } from './tree.ts';
export {
  type FindOrCreateObjectInput,
  type FoundObject,
  findOrCreateObject,
  type PropertyValue,
  type UpsertPropertiesResult,
  upsertProperties,
} from './upserts.ts';
