/** Renders notification texts as the web UI previews them: a Mustache subset over sample data. */
import { badRequest, HttpError } from '../errors.ts';
import type { Store } from '../store/store.ts';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The largest template a preview renders (characters); a longer one is refused with 413. */
export const MAX_TEMPLATE_LENGTH = 256 * 1024;
/** The largest preview rendered (characters): nested sections over lists multiply the output. */
export const MAX_PREVIEW_LENGTH = 4 * 1024 * 1024;
/** How deep sections may nest. */
export const MAX_SECTION_DEPTH = 16;
/** How many nodes one preview may render: sections over lists multiply the work even where they write nothing. */
export const MAX_RENDER_STEPS = 1_000_000;

const tooLarge = (what: string) => new HttpError(413, 'PayloadTooLarge', what);

function lookup(stack: unknown[], path: string): unknown {
  for (let i = stack.length - 1; i >= 0; i--) {
    let value: unknown = stack[i];
    let found = true;
    for (const part of path.split('.')) {
      if (value !== null && typeof value === 'object' && Object.hasOwn(value, part))
        value = (value as Record<string, unknown>)[part];
      else {
        found = false;
        break;
      }
    }
    if (found) return value;
  }
  return undefined;
}

/**
 * A parsed template: text, `{{name}}` values, and `{{#name}}…{{/name}}` sections. A section opened
 * and never closed (or a stray closing tag) is kept as text, as it was written.
 */
type Node =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string }
  | { kind: 'section'; name: string; open: string; children: Node[]; closed: boolean };

const TAG = /^\{\{\s*([#/]?)\s*([\w.]+)\s*\}\}$/;

/** One pass over the text: each character is read once, whatever the tags (no backtracking). */
function parse(text: string): Node[] {
  const root: Node[] = [];
  const open: Extract<Node, { kind: 'section' }>[] = [];
  const target = () => open.at(-1)?.children ?? root;
  let at = 0;
  while (at < text.length) {
    const start = text.indexOf('{{', at);
    const end = start < 0 ? -1 : text.indexOf('}}', start + 2);
    if (start < 0 || end < 0) {
      target().push({ kind: 'text', text: text.slice(at) });
      break;
    }
    if (start > at) target().push({ kind: 'text', text: text.slice(at, start) });
    const raw = text.slice(start, end + 2);
    const tag = TAG.exec(raw);
    at = end + 2;
    if (!tag) target().push({ kind: 'text', text: raw });
    else if (tag[1] === '#') {
      const section = { kind: 'section' as const, name: tag[2] ?? '', open: raw, children: [], closed: false };
      target().push(section);
      open.push(section);
      if (open.length > MAX_SECTION_DEPTH) throw badRequest(`Sections nest deeper than ${MAX_SECTION_DEPTH} levels`);
    } else if (tag[1] === '/') {
      // closes the nearest open section of that name; the ones opened inside it stay text
      const index = open.findLastIndex((s) => s.name === tag[2]);
      if (index < 0) target().push({ kind: 'text', text: raw });
      else {
        (open[index] as { closed: boolean }).closed = true;
        open.length = index;
      }
    } else target().push({ kind: 'value', name: tag[2] ?? '' });
  }
  return root;
}

/** Writes the nodes, each value looked up along the stack of section values; stops past the output limit. */
function render(nodes: Node[], stack: unknown[], out: { parts: string[]; length: number; steps: number }): void {
  const write = (part: string) => {
    out.length += part.length;
    if (out.length > MAX_PREVIEW_LENGTH) throw tooLarge(`The preview is larger than ${MAX_PREVIEW_LENGTH} characters`);
    out.parts.push(part);
  };
  for (const node of nodes) {
    out.steps += 1;
    if (out.steps > MAX_RENDER_STEPS)
      throw tooLarge(`The template expands to more than ${MAX_RENDER_STEPS} parts (sections nested over lists)`);
    if (node.kind === 'text') write(node.text);
    else if (node.kind === 'value') {
      const value = lookup(stack, node.name);
      if (value !== undefined && value !== null) write(escapeHtml(String(value)));
    } else if (!node.closed) {
      write(node.open);
      render(node.children, stack, out);
    } else {
      const value = lookup(stack, node.name);
      if (Array.isArray(value)) for (const item of value) render(node.children, [...stack, item], out);
      else if (value) render(node.children, [...stack, value], out);
    }
  }
}

/**
 * A Mustache subset: `{{a.b}}` values (HTML-escaped) and `{{#list}}...{{/list}}` sections. Linear in
 * the template; a preview over `MAX_PREVIEW_LENGTH` characters or `MAX_RENDER_STEPS` nodes is refused (413).
 */
export function renderTemplate(text: string, data: unknown): string {
  const out = { parts: [] as string[], length: 0, steps: 0 };
  render(parse(text), [data], out);
  return out.parts.join('');
}

/** The sample data a preview is rendered with, by notification group. */
function sampleData(store: Store, group: string): Record<string, unknown> {
  const time = new Date(store.now()).toISOString().replace('T', ' ').slice(0, 19);
  if (group === 'auth') {
    return {
      login: 'jdoe',
      name: 'John Doe',
      password: 'Pa55w0rd!',
      emailLink: 'https://saymon.example.com/#/confirm/5f2a9c1e7d3b4a0012345678/0f3c2b1a',
    };
  }
  const change = (entity: string, from: string, to: string) => ({
    entity: { id: '5f2a9c1e7d3b4a0012345678', name: entity },
    previousState: { name: from },
    state: { name: to },
    time,
  });
  const items = [change('Web server 01', 'Working', 'Alarm'), change('Database 02', 'Alarm', 'Working')];
  return { ...items[0], text: 'CPU load is above 90%', count: items.length, items };
}

interface PreviewInput {
  content: string;
  group: string;
  templateType: string;
  isSubject: boolean;
}

/** Renders a text the way the web UI previews it: HTML; full e-mail pages for e-mail bodies. */
export function renderPreview(store: Store, input: PreviewInput): { preview: string } {
  if (input.content.length > MAX_TEMPLATE_LENGTH)
    throw tooLarge(`The template is longer than the preview limit of ${MAX_TEMPLATE_LENGTH} characters`);
  const email = input.templateType === 'email' || (input.group === 'auth' && !input.templateType.includes('subject'));
  const data = sampleData(store, input.group);
  // e-mail bodies are HTML already; other texts are plain and shown escaped
  if (input.isSubject || !email) {
    return { preview: renderTemplate(escapeHtml(input.content), data).replace(/\n/g, '<br>') };
  }
  const rendered = renderTemplate(input.content, data);
  return {
    preview: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Preview</title></head><body><div style="font-family: sans-serif">${rendered.replace(/\n/g, '<br>')}</div></body></html>`,
  };
}
