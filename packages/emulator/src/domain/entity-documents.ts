/**
 * Documents attached to objects and links: web links (type 6, JSON body) and uploaded files
 * (type 7, multipart with the file in `file`). Files are kept in `state.files` and served under
 * `/node-resources/docs/uid/<uid>/<name>`.
 */
import { toBase64 } from '../bytes.ts';
import { badRequest, notFound } from '../errors.ts';
import type { Rec } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import type { Kind } from './entity-kind.ts';

export const WEB_LINK = 6;
export const UPLOADED_FILE = 7;

type DocumentRecord = Rec & { owner: string; uid?: string };

/** What the API shows of a document. */
export function publicDocument(doc: DocumentRecord): Rec {
  const { owner: _owner, uid: _uid, ...rest } = doc;
  return rest;
}

function uploadUid(store: Store): string {
  const random = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0'));
  return `${store.newId().slice(-8)}${random.join('')}`.slice(0, 32);
}

/**
 * Attaches a document. A web link answers with the new id only (as real servers do); an upload
 * answers with the whole document, whose value is the file's URL.
 */
export async function addDocument(store: Store, kind: Kind, record: Rec, body: unknown): Promise<Rec> {
  const owner = store.key(kind, String(record.id));
  const id = store.newId();
  if (body instanceof FormData) {
    const file = body.get('file');
    if (!file || typeof file === 'string') throw badRequest('Mandatory "file" parameter is absent/empty.');
    const name = file.name || 'file';
    const uid = uploadUid(store);
    store.state.files[uid] = {
      name,
      contentType: file.type || 'application/octet-stream',
      data: toBase64(new Uint8Array(await file.arrayBuffer())),
    };
    const given = body.get('name');
    const doc: DocumentRecord = {
      id,
      owner,
      uid,
      type_id: UPLOADED_FILE,
      name: typeof given === 'string' && given ? given : name,
      value: `/node-resources/docs/uid/${uid}/${encodeURIComponent(name)}`,
    };
    store.state.documents[id] = doc;
    return publicDocument(doc);
  }
  const fields = (body ?? {}) as { name?: string; type_id?: number | string; value?: string };
  if (!fields.value) throw badRequest('Mandatory "value" parameter is absent/empty.');
  const typeId = fields.type_id === undefined ? WEB_LINK : Number(fields.type_id);
  if (!Number.isInteger(typeId)) throw badRequest(`Invalid "type_id" value: ${String(fields.type_id)}`);
  store.state.documents[id] = {
    ...(fields as Record<string, unknown>),
    id,
    owner,
    type_id: typeId,
    name: fields.name ?? fields.value,
    value: fields.value,
  };
  return { id };
}

export function requireDocument(store: Store, kind: Kind, record: Rec, docId: string | number): DocumentRecord {
  const doc = store.state.documents[String(docId)];
  if (!doc || doc.owner !== store.key(kind, String(record.id))) throw notFound('Document', docId);
  return doc as DocumentRecord;
}

/** Removes a document, and its stored file when it was an upload. */
export function deleteDocument(store: Store, kind: Kind, record: Rec, docId: string | number) {
  const doc = requireDocument(store, kind, record, docId);
  delete store.state.documents[doc.id];
  if (doc.uid) delete store.state.files[doc.uid];
}
