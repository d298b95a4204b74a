/** CAPTCHAs for self-registration: issued per emulator, short-lived, so they are not part of the saved state. */
import type { Store } from '../store/store.ts';
import { randomId } from './sessions.ts';

const CAPTCHA_TTL = 10 * 60_000;
const CAPTCHA_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

const captchas = new WeakMap<Store, Map<string, { answer: string; expires: number }>>();

function captchaTable(store: Store) {
  let table = captchas.get(store);
  if (!table) {
    table = new Map();
    captchas.set(store, table);
  }
  const now = store.now();
  for (const [token, entry] of table) if (entry.expires < now) table.delete(token);
  return table;
}

function randomInt(max: number): number {
  return (globalThis.crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) % max;
}

/** SVG markup drawing the answer with jittered letters and a few noise lines. */
function captchaSvg(answer: string): string {
  const letters = [...answer].map((letter, i) => {
    const x = 18 + i * 26;
    const y = 34 + randomInt(10) - 5;
    const angle = randomInt(40) - 20;
    return `<text x="${x}" y="${y}" transform="rotate(${angle} ${x} ${y})" font-family="monospace" font-size="28" fill="#333">${letter}</text>`;
  });
  const lines = Array.from({ length: 4 }, () => {
    const [x1, y1, x2, y2] = [randomInt(150), randomInt(50), randomInt(150), randomInt(50)];
    return `<path d="M${x1} ${y1} L${x2} ${y2}" stroke="#999" fill="none"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50" viewBox="0,0,150,50">${lines.join('')}${letters.join('')}</svg>`;
}

/** A new CAPTCHA: its picture and the token a sign-up sends back with the answer. */
export function issueCaptcha(store: Store): { CAPTCHA: string; token: string } {
  const answer = Array.from({ length: 5 }, () => CAPTCHA_LETTERS[randomInt(CAPTCHA_LETTERS.length)]).join('');
  const token = randomId();
  captchaTable(store).set(token, { answer, expires: store.now() + CAPTCHA_TTL });
  return { CAPTCHA: captchaSvg(answer), token };
}

/** Whether `answer` solves the CAPTCHA of `token`; a CAPTCHA can be tried once. */
export function solveCaptcha(store: Store, token: string, answer: string): boolean {
  const table = captchaTable(store);
  const issued = table.get(token);
  table.delete(token);
  return issued !== undefined && issued.answer === answer.trim().toUpperCase();
}
