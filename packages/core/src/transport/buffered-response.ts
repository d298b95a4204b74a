/**
 * A `Response` over bytes already read into memory. `new Response(bytes)` builds a
 * `ReadableStream` over a copy of the bytes, which costs more than the rest of a call's own work
 * (about 30 µs per answer on Node 24, see BENCHMARKS.md); this one keeps the bytes and answers
 * `text()`, `json()`, `arrayBuffer()`, `bytes()` from them. The stream is made only when someone
 * reads `body` (then every read goes through it). Like any `Response`, its body can be read once.
 */
const decoder = new TextDecoder();

export class BufferedResponse extends Response {
  #bytes: Uint8Array<ArrayBuffer> | null;
  #used = false;
  /** The plain response over a stream of the bytes, once `body` was asked for. */
  #streamed: Response | undefined;
  /** Constructed without a body (a 204, a 304): `body` stays `null`, as on any Response. */
  readonly #none: boolean;

  constructor(bytes: Uint8Array<ArrayBuffer> | null, init: ResponseInit) {
    super(null, init);
    this.#bytes = bytes;
    this.#none = bytes === null;
  }

  #stream(): Response {
    if (!this.#streamed) {
      const plain = new Response(this.#used ? '' : this.#bytes, { headers: this.headers });
      // a body read before is a stream that has been read, as on any Response
      if (this.#used) void plain.text();
      this.#bytes = null;
      this.#streamed = plain;
    }
    return this.#streamed;
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    if (this.#none) return null;
    return this.#stream().body as ReadableStream<Uint8Array<ArrayBuffer>> | null;
  }

  override get bodyUsed(): boolean {
    return this.#streamed ? this.#streamed.bodyUsed : this.#used;
  }

  #read<T>(convert: (bytes: Uint8Array<ArrayBuffer>) => T, viaStream: (plain: Response) => Promise<T>): Promise<T> {
    if (this.#streamed) return viaStream(this.#streamed);
    if (this.#used) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    this.#used = true;
    const bytes = this.#bytes ?? new Uint8Array(0);
    this.#bytes = null;
    try {
      return Promise.resolve(convert(bytes));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  override text(): Promise<string> {
    return this.#read(
      (bytes) => decoder.decode(bytes),
      (plain) => plain.text(),
    );
  }

  override json(): Promise<unknown> {
    return this.#read(
      (bytes) => JSON.parse(decoder.decode(bytes)),
      (plain) => plain.json(),
    );
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    return this.#read(
      (bytes) => bytes.slice().buffer,
      (plain) => plain.arrayBuffer(),
    );
  }

  override bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return this.#read(
      (bytes) => bytes,
      (plain) => plain.bytes(),
    );
  }

  override blob(): Promise<Blob> {
    return this.#stream().blob();
  }

  override formData(): Promise<FormData> {
    return this.#stream().formData();
  }

  override clone(): Response {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    const init = { status: this.status, statusText: this.statusText, headers: this.headers };
    if (!this.#streamed) return new BufferedResponse(this.#bytes ? this.#bytes.slice() : null, init);
    const [mine, theirs] = (this.#streamed.body as ReadableStream).tee();
    this.#streamed = new Response(mine, { headers: this.headers });
    return new Response(theirs, init);
  }
}
