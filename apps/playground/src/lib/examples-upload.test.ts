import { getEndpoint } from '@saymon-sdk/core';
import { examplesOf, requestExamples } from '@saymon-sdk/core/docs';
import { describe, expect, it } from 'vitest';
import { buildInput, emptyState, formOf, stateFromInput, switchBodyMode } from './form-state.ts';
import { parseShareHash, redactInput, shareHash } from './redact.ts';
import { LANGUAGES, loadSnippet } from './snippets.ts';
import { dryRun } from './wire.ts';

describe('documented examples as starting values', () => {
  it('every endpoint’s documented examples survive the form and pass the SDK’s validation', async () => {
    const ids = Object.keys(requestExamples);
    expect(ids.length).toBeGreaterThanOrEqual(170);
    const refused: string[] = [];
    for (const id of ids) {
      const endpoint = getEndpoint(id)!;
      const form = formOf(endpoint);
      for (const [i, example] of examplesOf(id).entries()) {
        const built = buildInput(endpoint, form, stateFromInput(form, example));
        const result = await dryRun(endpoint, built.input);
        if (Object.keys(built.errors).length || !result.ok) refused.push(`${id} #${i + 1}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it('objects.create starts from the docs’ body in the form, and the JSON editor shows it', () => {
    const endpoint = getEndpoint('objects.create');
    const form = formOf(endpoint);
    const state = stateFromInput(form, examplesOf(endpoint)[0]!);
    expect(state.bodyMode).toBe('form');
    expect(state.body).toMatchObject({ name: 'New Object', parent_id: '1' });
    // untouched, the docs' body is sent and shown as the docs print it (not the form's `parent_id: ["1"]`)
    const json = switchBodyMode(form, state, 'json');
    expect(JSON.parse(json.bodyText)).toEqual({ name: 'New Object', parent_id: '1' });
    expect(buildInput(endpoint, form, state).input.body).toEqual({ name: 'New Object', parent_id: '1' });
    // edited, the form's values are what is sent
    const edited = buildInput(endpoint, form, { ...state, body: { ...state.body, name: 'Renamed' } });
    expect(edited.input.body).toEqual({ name: 'Renamed', parent_id: ['1'] });
  });

  it('path ids and query come from the example', () => {
    const endpoint = getEndpoint('objects.getDocument');
    const state = stateFromInput(formOf(endpoint), examplesOf(endpoint)[0]!);
    expect(state.path).toEqual({ id: '$object_id', docId: '$document_id' });
    const list = getEndpoint('objects.list');
    expect(stateFromInput(formOf(list), examplesOf(list)[0]!).query.fields).toBe('parent_id,name');
  });
});

describe('file uploads (multipart)', () => {
  const file = new File(['hello from a file'], 'hello.txt', { type: 'text/plain' });

  it('upload endpoints offer a file: only for multipart ones, besides JSON for document uploads', () => {
    expect(formOf(getEndpoint('objects.addDocument')).upload).toBe('also');
    expect(formOf(getEndpoint('links.addDocument')).upload).toBe('also');
    const agents = formOf(getEndpoint('agents.uploadUpdate'));
    expect(agents.upload).toBe('only');
    expect(emptyState(agents).bodyMode).toBe('file');
    expect(formOf(getEndpoint('objects.create')).upload).toBeUndefined();
  });

  it('the file goes in a FormData body; without one the form says to choose it', async () => {
    const endpoint = getEndpoint('objects.addDocument');
    const form = formOf(endpoint);
    const state = switchBodyMode(form, { ...emptyState(form), path: { id: '1' } }, 'file');
    expect(buildInput(endpoint, form, state).errors).toEqual({ 'body.file': 'choose a file to upload' });
    const built = buildInput(endpoint, form, { ...state, file });
    expect(built.errors).toEqual({});
    expect(built.input.body).toBeInstanceOf(FormData);
    expect(((built.input.body as FormData).get('file') as File).name).toBe('hello.txt');
    expect(built.input.upload).toEqual({ field: 'file', name: 'hello.txt', type: 'text/plain', size: 17 });
    const result = await dryRun(endpoint, built.input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.wire.body).toBeUndefined();
    expect(result.wire.headers['content-type']).toBeUndefined();
    expect(result.wire.upload?.name).toBe('hello.txt');
  });

  it('snippets send the file by name in every language, never its bytes', async () => {
    for (const [id, path] of [
      ['objects.addDocument', { id: '1' }],
      ['agents.uploadUpdate', undefined],
    ] as const) {
      const endpoint = getEndpoint(id);
      const form = formOf(endpoint);
      const built = buildInput(endpoint, form, { ...emptyState(form), path: path ?? {}, bodyMode: 'file', file });
      const result = await dryRun(endpoint, built.input);
      if (!result.ok) throw new Error(result.message);
      const request = {
        endpoint,
        server: 'http://127.0.0.1:8080',
        input: built.input,
        wire: result.wire,
        auth: { type: 'basic', login: 'admin' } as const,
      };
      const texts = Object.fromEntries(
        await Promise.all(LANGUAGES.map(async (l) => [l.id, await loadSnippet(l.id, request)] as const)),
      );
      for (const text of Object.values(texts)) {
        expect(text).not.toContain('hello from a file');
        expect(text).toContain('hello.txt');
      }
      expect(texts.curl).toContain(`--form 'file=@hello.txt;type=text/plain'`);
      expect(texts.curl).not.toMatch(/--data|content-type/i);
      expect(texts.fetch).toContain("import { openAsBlob } from 'node:fs';");
      expect(texts.fetch).toContain(
        `form.append('file', await openAsBlob('hello.txt', { type: 'text/plain' }), 'hello.txt');`,
      );
      expect(texts.fetch).toContain('body: form,');
      const [group, verb] = id.split('.');
      expect(texts.node).toContain(
        `await saymon.${group}.${verb}(${path ? "{ id: '1', body: form }" : '{ body: form }'});`,
      );
      expect(texts.browser).toContain("document.querySelector('input[type=file]').files[0]");
      expect(texts.httpx).toContain('files={"file": ("hello.txt", open("hello.txt", "rb"), "text/plain")}');
      expect(texts.requests).toContain('("file", ("hello.txt", open("hello.txt", "rb"), "text/plain"))');
      expect(texts.httpie).toContain("cat -- 'hello.txt'");
      if (id === 'agents.uploadUpdate') {
        expect(texts.python).toContain(
          'client.agents.upload_update(body={"file": ("hello.txt", open("hello.txt", "rb").read(), "text/plain")})',
        );
      } else {
        expect(texts.python).toContain(
          `client.${group}.add_document(id="1", files={"file": ("hello.txt", open("hello.txt", "rb"), "text/plain")})`,
        );
        expect(texts.python).not.toContain('import httpx');
      }
    }
  });

  it('history and share links keep the file’s name, never its bytes; a replay asks for the file again', () => {
    const endpoint = getEndpoint('objects.addDocument');
    const form = formOf(endpoint);
    const built = buildInput(endpoint, form, { ...emptyState(form), path: { id: '1' }, bodyMode: 'file', file });
    const stored = redactInput(endpoint.id, built.input, []);
    expect(stored).toEqual({
      path: { id: '1' },
      upload: { field: 'file', name: 'hello.txt', type: 'text/plain', size: 17 },
    });
    const hash = shareHash(endpoint.id, built.input, []);
    const shared = parseShareHash(hash);
    expect(shared?.input).toEqual(stored);
    expect(atob(hash.split('?r=')[1]!.replace(/-/g, '+').replace(/_/g, '/'))).not.toContain('hello from a file');
    const replayed = stateFromInput(form, shared!.input);
    expect(replayed).toMatchObject({ bodyMode: 'file', fileName: 'hello.txt' });
    expect(buildInput(endpoint, form, replayed).errors['body.file']).toContain('choose the file again (hello.txt)');
  });
});
