import type { AnyEndpoint } from '../registry/define.ts';

const PARAM = /:([A-Za-z_]\w*)/g;

/**
 * The top-level input names of a named method's path parameters, in path order. One place, so
 * the client and the generated docs (`scripts/generate-methods.ts`) agree.
 */
export function pathInputNames(endpoint: Pick<AnyEndpoint, 'path'>): string[] {
  return [...endpoint.path.matchAll(PARAM)].map((m) => m[1] as string);
}
