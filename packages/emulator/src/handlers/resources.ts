import { authenticate } from '../auth.ts';
import { fromBase64 } from '../bytes.ts';
import { notFound, routeNotFound } from '../errors.ts';
import { type EmulatorSettings, encode, handlers, Reply } from '../handler.ts';
import { documentHeaders, imageHeaders } from '../passive-content.ts';
import type { UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';

/** Whether the user may see the object or link a document belongs to (flows and classes: everyone who may log in). */
function ownerVisible(store: Store, user: UserRecord, owner: string): boolean {
  const [kind, id = ''] = owner.split(/:(.*)/s);
  if (kind === 'objects') return store.canSeeObject(user, id);
  if (kind === 'links') {
    const link = store.state.links[id];
    return link !== undefined && store.canSeeLink(user, link);
  }
  return true;
}

function decodedUid(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/**
 * Serves uploaded document files at `/node-resources/docs/uid/<uid>/<name>` (credentials
 * required): only to users who can see the object or link the document belongs to; others get
 * the same 404 as for an unknown file.
 */
export async function resourceHandler(
  store: Store,
  settings: EmulatorSettings,
  request: Request,
  url: URL,
  pathname: string,
) {
  const user = authenticate(request, url, store, settings);
  const raw = pathname.match(/^\/node-resources\/docs\/uid\/([^/]+)/)?.[1];
  const uid = raw === undefined ? undefined : decodedUid(raw);
  const file = uid === undefined ? undefined : store.state.files[uid];
  const doc = file && Object.values(store.state.documents).find((d) => d.uid === uid);
  if (!file || !doc || !ownerVisible(store, user, doc.owner)) throw routeNotFound(pathname);
  const bytes = fromBase64(file.data) ?? new Uint8Array();
  const headers = documentHeaders(file.contentType, file.name || 'file');
  return encode(
    Reply.bytes(bytes, headers['content-type'] ?? '', { ...headers, 'content-length': String(bytes.length) }),
  );
}

export const resourceHandlers = handlers({
  'resources.image': ({ store, path }) => {
    const image = store.state.images[String(path.id)];
    if (!image) throw notFound('Image', path.id);
    const headers = imageHeaders(image.contentType);
    return Reply.bytes(fromBase64(image.data) ?? new Uint8Array(), headers['content-type'] ?? '', headers);
  },
});
