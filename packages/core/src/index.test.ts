// The surface of `@saymon-sdk/core` is a deliberate list: a new export of the root entry or of
// `/adapter` or `/recording` fails here until it is added on purpose (and, for the root, to the adapters' re-exports).
import { describe, expect, it } from 'vitest';
import { type ExportNames, exportNames } from '../../../scripts/export-names.ts';

const [root, adapter, models, methods, recording] = exportNames(
  new URL('./index.ts', import.meta.url),
  new URL('./adapter.ts', import.meta.url),
  new URL('./models/index.ts', import.meta.url),
  new URL('./client/methods.gen.ts', import.meta.url),
  new URL('./recording.ts', import.meta.url),
) as [ExportNames, ExportNames, ExportNames, ExportNames, ExportNames];

/** What applications call, besides the models (every record schema and type is public). */
const ROOT_VALUES = [
  'DEFAULT_MAX_RESPONSE_BYTES',
  'DEFAULT_TIMEOUT',
  'SaymonApiError',
  'SaymonError',
  'SaymonNetworkError',
  'SaymonRedirectError',
  'SaymonResponseFormatError',
  'SaymonResponseTooLargeError',
  'SaymonResponseValidationError',
  'SaymonSessionError',
  'SaymonTimeoutError',
  'SaymonValidationError',
  'call',
  'createAuthToken',
  'createClient',
  'createCore',
  'defineEndpoint',
  'endpoints',
  'findEndpoint',
  'findOrCreateObject',
  'getEndpoint',
  'isPaged',
  'isSaymonApiError',
  'isSaymonError',
  'isSaymonNetworkError',
  'isSaymonResponseValidationError',
  'isSaymonSessionError',
  'isSaymonTimeoutError',
  'isSaymonValidationError',
  'mapConcurrent',
  'mergeHooks',
  'pagedEndpointIds',
  'paginate',
  'pathParams',
  'rawFields',
  'revokeAuthToken',
  'upsertProperties',
  'walkObjects',
];

/** The types applications name, besides the models and the generated `<Group>Methods` interfaces. */
const ROOT_TYPES = [
  'AfterResponseHook',
  'AnyEndpoint',
  'AuthContext',
  'AuthOptions',
  'AuthStrategy',
  'BasicAuthOptions',
  'BeforeErrorHook',
  'BeforeRequestHook',
  'BeforeRetryHook',
  'BodyKind',
  'BodyOf',
  'CallInput',
  'CallOptions',
  'ClientOverrides',
  'ConcurrencyOptions',
  'CoreOptions',
  'CoreSettings',
  'EndpointById',
  'EndpointDefinition',
  'EndpointId',
  'EndpointMeta',
  'EndpointMethod',
  'EndpointRef',
  'EndpointSchemas',
  'EstablishedSession',
  'ExtraInput',
  'FieldName',
  'FieldsModelOf',
  'FindOrCreateObjectInput',
  'FoundObject',
  'Hooks',
  'HttpMethod',
  'Known',
  'Logger',
  'MethodInput',
  'OnErrorHook',
  'OneOrMany',
  'OutgoingRequest',
  'PageInput',
  'PageItem',
  'PagedEndpointId',
  'PaginateOptions',
  'PathParam',
  'PathParamsOf',
  'PermissionsSource',
  'PropertyValue',
  'Progress',
  'Provenance',
  'QueryOf',
  'QueryValue',
  'RegisteredEndpoint',
  'Registry',
  'RequestInfo',
  'RequestLogInfo',
  'ResponseKind',
  'ResponseOf',
  'ResponseValidationMode',
  'RetryOptions',
  'RouteCallInput',
  'SaymonClient',
  'SaymonClientBase',
  'SaymonCore',
  'SelectedOf',
  'SelectsFields',
  'SessionErrorReason',
  'SessionLoginOptions',
  'SessionReuseOptions',
  'Settled',
  'TokenAuthOptions',
  'TreeNode',
  'UpsertPropertiesResult',
  'ValidationIssue',
  'WalkOptions',
];

/** What the adapters and tools built on the SDK use (not semver-stable, see the README). */
const ADAPTER_VALUES = [
  'REDACTED',
  'answerSchema',
  'SECRET_PAIRS',
  'SECRET_WORDS',
  'basicAuth',
  'checkInput',
  'conceal',
  'createRedactor',
  'createRouter',
  'deferredAuth',
  'isSecretName',
  'isSecretProperty',
  'isSecretValue',
  'normalizeBaseUrl',
  'redactFields',
  'redactHeaders',
  'redactUrl',
  'resolveAuth',
  'sdkParamName',
  'secretsOf',
  'sessionAuth',
  'sessionControlOf',
  'tokenAuth',
  'validateResponse',
  'WORDS',
];
const ADAPTER_TYPES = [
  'CheckInputOptions',
  'CheckedInput',
  'InputParts',
  'EstablishedSession',
  'OutgoingCall',
  'Redactor',
  'RouteMatch',
  'SecretSource',
  'SessionControl',
  'Transport',
];

const sorted = (...lists: string[][]) => lists.flat().sort();

describe('the root entry', () => {
  it('exports the listed values, every model schema and nothing else', () => {
    expect(root.values).toEqual(sorted(ROOT_VALUES, models.values));
  });

  it('exports the listed types, every model type and every generated methods interface', () => {
    expect(root.types).toEqual(sorted(ROOT_TYPES, models.types, methods.types));
    expect(methods.types).toContain('ObjectsMethods');
  });

  it('has at run time exactly the values TypeScript sees', async () => {
    expect(Object.keys(await import('./index.ts')).sort()).toEqual(root.values);
  });

  it('leaves the plumbing to /adapter', () => {
    const plumbing = [...ADAPTER_VALUES, ...ADAPTER_TYPES].filter((name) => name !== 'EstablishedSession');
    expect([...root.values, ...root.types].filter((name) => plumbing.includes(name))).toEqual([]);
  });
});

describe('the /adapter entry', () => {
  it('exports the listed values and types', () => {
    expect(adapter.values).toEqual(sorted(ADAPTER_VALUES));
    expect(adapter.types).toEqual(sorted(ADAPTER_TYPES));
  });
});

describe('the /recording entry', () => {
  it('exports the format, its redaction and its text, and nothing else', () => {
    expect(recording.values).toEqual(
      sorted([
        'EXCHANGES_FILE',
        'MANIFEST_FILE',
        'RECORDED_BODY_LIMIT',
        'RECORDING_FORMAT',
        'RECORDING_VERSION',
        'RecordingFormatError',
        'exchangeLine',
        'manifestText',
        'parseExchanges',
        'parseManifest',
        'parseRecording',
        'recordedJson',
        'redactExchange',
      ]),
    );
    expect(recording.types).toEqual(
      sorted(['ManifestFacts', 'RawExchange', 'RecordedBody', 'RecordedExchange', 'RecordingManifest']),
    );
  });
});
