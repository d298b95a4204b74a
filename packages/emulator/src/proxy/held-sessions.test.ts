import { describe, expect, it } from 'vitest';
import { HeldSessions } from './held-sessions.ts';

const LOGIN = ['sid=real-sid-1234; Path=/; HttpOnly', 'csrf=real-csrf-5678; Path=/'];

describe('HeldSessions', () => {
  it('answers a login with stand-ins and swaps them back in the cookie, the csrf header and X-Session-Id', () => {
    const sessions = new HeldSessions();
    const standIns = sessions.hold(LOGIN, '"real-sid-1234"');
    expect(standIns?.sid).toMatch(/^proxy-[\w-]{24}$/);
    expect(standIns?.csrf).toMatch(/^proxy-/);
    const cookie = new Headers({
      cookie: `sid=${standIns?.sid}; csrf=${standIns?.csrf}; theme=dark`,
      'x-csrf-token': standIns?.csrf ?? '',
    });
    sessions.swapIn(cookie);
    expect(cookie.get('cookie')).toBe('sid=real-sid-1234; csrf=real-csrf-5678; theme=dark');
    expect(cookie.get('x-csrf-token')).toBe('real-csrf-5678');
    const header = new Headers({ 'x-session-id': standIns?.sid ?? '', 'x-csrf-token': standIns?.csrf ?? '' });
    sessions.swapIn(header);
    expect(header.get('x-session-id')).toBe('real-sid-1234');
    expect(header.get('x-csrf-token')).toBe('real-csrf-5678');
    expect(sessions.realValues()).toEqual(['real-sid-1234', 'real-csrf-5678']);
  });

  it('leaves a request that names no held session as it is, and forgets a released one', () => {
    const sessions = new HeldSessions();
    const standIns = sessions.hold(LOGIN, '');
    const other = new Headers({ cookie: 'sid=someone-elses', 'x-csrf-token': 'x' });
    sessions.swapIn(other);
    expect(other.get('cookie')).toBe('sid=someone-elses');
    const mine = new Headers({ cookie: `sid=${standIns?.sid}` });
    sessions.release(mine);
    sessions.swapIn(mine);
    expect(mine.get('cookie')).toBe(`sid=${standIns?.sid}`);
    expect(sessions.secrets()).toEqual([]);
  });

  it('takes the sid from the body of an older server, and refuses one that cannot be a cookie', () => {
    const sessions = new HeldSessions();
    expect(sessions.hold([], '"body-sid-99"')).toMatchObject({ sid: expect.stringMatching(/^proxy-/) });
    expect(sessions.hold([], '"two words"')).toBeUndefined();
    expect(sessions.hold([], '')).toBeUndefined();
  });
});
