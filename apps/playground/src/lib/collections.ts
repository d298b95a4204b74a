/**
 * Saved requests and the named collections that hold them: the one data model of the playground's
 * collections (the page saves and reopens them; import and export read and write exactly this shape).
 *
 * A saved request is an endpoint id of the registry and the input the user typed, already passed
 * through `redactInput`: no password, token, session id or file bytes are ever saved (a reopened
 * request asks for them, as a history replay does). Every change returns new arrays (the store
 * replaces, never mutates), and `readCollections` accepts only data of this shape, from storage or a
 * file, dropping what does not fit instead of trusting it.
 */

import { isRecord, readCallInput } from './read-input.ts';
import { endpointById } from './registry.ts';
import type { CallInput } from './wire.ts';

export interface SavedRequest {
  /** Stable within its collection; a rename keeps it. */
  id: string;
  name: string;
  /** A registry endpoint id, `objects.get`. */
  endpointId: string;
  input: CallInput;
}

export interface Collection {
  id: string;
  name: string;
  requests: SavedRequest[];
}

/** A fresh id: random, URL-safe, short. */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

/** A name as kept: trimmed, one line, at most 120 characters; empty names are refused by the callers. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, 120);
}

export function createCollection(list: readonly Collection[], name: string): Collection[] {
  return [...list, { id: newId(), name: cleanName(name), requests: [] }];
}

export function renameCollection(list: readonly Collection[], id: string, name: string): Collection[] {
  return list.map((c) => (c.id === id ? { ...c, name: cleanName(name) } : c));
}

export function deleteCollection(list: readonly Collection[], id: string): Collection[] {
  return list.filter((c) => c.id !== id);
}

/** Adds a request to the collection named `collectionName`, creating that collection when there is none. */
export function saveRequest(
  list: readonly Collection[],
  collectionName: string,
  request: Omit<SavedRequest, 'id'>,
): { collections: Collection[]; collectionId: string; requestId: string } {
  const name = cleanName(collectionName);
  const withCollection = list.some((c) => c.name === name) ? [...list] : createCollection(list, name);
  const target = withCollection.find((c) => c.name === name) as Collection;
  const saved: SavedRequest = { ...request, id: newId(), name: cleanName(request.name) };
  return {
    collections: withCollection.map((c) => (c === target ? { ...c, requests: [...c.requests, saved] } : c)),
    collectionId: target.id,
    requestId: saved.id,
  };
}

function mapRequests(
  list: readonly Collection[],
  collectionId: string,
  change: (requests: SavedRequest[]) => SavedRequest[],
): Collection[] {
  return list.map((c) => (c.id === collectionId ? { ...c, requests: change(c.requests) } : c));
}

export function renameRequest(
  list: readonly Collection[],
  collectionId: string,
  requestId: string,
  name: string,
): Collection[] {
  return mapRequests(list, collectionId, (requests) =>
    requests.map((r) => (r.id === requestId ? { ...r, name: cleanName(name) } : r)),
  );
}

export function deleteRequest(list: readonly Collection[], collectionId: string, requestId: string): Collection[] {
  return mapRequests(list, collectionId, (requests) => requests.filter((r) => r.id !== requestId));
}

/** A saved request read from untrusted data: a known endpoint, a name, an input of the right shape. */
export function readSavedRequest(value: unknown): SavedRequest | undefined {
  if (!isRecord(value) || typeof value.name !== 'string' || typeof value.endpointId !== 'string') return undefined;
  if (!endpointById(value.endpointId)) return undefined;
  const input = readCallInput(value.input ?? {});
  if (!input) return undefined;
  const name = cleanName(value.name);
  const id = typeof value.id === 'string' && value.id ? value.id : newId();
  return { id, name: name || value.endpointId, endpointId: value.endpointId, input };
}

/** Collections read from untrusted data (storage, a file): what fits the model, the rest dropped. */
export function readCollections(value: unknown): Collection[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): Collection[] => {
    if (!isRecord(item) || typeof item.name !== 'string' || !Array.isArray(item.requests)) return [];
    const name = cleanName(item.name);
    if (!name) return [];
    const requests = item.requests.flatMap((r) => readSavedRequest(r) ?? []);
    return [{ id: typeof item.id === 'string' && item.id ? item.id : newId(), name, requests }];
  });
}
