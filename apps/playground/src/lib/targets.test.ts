import { describe, expect, it } from 'vitest';
import { DEFAULT_EMULATOR_SERVER, loadServerConfig, tabSnippetNote, tabSnippetServer } from './targets.ts';

const answering = (response: Response) => (async () => response) as unknown as typeof fetch;

describe("the page's targets", () => {
  it("reads the dev server's answer: the emulator server at the port it got", async () => {
    const config = await loadServerConfig(
      answering(Response.json({ local: { server: 'http://127.0.0.1:41234' }, real: {} })),
    );
    expect(config.local?.server).toBe('http://127.0.0.1:41234');
    expect(tabSnippetServer(config)).toBe('http://127.0.0.1:41234');
    expect(tabSnippetNote(config)).toContain('(http://127.0.0.1:41234)');
    expect(tabSnippetNote(config)).not.toContain('8080');
  });

  it('without a dev server (404, an HTML fallback, no network) the snippets name where `npm run emulator` listens', async () => {
    const missing = await loadServerConfig(answering(new Response('not found', { status: 404 })));
    const html = await loadServerConfig(
      answering(new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } })),
    );
    const offline = await loadServerConfig((async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch);
    for (const config of [missing, html, offline]) {
      expect(config).toEqual({});
      expect(tabSnippetServer(config)).toBe(DEFAULT_EMULATOR_SERVER);
      expect(tabSnippetNote(config)).toContain(`npm run emulator, ${DEFAULT_EMULATOR_SERVER}`);
    }
  });

  it('says nothing before the answer has come (no address that may be wrong)', () => {
    expect(tabSnippetNote(undefined)).toBeUndefined();
  });
});
