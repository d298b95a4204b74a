/**
 * Gentle on logs and histories: a read whose query takes `limit` (the event log, state and
 * incident histories, audit and session logs) is asked for one page of `PAGE_LIMIT` records, which
 * shows the shape as well as the whole history would, at a fraction of the cost to the server.
 */
import type { AnyEndpoint, EndpointSchemas } from '@saymon-sdk/core';
import { toJsonSchema } from '@saymon-sdk/core/json-schema';
import type { ExtraInput } from './check.ts';

export const PAGE_LIMIT = 100;

export function pageLimit(endpoint: AnyEndpoint): ExtraInput {
  const query = (endpoint.schemas() as EndpointSchemas).query;
  if (!query) return {};
  const properties = toJsonSchema(query, 'input').properties as Record<string, unknown> | undefined;
  return properties && 'limit' in properties ? { query: { limit: PAGE_LIMIT } } : {};
}
