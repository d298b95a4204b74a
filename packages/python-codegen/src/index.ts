export { describeRegistry, type EndpointDescription, type RegistryDescription } from './describe.ts';
export { coreVersion, type GenerateOptions, generate } from './generate.ts';
