/**
 * Credentials through the validating proxy: the real server's session stays in the proxy (the
 * client gets stand-ins; its own cookies never reach the server), and no credential the client
 * sent or the server set shows in a log line, a recording, an answer header or body the proxy
 * writes, even when the server echoes them back (a careless server, `proxy-upstream.ts`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../core/test/temp-dir.ts';
import { openRecorder } from '../../src/proxy/recorder.ts';
import { Findings } from './findings.ts';
import { CSRF, SID, startTestProxy, startUpstream } from './proxy-upstream.ts';

const PASSWORD = 'the-login-password-77';
const TOKEN = 'api-token-value-5521';
const BASIC_PASSWORD = 'basic-password-3310';

describe('hostile: credentials through the validating proxy', () => {
  it('keeps the real session and shows no credential anywhere it writes', async () => {
    const upstream = await startUpstream();
    const dir = join(tempDir('saymon-proxy-hostile-'), 'recording');
    const proxy = await startTestProxy(upstream.url, { recorder: await openRecorder(dir, 'hostile test') });
    const findings = new Findings('proxy credentials');
    const shown: string[] = [];
    const keep = async (answer: Response) => {
      shown.push([...answer.headers].map(([n, v]) => `${n}: ${v}`).join('\n'), await answer.text());
      return answer;
    };

    const login = await keep(
      await fetch(`${proxy.url}/node/api/users/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'admin', password: PASSWORD }),
      }),
    );
    const cookies = login.headers.getSetCookie();
    const standIn = /sid=([^;]+)/.exec(cookies.join(';'))?.[1] ?? '';
    const csrfStandIn = /csrf=([^;]+)/.exec(cookies.join(';'))?.[1] ?? '';
    findings.check(
      'the login answer',
      login.status === 200 && standIn.startsWith('proxy-') ? undefined : 'no stand-in',
    );

    // the session's stand-ins are swapped for the real values on the way out, and only there
    const before = upstream.seen.length;
    await keep(
      await fetch(`${proxy.url}/node/api/objects?api-token=${TOKEN}`, {
        headers: { cookie: `sid=${standIn}; csrf=${csrfStandIn}; other=browser-cookie`, 'x-csrf-token': csrfStandIn },
      }),
    );
    const sent = upstream.seen[before];
    findings.check(
      'the server gets the real sid',
      sent?.headers.cookie?.includes(`sid=${SID}`) ? undefined : 'it did not',
    );
    findings.check('the server gets the real csrf', sent?.headers['x-csrf-token'] === CSRF ? undefined : 'it did not');
    findings.check(
      'no stand-in reaches the server',
      JSON.stringify(sent?.headers).includes(standIn) ? 'a stand-in was forwarded' : undefined,
    );
    await keep(
      await fetch(`${proxy.url}/node/api/users`, {
        headers: { authorization: `Basic ${Buffer.from(`admin:${BASIC_PASSWORD}`).toString('base64')}` },
      }),
    );
    await keep(
      await fetch(`${proxy.url}/node/api/users/session`, { method: 'DELETE', headers: { cookie: `sid=${standIn}` } }),
    );

    const recording =
      readFileSync(join(dir, 'exchanges.jsonl'), 'utf8') + readFileSync(join(dir, 'recording.json'), 'utf8');
    const places = {
      'the recording': recording,
      'the log': proxy.lines.join('\n'),
      'what the client saw': shown.join('\n'),
    };
    const secrets = {
      'the login password': PASSWORD,
      'the real sid': SID,
      'the real csrf': CSRF,
      'the api token': TOKEN,
      'the Basic password': BASIC_PASSWORD,
      'the Basic header': Buffer.from(`admin:${BASIC_PASSWORD}`).toString('base64'),
    };
    // what the client sent itself may come back to it (the server echoes it); the session's real values may not
    const own = new Set(['the api token', 'the Basic password', 'the Basic header']);
    for (const [place, text] of Object.entries(places))
      for (const [name, secret] of Object.entries(secrets))
        if (place !== 'what the client saw' || !own.has(name))
          findings.check(`${name} in ${place}`, text.includes(secret) ? 'found' : undefined);
    for (const [name, secret] of Object.entries({ 'the sid stand-in': standIn, 'the csrf stand-in': csrfStandIn }))
      findings.check(`${name} in the recording`, recording.includes(secret) ? 'found' : undefined);
    findings.check(
      'the echoed answers were recorded',
      recording.includes('/node/api/users') ? undefined : 'not recorded',
    );
    findings.check('logins are not recorded', recording.includes('users/session') ? 'recorded' : undefined);
    findings.print();
    expect(findings.found).toEqual([]);
  });
});
