/** Renders notification texts as the web UI previews them: a Mustache subset over sample data. */
import type { Store } from '../store/store.ts';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function lookup(stack: unknown[], path: string): unknown {
  for (let i = stack.length - 1; i >= 0; i--) {
    let value: unknown = stack[i];
    let found = true;
    for (const part of path.split('.')) {
      if (value !== null && typeof value === 'object' && part in value)
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

/** A Mustache subset: `{{a.b}}` values (HTML-escaped) and `{{#list}}...{{/list}}` sections. */
export function renderTemplate(text: string, data: unknown, stack: unknown[] = [data]): string {
  const section = /\{\{#\s*([\w.]+)\s*\}\}([\s\S]*?)\{\{\/\s*\1\s*\}\}/g;
  const expanded = text.replace(section, (_m, name: string, inner: string) => {
    const value = lookup(stack, name);
    if (Array.isArray(value)) return value.map((item) => renderTemplate(inner, item, [...stack, item])).join('');
    return value ? renderTemplate(inner, value, [...stack, value]) : '';
  });
  return expanded.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_m, name: string) => {
    const value = lookup(stack, name);
    return value === undefined || value === null ? '' : escapeHtml(String(value));
  });
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
