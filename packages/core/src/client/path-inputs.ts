import type { AnyEndpoint } from '../contract/define.ts';
import { pathParams } from '../contract/path-params.ts';

/**
 * The top-level input names of a named method's path parameters, in path order: the SDK names of
 * the template's parameters (`id`, then camelCase `<thing>Id`, see `pathParams`). One place, so the
 * client and the generated docs (`scripts/generate-methods.ts`) agree.
 */
export function pathInputNames(endpoint: Pick<AnyEndpoint, 'path'>): string[] {
  return pathParams(endpoint.path).map((p) => p.name);
}
