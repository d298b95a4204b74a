export { type EndpointDescription, type RegistryDescription, describeRegistry } from './describe.ts';
export { coreVersion, type GenerateOptions, generate } from './generate.ts';
