import { createWriteStream, openAsBlob } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import {
  type CallOptions,
  type EntityDocument,
  getEndpoint,
  SaymonApiError,
  type SaymonClient,
  SaymonValidationError,
} from '@saymon-sdk/core';

/** What a document can be uploaded from: a file path, bytes, a Node stream, or a Blob. */
export type FileSource = string | Buffer | Uint8Array | Readable | Blob;

export interface UploadDocumentOptions {
  /** `objects` or `links`: whose document it becomes. */
  entity: 'objects' | 'links';
  /** The object or link id. */
  id: string | number;
  file: FileSource;
  /** The document's file name (default: the path's base name; required for bytes and streams). */
  name?: string;
  /** MIME type of the file (default `application/octet-stream`). */
  contentType?: string;
}

export interface DocumentRef {
  entity: 'objects' | 'links';
  /** The object or link id. */
  id: string | number;
  /** The document id. */
  docId: string | number;
}

async function toBlob(file: FileSource, contentType: string): Promise<Blob> {
  if (typeof file === 'string') return openAsBlob(file, { type: contentType });
  if (file instanceof Blob) return file;
  if (file instanceof Uint8Array) return new Blob([file as Uint8Array<ArrayBuffer>], { type: contentType });
  if (file instanceof Readable) {
    // FormData takes Blobs: a stream is read into memory first
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    for await (const chunk of file) chunks.push(new Uint8Array(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk)));
    return new Blob(chunks, { type: contentType });
  }
  throw new SaymonValidationError({
    issues: [{ path: ['file'], message: 'Expected a path, Buffer, Uint8Array, Readable or Blob' }],
  });
}

/**
 * Uploads a file as a document of an object or link (`POST /node/api/{objects|links}/:id/docs`,
 * multipart with the file in `file`) and returns the stored document.
 */
export async function uploadDocument(
  client: SaymonClient,
  options: UploadDocumentOptions,
  callOptions: CallOptions = {},
): Promise<EntityDocument> {
  const name = options.name ?? (typeof options.file === 'string' ? basename(options.file) : undefined);
  if (!name) {
    throw new SaymonValidationError({
      issues: [{ path: ['name'], message: 'A file name is needed when uploading bytes or a stream' }],
    });
  }
  const form = new FormData();
  form.append('file', await toBlob(options.file, options.contentType ?? 'application/octet-stream'), name);
  const endpoint = getEndpoint(options.entity === 'objects' ? 'objects.addDocument' : 'links.addDocument');
  return client.call(endpoint, { ...callOptions, path: { id: options.id }, body: form as never });
}

/** Where a document's content is served, from its `value` (a server path such as `/node-resources/docs/...`). */
function contentPath(document: EntityDocument, base: URL): string {
  const value = document.value ?? '';
  if (value.startsWith('/') && !value.startsWith('//')) return value;
  try {
    const url = new URL(value);
    if (url.origin === base.origin) return url.pathname + url.search;
  } catch {}
  throw new SaymonValidationError({
    issues: [
      {
        path: ['value'],
        message:
          document.type_id === 6 || /^https?:/.test(value)
            ? 'This document is a link to an external page, not a stored file'
            : 'The server gave no download path for this document',
      },
    ],
  });
}

/**
 * Downloads a document of an object or link. Reads the document record, then streams the file
 * it points to, with the client's credentials. The body is a Node `Readable`: nothing is
 * buffered beyond what the consumer has not read yet. The call's `timeout` bounds the whole
 * download (pass a larger one, or `false`, for big files); `maxDownloadBytes` bounds its size.
 */
export async function downloadDocument(
  client: SaymonClient,
  ref: DocumentRef,
  callOptions: CallOptions = {},
): Promise<{ document: EntityDocument; body: Readable; contentType: string | null; size: number | null }> {
  const id = ref.entity === 'objects' ? 'objects.getDocument' : 'links.getDocument';
  const document = (await client.call(getEndpoint(id), {
    ...callOptions,
    path: { id: ref.id, docId: ref.docId },
  })) as EntityDocument;
  const base = new URL('http://placeholder');
  const response = await client.core.transport.send({
    ...callOptions,
    method: 'GET',
    path: contentPath(document, base),
    read: 'stream',
  });
  if (!response.body) throw new SaymonApiError({ status: response.status, bodySnippet: 'empty document body' });
  const length = response.headers.get('content-length');
  return {
    document,
    body: Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
    contentType: response.headers.get('content-type'),
    size: length === null ? null : Number(length),
  };
}

/**
 * Downloads a document into a file. The file appears only when complete (written to a
 * temporary name, then renamed), so a failed download never leaves a partial file.
 */
export async function downloadDocumentToFile(
  client: SaymonClient,
  ref: DocumentRef,
  destination: string,
  callOptions: CallOptions = {},
): Promise<{ document: EntityDocument; path: string; bytes: number }> {
  const { document, body } = await downloadDocument(client, ref, callOptions);
  const temporary = `${destination}.${process.pid}.${Date.now()}.part`;
  let bytes = 0;
  body.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  try {
    await pipeline(body, createWriteStream(temporary, { flags: 'wx' }));
    await rename(temporary, destination);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return { document, path: destination, bytes };
}
