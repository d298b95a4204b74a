import { describe, expect, it } from 'vitest';
import { sessionFromLogin, withHeldSession } from './real-session.ts';

describe("the proxy's session with a real server", () => {
  it('takes sid and csrf from the login cookies, or the sid from the body (older servers)', () => {
    expect(sessionFromLogin(['sid=s1; Path=/; HttpOnly', 'csrf=c1; Path=/'], '"s1"')).toEqual({
      sid: 's1',
      csrf: 'c1',
    });
    expect(sessionFromLogin([], '"s2"')).toEqual({ sid: 's2' });
    expect(sessionFromLogin([], 's3')).toEqual({ sid: 's3' });
  });

  it('keeps no value that cannot go back as a cookie', () => {
    expect(sessionFromLogin([], '"a\\r\\nSet-Cookie: x=1"')).toBeUndefined();
    expect(sessionFromLogin([], '"a;b"')).toBeUndefined();
    expect(sessionFromLogin([], '{"sid":1}')).toBeUndefined();
  });

  it("adds the session to marked requests only, and drops the browser's own", () => {
    const held = { sid: 's', csrf: 'c' };
    const browser = { cookie: 'sid=other', 'x-csrf-token': 'other', 'x-session-id': 'other', accept: '*/*' };
    expect(withHeldSession({ ...browser, 'x-playground-session': '1' }, held)).toEqual({
      accept: '*/*',
      cookie: 'sid=s; csrf=c',
      'x-csrf-token': 'c',
    });
    expect(withHeldSession(browser, held)).toEqual({ accept: '*/*' });
  });
});
