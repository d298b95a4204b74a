import { authenticate } from '../auth.ts';
import { requireRecord } from '../domain/lookup.ts';
import { routeNotFound } from '../errors.ts';
import { type EmulatorSettings, encode, handlers, Reply } from '../handler.ts';
import type { Store } from '../store.ts';

/** Serves uploaded document files at `/node-resources/docs/uid/<uid>/<name>` (credentials required). */
export async function resourceHandler(
  store: Store,
  settings: EmulatorSettings,
  request: Request,
  url: URL,
  pathname: string,
) {
  authenticate(request, url, store, settings);
  const uid = pathname.match(/^\/node-resources\/docs\/uid\/([^/]+)/)?.[1];
  const file = uid ? store.state.files[decodeURIComponent(uid)] : undefined;
  if (!file) throw routeNotFound(pathname);
  const bytes = Buffer.from(file.data, 'base64');
  return encode(Reply.bytes(new Uint8Array(bytes), file.contentType, { 'content-length': String(bytes.length) }));
}

export const resourceHandlers = handlers({
  'resources.image': ({ store, path }) => {
    const image = requireRecord(
      Object.fromEntries(Object.entries(store.state.images).map(([uid, f]) => [uid, { ...f, id: uid }])),
      'Image',
      path.id,
    );
    return Reply.bytes(new Uint8Array(Buffer.from(image.data, 'base64')), image.contentType);
  },
});
