import pkg from '../package.json' with { type: 'json' };

/** This package's version, as the server reports it to clients. */
export const VERSION: string = pkg.version;
