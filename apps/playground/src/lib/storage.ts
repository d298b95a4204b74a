/**
 * History (IndexedDB) and small settings (local storage). Entries hold what `redactInput` leaves:
 * never a password, token, session id or csrf value.
 */
import { get, set } from 'idb-keyval';
import type { CallInput } from './wire.ts';

export interface HistoryEntry {
  id: string;
  time: number;
  endpoint: string;
  method: string;
  target: string;
  input: CallInput;
  status: number | string;
}

const HISTORY_KEY = 'saymon-playground:history';
const MAX = 50;

export async function loadHistory(): Promise<HistoryEntry[]> {
  try {
    return (await get<HistoryEntry[]>(HISTORY_KEY)) ?? [];
  } catch {
    return [];
  }
}

export async function addHistory(entry: HistoryEntry): Promise<HistoryEntry[]> {
  const list = [entry, ...(await loadHistory())].slice(0, MAX);
  await set(HISTORY_KEY, list).catch(() => {});
  return list;
}

export async function clearHistory(): Promise<void> {
  await set(HISTORY_KEY, []).catch(() => {});
}

export function setting<T extends string>(name: string, fallback: T): T {
  try {
    return (localStorage.getItem(`saymon-playground:${name}`) as T | null) ?? fallback;
  } catch {
    return fallback;
  }
}

export function saveSetting(name: string, value: string) {
  try {
    localStorage.setItem(`saymon-playground:${name}`, value);
  } catch {}
}

/** Credentials for this tab only (session storage: gone when the tab closes, never in a URL). */
export function tabSecret<T>(name: string): T | undefined {
  try {
    const text = sessionStorage.getItem(`saymon-playground:${name}`);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function saveTabSecret(name: string, value: unknown) {
  try {
    if (value === undefined) sessionStorage.removeItem(`saymon-playground:${name}`);
    else sessionStorage.setItem(`saymon-playground:${name}`, JSON.stringify(value));
  } catch {}
}
