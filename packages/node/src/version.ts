import pkg from '../package.json' with { type: 'json' };

/** This package's version, sent in `User-Agent: saymon-sdk/<version>`. */
export const VERSION: string = pkg.version;
export const USER_AGENT = `saymon-sdk/${VERSION}`;
