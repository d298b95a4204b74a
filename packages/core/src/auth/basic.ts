import { base64Utf8 } from './base64.ts';
import { conceal } from './secrets.ts';
import type { AuthStrategy, BasicAuthOptions } from './types.ts';
import { checkBasic } from './validate.ts';

/** HTTP Basic: `Authorization: Basic base64(login:password)` on every request. */
export function basicAuth({ login, password }: Omit<BasicAuthOptions, 'type'>): AuthStrategy {
  checkBasic(login, password);
  const header = `Basic ${base64Utf8(`${login}:${password}`)}`;
  return conceal(
    {
      type: 'basic',
      authorize(request) {
        request.headers.set('Authorization', header);
      },
    },
    { secrets: () => [password, header, header.slice(6)] },
  );
}
