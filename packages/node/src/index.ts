/**
 * @saymon-sdk/node — the SAYMON REST API client for Node.js. Everything from
 * `@saymon-sdk/core`, plus TLS and proxy settings, configuration from the environment, document
 * upload/download, and a `User-Agent: saymon-sdk/<version>` header.
 */
// Core's root entry, wholesale: a name exported below (`createClient`) replaces core's of the same
// name; index.test.ts checks that nothing of core is missing and lists what this adapter adds.
export * from '@saymon-sdk/core';
export { createClient, type NodeClientOptions } from './client.ts';
export { createDispatcher, type ProxyOptions, type TlsOptions } from './dispatcher.ts';
export {
  type DocumentRef,
  downloadDocument,
  downloadDocumentToFile,
  type FileSource,
  type UploadDocumentOptions,
  uploadDocument,
} from './documents.ts';
export { createClientFromEnv, ENV_VARIABLES, tlsFromEnv } from './env.ts';
export {
  type Profile,
  type ProfileStore,
  profileEnv,
  profilesFile,
  readProfiles,
  removeProfile,
  saveProfile,
  useProfile,
  writeProfiles,
} from './profiles.ts';
export { USER_AGENT, VERSION } from './version.ts';
