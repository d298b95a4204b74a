/**
 * cURL commands read into requests. The shell's words come from `shell-quote` (quotes, escapes,
 * `$VAR` kept as written, `&&` and `;` between commands); this file reads the curl options that
 * make a request (see the README for why no full curl parser). Several commands may be pasted: each
 * `curl` is one request; other commands (`jar=$(mktemp)`) are passed over. Credentials (`--user`,
 * `--cookie`, credential headers, `api-token=`) are dropped by `toSaved` and named.
 */
import { parse } from 'shell-quote';
import { type HttpRequest, ImportError } from './types.ts';

/** Options that take a value (long and short names); any other option is a flag. */
const WITH_VALUE = new Set(
  (
    '-X --request -H --header -d --data --data-raw --data-binary --data-ascii --data-urlencode --json -F --form ' +
    '--form-string -u --user -b --cookie -c --cookie-jar --url -A --user-agent -e --referer -o --output -w ' +
    '--write-out -m --max-time --connect-timeout --retry -x --proxy --cacert --cert --key -E -T --upload-file ' +
    '--oauth2-bearer -r --range --resolve --limit-rate -K --config --unix-socket --retry-delay --retry-max-time'
  ).split(' '),
);
const SHORT_FLAGS = /^-[a-zA-Z]+$/;

/**
 * Unquoted line ends become `;` (a new command); `\` at a line's end joins it to the next; a
 * comment (`#` starting a word) is left out up to its line's end.
 */
function separateLines(text: string): string {
  let out = '';
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\\' && quote !== "'") {
      const next = text[i + 1];
      if (next === '\n' || (next === '\r' && text[i + 2] === '\n')) {
        i += next === '\r' ? 2 : 1;
        continue;
      }
      out += c + (next ?? '');
      i++;
      continue;
    }
    if (!quote && c === '#' && /(?:^|\s)$/.test(out)) {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end - 1;
      continue;
    }
    if (quote ? c === quote : c === '"' || c === "'") quote = quote ? undefined : (c as '"' | "'");
    out += !quote && c === '\n' ? ' ; ' : c;
  }
  return out;
}

interface Command {
  words: string[];
  /** The words of the command piped into this one (`printf … | curl …`). */
  input?: string[];
}

/** The commands of a pasted text, each a list of words and what is piped into it. */
function commands(text: string): Command[] {
  const out: Command[] = [{ words: [] }];
  for (const token of parse(separateLines(text), (name) => `$${name}`)) {
    const current = out.at(-1) as Command;
    if (typeof token === 'string') current.words.push(token);
    else if ('op' in token && token.op !== 'glob') {
      // a pipe at a line's end is followed by the line break's `;`: the pipe still feeds the next command
      const before = out.findLast((c) => c.words.length > 0);
      const piped = token.op === '|' ? current.words : current.words.length === 0 ? current.input : undefined;
      out.push(piped && before ? { words: [], input: piped } : { words: [] });
    } else if ('pattern' in token) current.words.push(token.pattern);
  }
  return out.filter((c) => c.words.length > 0);
}

/**
 * What a `printf` piped into curl writes (the snippets' way to send a body with secrets): its format's `%s`
 * filled with its arguments, the format repeated while arguments remain. Other commands write nothing known.
 */
function printed(words: string[] | undefined): string | undefined {
  if (words?.[0] !== 'printf' || words[1] === undefined) return undefined;
  const [format, ...args] = words.slice(1) as [string, ...string[]];
  const parts = format.split(/(%%|%s)/);
  if (/%[^s%]/.test(parts.filter((p) => p !== '%%' && p !== '%s').join(''))) return undefined;
  let out = '';
  let next = 0;
  do {
    for (const part of parts) out += part === '%%' ? '%' : part === '%s' ? (args[next++] ?? '') : part;
  } while (next < args.length && parts.includes('%s'));
  return out;
}

/** `name: value` of a `--header` (a header given without a value is left out). */
function header(text: string): [string, string] | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0) return undefined;
  const value = text.slice(colon + 1).trim();
  return value ? [text.slice(0, colon).trim(), value] : undefined;
}

