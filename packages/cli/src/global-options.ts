/** The flags every command takes, as `util.parseArgs` reads them. */
export const GLOBAL_OPTIONS = {
  output: { type: 'string', short: 'o' },
  'error-format': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The flags of commands that call the API (endpoint commands and `saymon api`). */
export const CALL_OPTIONS = {
  ...GLOBAL_OPTIONS,
  jq: { type: 'string' },
  profile: { type: 'string' },
} as const;

/** Global flags that take a value (the router skips the value when it looks for command words). */
export const VALUE_FLAGS: ReadonlySet<string> = new Set(['-o', '--output', '--error-format', '--jq', '--profile']);
