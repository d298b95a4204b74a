/**
 * The SDK against a hostile server over HTTP on 127.0.0.1, part 1: secrets echoed back in every
 * form (per auth kind), and redirects to another origin (a second server on another port), to
 * the same origin and to https. Prints the vectors tried and the findings left (target: zero).
 */
import { SaymonApiError, SaymonRedirectError, SaymonResponseFormatError } from '../../src/errors.ts';
import type { Captured } from '../server.ts';
import {
  ctx,
  expectType,
  failure,
  AUTH_KINDS as KINDS,
  leaks,
  probe,
  runVectors,
  useHostileServers,
  vectorList,
} from './probe.ts';
import { credentialsOf, echo, hostileLogin, loginPage, redirect } from './server.ts';

useHostileServers();
const { vectors, add } = vectorList();

// --- secrets echoed by the server --------------------------------------------------------------
const ECHO_FORMS = ['json', 'json-in-json', 'html', 'invalid-json', 'header', 'plain'] as const;
for (const kind of KINDS) {
  for (const form of ECHO_FORMS) {
    add('secret echo', `${kind}, 500 with the credentials as ${form}`, async () => {
      ctx.server.behave(echo(form, 500));
      const { client, seen } = probe(kind);
      const error = await failure(() => client.objects.get({ id: '1' }));
      const findings: string[] = [];
      expectType(error, SaymonApiError, findings);
      if (form === 'header' && error instanceof SaymonApiError) {
        if (error.headers.get('retry-after') !== '7') findings.push('Retry-After not readable');
        if (!error.headers.get('set-cookie')?.includes('[REDACTED]')) findings.push('set-cookie not redacted');
      }
      return [...findings, ...leaks([error, ...seen])];
    });
  }
  add('secret echo', `${kind}, 200 JSON endpoint answers invalid JSON quoting the credentials`, async () => {
    ctx.server.behave(echo('invalid-json', 200));
    const { client, seen } = probe(kind);
    const error = await failure(() => client.objects.get({ id: '1' }));
    const findings: string[] = [];
    expectType(error, SaymonResponseFormatError, findings);
    return [...findings, ...leaks([error, ...seen])];
  });
  add('secret echo', `${kind}, 200 HTML login page quoting the credentials`, async () => {
    ctx.server.behave(loginPage());
    const { client, seen } = probe(kind);
    const error = await failure(() => client.objects.get({ id: '1' }));
    const findings: string[] = [];
    expectType(error, SaymonResponseFormatError, findings);
    return [...findings, ...leaks([error, ...seen])];
  });
  add('secret echo', `${kind}, error body cut by the size limit in the middle of a secret`, async () => {
    ctx.server.behave(echo('across-limit', 500, 120));
    const { client, seen } = probe(kind, { maxResponseBytes: 120 });
    const error = await failure(() => client.objects.get({ id: '1' }));
    const findings: string[] = [];
    expectType(error, SaymonApiError, findings);
    if (!(error as SaymonApiError).bodySnippet?.endsWith('[REDACTED]')) findings.push('the cut secret is not redacted');
    return [...findings, ...leaks([error, ...seen])];
  });
  add('secret echo', `${kind}, the credentials in the URL of error and hook payloads`, async () => {
    ctx.server.behave((_, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"code":"ResourceNotFound","message":"nope"}');
    });
    const { client, seen } = probe(kind);
    const error = await failure(() => client.objects.get({ id: '1', query: { fields: ['name'] } }));
    const findings: string[] = [];
    expectType(error, SaymonApiError, findings);
    if (kind.startsWith('token') && !(error as SaymonApiError).request?.url.includes('=[REDACTED]'))
      findings.push('token parameter not shown as [REDACTED]');
    return [...findings, ...leaks([error, ...seen])];
  });
}

// --- redirects ---------------------------------------------------------------------------------
const REDIRECTS = [301, 302, 303, 307, 308];
/** Targets that also echo the request's credentials in their query, under names the SDK does not know. */
const echoed = (req: Captured) =>
  credentialsOf(req)
    .map((c, i) => `e${i}=${encodeURIComponent(c)}`)
    .join('&');
const TARGETS: Record<string, (req: Captured) => string> = {
  'another origin': (req) => `${ctx.other.url}${req.path}?${echoed(req)}&api-token=x`,
  'the same origin': (req) => `${req.path}-moved?${echoed(req)}`,
  'https on the same host': (req) => `${ctx.server.url.replace('http:', 'https:')}${req.path}?${echoed(req)}`,
};
for (const kind of KINDS) {
  for (const status of REDIRECTS) {
    for (const [where, target] of Object.entries(TARGETS)) {
      add('redirect', `${kind}, ${status} to ${where}`, async () => {
        ctx.server.behave(redirect(status, target));
        const { client, seen } = probe(kind);
        const before = ctx.other.requests.length;
        ctx.server.requests.length = 0;
        const error = await failure(() => client.objects.setState({ id: '1', body: { state_id: 3 } }));
        const findings: string[] = [];
        expectType(error, SaymonRedirectError, findings);
        if (ctx.other.requests.length !== before) findings.push('a request reached the other origin');
        const calls = ctx.server.requests.filter((r) => !r.path.endsWith('/users/session'));
        if (calls.length !== 1) findings.push(`the redirect was followed (${calls.length} requests)`);
        if (error instanceof SaymonRedirectError) {
          if (!error.location) findings.push('the target is not named');
          if (where === 'another origin' && (!error.crossOrigin || !error.location?.startsWith(ctx.other.url)))
            findings.push('the other origin is not named as such');
          if (where === 'the same origin' && error.crossOrigin !== false) findings.push('same origin not recognised');
          if (where === 'https on the same host' && !/redirects to https:.*use that URL/.test(error.message))
            findings.push(`no "use that URL" hint: ${error.message}`);
        }
        return [...findings, ...leaks([error, ...seen])];
      });
    }
  }
}
for (const status of REDIRECTS) {
  add('redirect', `session login answered ${status} to another origin`, async () => {
    hostileLogin(ctx.server, true);
    try {
      ctx.server.behave(redirect(status, (req) => `${ctx.other.url}${req.path}`));
      const { client, seen } = probe('session');
      const before = ctx.other.requests.length;
      const error = await failure(() => client.objects.get({ id: '1' }));
      const findings: string[] = [];
      expectType(error, SaymonRedirectError, findings);
      if (ctx.other.requests.length !== before) findings.push('the login (password) reached the other origin');
      return [...findings, ...leaks([error, ...seen])];
    } finally {
      hostileLogin(ctx.server, false);
    }
  });
}

runVectors('hostile transport suite (secrets, redirects)', vectors);