/** `name=value` or `name=@file;type=…` of a `--form`. */
function formField(text: string, literal: boolean) {
  const eq = text.indexOf('=');
  const name = eq < 0 ? text : text.slice(0, eq);
  const value = eq < 0 ? '' : text.slice(eq + 1);
  if (literal || !value.startsWith('@')) return { name, value };
  const [file = '', ...params] = value.slice(1).split(';');
  const type = params.find((p) => p.startsWith('type='))?.slice(5) ?? '';
  return { name, value: '', file: { name: file.replace(/^.*[\\/]/, ''), type } };
}

/** One curl command (its words after `curl`) as a request; `stdin` is what is piped into it, when known. */
function readCommand(words: string[], index: number, stdin?: string): HttpRequest {
  let method: string | undefined;
  let url: string | undefined;
  let get = false;
  const headers: [string, string][] = [];
  const dropped: string[] = [];
  const data: string[] = [];
  const form: { name: string; value: string; file?: { name: string; type: string } }[] = [];
  const take = (option: string, value: string | undefined) => {
    if (value === undefined) throw new ImportError(`curl option ${option} needs a value.`);
    switch (option) {
      case '-X':
      case '--request':
        method = value.toUpperCase();
        break;
      case '-H':
      case '--header': {
        const h = header(value);
        if (h) headers.push(h);
        break;
      }
      case '--json':
        headers.push(['content-type', 'application/json']);
        data.push(value);
        break;
      case '-d':
      case '--data':
      case '--data-raw':
      case '--data-binary':
      case '--data-ascii':
      case '--data-urlencode':
        data.push(value === '@-' && stdin !== undefined ? stdin : value);
        break;
      case '-F':
      case '--form':
      case '--form-string':
        form.push(formField(value, option === '--form-string'));
        break;
      case '-u':
      case '--user':
        dropped.push('the login and password of --user');
        break;
      case '-b':
      case '--cookie':
        dropped.push('the cookies of --cookie');
        break;
      case '--oauth2-bearer':
        dropped.push('the token of --oauth2-bearer');
        break;
      case '--url':
        url = value;
        break;
    }
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      const option = eq > 0 ? word.slice(0, eq) : word;
      if (option === '--get') get = true;
      else if (option === '--head') method = 'HEAD';
      else if (WITH_VALUE.has(option)) take(option, eq > 0 ? word.slice(eq + 1) : words[++i]);
    } else if (SHORT_FLAGS.test(word)) {
      // `-sSL` is three flags; `-XPOST` and `-sX POST` give a value to the first option that takes one
      for (let j = 1; j < word.length; j++) {
        const option = `-${word[j]}`;
        if (option === '-G') get = true;
        else if (option === '-I') method = 'HEAD';
        else if (WITH_VALUE.has(option)) {
          take(option, j + 1 < word.length ? word.slice(j + 1) : words[++i]);
          break;
        }
      }
    } else if (url === undefined) url = word;
  }
  if (url === undefined) throw new ImportError(`curl command ${index + 1} has no URL.`);
  const request: HttpRequest = { name: '', method: 'GET', url, headers, dropped };
  if (get && data.length) {
    const joiner = url.includes('?') ? '&' : '?';
    request.url = `${url}${joiner}${data.join('&')}`;
  } else if (data.length) {
    request.body = { kind: 'text', text: data.join('&') };
  } else if (form.length) {
    request.body = { kind: 'form', fields: form };
  }
  request.method = method ?? (request.body ? 'POST' : 'GET');
  return request;
}

/** The curl commands of a pasted text as requests (named later, by their endpoint). */
export function readCurl(text: string): HttpRequest[] {
  // a command copied with its prompt (`$ curl …`) is a command too
  const found = commands(text)
    .map((c) => (c.words[0] === '$' ? { ...c, words: c.words.slice(1) } : c))
    .filter((c) => c.words[0] === 'curl');
  if (found.length === 0) throw new ImportError('No curl command found: paste a command that starts with curl.');
  return found.map((c, i) => readCommand(c.words.slice(1), i, printed(c.input)));
}
