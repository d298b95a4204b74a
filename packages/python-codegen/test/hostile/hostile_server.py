"""
A hostile HTTP server on 127.0.0.1 for the Python client: raw sockets, so it can do what no well-behaved framework
does (drip bytes, never end the headers, send bombs, echo secrets in odd encodings, redirect elsewhere). It answers
session logins like SAYMON (``sid`` and ``csrf`` cookies) and hands every other request to the current behaviour.
"""

from __future__ import annotations

import socket
import socketserver
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

SID = "sid-7f3a9c2e-hostile"
CSRF = "csrf-b41d0e77-hostile"


@dataclass
class Seen:
    """A request the server received: its request line, headers (lower-case names) and body."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes


Behaviour = Callable[[socket.socket, Seen], None]


def respond(
    conn: socket.socket,
    status: int,
    body: bytes | str = b"",
    *,
    content_type: str | None = "application/json",
    headers: dict[str, str] | list[tuple[str, str]] | None = None,
) -> None:
    data = body.encode() if isinstance(body, str) else body
    head = [f"HTTP/1.1 {status} X", f"content-length: {len(data)}", "connection: close"]
    if content_type:
        head.append(f"content-type: {content_type}")
    pairs = headers.items() if isinstance(headers, dict) else headers or []
    head.extend(f"{k}: {v}" for k, v in pairs)
    conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + data)


class HostileServer:
    def __init__(self) -> None:
        self.behaviour: Behaviour = lambda conn, seen: respond(conn, 200, "{}")
        self.seen: list[Seen] = []
        #: session logins go to the behaviour too (else they succeed like SAYMON's)
        self.hostile_login = False
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                conn: socket.socket = self.request
                conn.settimeout(30)
                seen = _read_request(conn)
                if seen is None:
                    return
                outer.seen.append(seen)
                try:
                    login = seen.method == "POST" and seen.target.startswith(
                        "/node/api/users/session"
                    )
                    if login and not outer.hostile_login:
                        cookies = [
                            ("set-cookie", f"sid={SID}; Path=/"),
                            ("set-cookie", f"csrf={CSRF}; Path=/"),
                        ]
                        respond(conn, 200, f'"{SID}"', headers=cookies)
                        return
                    outer.behaviour(conn, seen)
                except OSError:
                    pass  # the client went away: what a hostile server expects

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def behave(self, behaviour: Behaviour, *, hostile_login: bool = False) -> None:
        self.behaviour = behaviour
        self.hostile_login = hostile_login
        self.seen.clear()

    def calls(self) -> list[Seen]:
        """The requests other than session logins."""
        return [
            s for s in self.seen if not s.target.startswith("/node/api/users/session")
        ]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _read_request(conn: socket.socket) -> Seen | None:
    data = b""
    while b"\r\n\r\n" not in data:
        try:
            chunk = conn.recv(65536)
        except OSError:
            return None
        if not chunk:
            return None
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = (lines[0].split(" ") + ["", ""])[:3]
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0") or 0)
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        rest += chunk
    return Seen(method, target, headers, rest)


# --- behaviours ----------------------------------------------------------------------------------------------------
def drip(status: int = 200, every: float = 0.4) -> Behaviour:
    """Headers at once, then a 50-byte JSON body, one byte every ``every`` seconds (20 s in all)."""

    def run(conn: socket.socket, seen: Seen) -> None:
        body = b'{"id":"1","name":"' + b"x" * 30 + b'"}'
        head = f"HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
        conn.sendall(head.encode())
        for byte in body:
            conn.sendall(bytes([byte]))
            time.sleep(every)

    return run


def endless_headers(every: float = 0.4) -> Behaviour:
    """A status line, then a header byte every ``every`` seconds for 20 s, never the blank line that ends them."""

    def run(conn: socket.socket, seen: Seen) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nx-wait: ")
        for _ in range(50):
            conn.sendall(b"a")
            time.sleep(every)

    return run


def gzip_bomb(inflated: int, content_type: str = "application/json") -> Behaviour:
    """A gzip body that inflates to ``inflated`` bytes of a JSON string (a few hundred KB on the wire)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b" " * (1 << 20)
    parts = [compressor.compress(b'"')]
    for _ in range(inflated // len(block)):
        parts.append(compressor.compress(block))
    parts.append(compressor.compress(b'"'))
    parts.append(compressor.flush())
    payload = b"".join(parts)

    def run(conn: socket.socket, seen: Seen) -> None:
        respond(
            conn,
            200,
            payload,
            content_type=content_type,
            headers={"content-encoding": "gzip"},
        )

    return run


def endless_body(total: int, *, chunked: bool = True, status: int = 200) -> Behaviour:
    """``total`` bytes of a JSON string, chunked (no length) or with an honest ``Content-Length``."""

    def run(conn: socket.socket, seen: Seen) -> None:
        block = b"a" * (1 << 16)
        if chunked:
            conn.sendall(
                f"HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n".encode()
            )
            frame = f"{len(block):x}\r\n".encode() + block + b"\r\n"
            conn.sendall(b'1\r\n"\r\n')
            for _ in range(total // len(block)):
                conn.sendall(frame)
            conn.sendall(b'1\r\n"\r\n0\r\n\r\n')
        else:
            conn.sendall(
                f"HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {total}\r\n\r\n".encode()
            )
            sent = 0
            while sent < total:
                conn.sendall(block[: min(len(block), total - sent)])
                sent += len(block)

    return run


def busy(
    status: int, retry_after: str, message: str = "Too many requests, slow down"
) -> Behaviour:
    def run(conn: socket.socket, seen: Seen) -> None:
        body = f'{{"code":"TooManyRequests","message":"{message}"}}'
        respond(conn, status, body, headers={"retry-after": retry_after})

    return run


def redirect(status: int, location: str) -> Behaviour:
    def run(conn: socket.socket, seen: Seen) -> None:
        respond(conn, status, "", content_type=None, headers={"location": location})

    return run


@dataclass
class Servers:
    main: HostileServer
    other: HostileServer = field(repr=False)


def started() -> Iterator[Servers]:
    """Two servers: the one the client is configured with, and another origin (a redirect target)."""
    main, other = HostileServer(), HostileServer()
    try:
        yield Servers(main, other)
    finally:
        main.close()
        other.close()
