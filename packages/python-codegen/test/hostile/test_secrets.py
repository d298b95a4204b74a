"""
Secrets: a server that echoes credentials back, in any encoding, gets none of them printed. Redaction runs after
decoding (a JSON-escaped or ``+``-encoded password is found too) and covers every rendering of every object an
error carries: ``str``/``repr`` of the error, its body, its response and that response's request (URL, headers),
its context; a session id with a line break ends in an error that does not show it.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, quote_plus

from hostile.hostile_server import CSRF, SID, Seen, Servers, respond
from hostile.probe import (
    KINDS,
    PASSWORD,
    TOKEN,
    Tally,
    afailure,
    async_client,
    client,
    expect,
    failure,
    leaks,
    renderings,
)

from saymon_sdk import Client, SaymonApiError, SaymonError, SessionAuth


def _everything(seen: Seen) -> str:
    """What the server received, as one text: the request line and every header."""
    return f"{seen.method} {seen.target} " + " ".join(
        f"{k}: {v}" for k, v in seen.headers.items()
    )


ECHOES: dict[str, tuple[int, str, Callable[[Seen], str], dict[str, str]]] = {
    "password JSON-escaped in SAYMON's message": (
        400,
        "application/json",
        lambda seen: json.dumps(
            {"code": "BadRequest", "message": f"wrong password {PASSWORD}"}
        ),
        {},
    ),
    "password in a 401's JSON-in-JSON message": (
        401,
        "application/json",
        lambda seen: json.dumps(
            {
                "code": "Unauthorized",
                "message": json.dumps({"errorCode": 3, "message": f"bad {PASSWORD}"}),
            }
        ),
        {},
    ),
    "password +-encoded in a text answer": (
        500,
        "text/plain",
        lambda seen: f"login=admin&password={quote_plus(PASSWORD)}",
        {},
    ),
    "password %-encoded in a JSON body field": (
        400,
        "application/json",
        lambda seen: json.dumps(
            {"code": "BadRequest", "message": "no", "echo": quote(PASSWORD, safe="")}
        ),
        {},
    ),
    "password HTML-escaped in an error page": (
        502,
        "text/html",
        lambda seen: f"<html><body><p>{html.escape(PASSWORD)}</p></body></html>",
        {},
    ),
    "the whole request echoed in the body, JSON-escaped": (
        400,
        "application/json",
        lambda seen: json.dumps({"code": "BadRequest", "message": _everything(seen)}),
        {},
    ),
    "the whole request echoed in the body, as an HTML page": (
        500,
        "text/html",
        lambda seen: f"<pre>{html.escape(_everything(seen))}</pre>",
        {},
    ),
    "credentials echoed in response headers": (
        403,
        "application/json",
        lambda seen: '{"code":"Forbidden","message":"no"}',
        {
            "set-cookie": f"sid={SID}; Path=/",
            "x-echo": f"{TOKEN} {quote_plus(PASSWORD)} {SID} {CSRF}",
        },
    ),
}


def _echo(
    status: int, content_type: str, body: Callable[[Seen], str], headers: dict[str, str]
) -> Any:
    def run(conn: Any, seen: Seen) -> None:
        respond(conn, status, body(seen), content_type=content_type, headers=headers)

    return run


def test_echoed_secrets_are_redacted_everywhere(servers: Servers, capsys: Any) -> None:
    tally = Tally("secrets")
    main = servers.main
    for name, (status, content_type, body, headers) in ECHOES.items():
        for kind in KINDS:

            def vector(
                status: int = status,
                content_type: str = content_type,
                body: Callable[[Seen], str] = body,
                headers: dict[str, str] = headers,
                kind: str = kind,
            ) -> list[str]:
                main.behave(_echo(status, content_type, body, headers))
                findings: list[str] = []
                with client(kind, main.url, max_retries=0) as c:
                    error = failure(lambda: c.objects.get(id="1"))
                expect(error, SaymonApiError, findings)
                return findings + leaks([error], kind)

            tally.run(f"sync {kind}, {name}", vector)

        def async_vector(
            status: int = status,
            content_type: str = content_type,
            body: Any = body,
            headers: Any = headers,
        ) -> list[str]:
            main.behave(_echo(status, content_type, body, headers))
            findings: list[str] = []

            async def call() -> Any:
                async with async_client("session", main.url, max_retries=0) as c:
                    return await c.objects.get(id="1")

            error = afailure(call)
            expect(error, SaymonApiError, findings)
            return findings + leaks([error], "session")

        tally.run(f"async session, {name}", async_vector)

    for kind in KINDS:

        def refused(kind: str = kind) -> list[str]:
            # nothing listens there any more: a network error, with the request's URL and headers behind it
            main.behave(lambda conn, seen: respond(conn, 200, "{}"))
            findings: list[str] = []
            with client(kind, "http://127.0.0.1:9", max_retries=0) as c:
                error = failure(lambda: c.objects.get(id="1"))
            expect(error, SaymonError, findings)
            return findings + leaks([error], kind)

        tally.run(f"sync {kind}, connection refused", refused)

    def cut_secret() -> list[str]:
        # an error body is kept up to 1 MiB: the cut falls inside the echoed password
        head = "x" * (1024 * 1024 - len(PASSWORD.encode()[:7]))
        body = head + PASSWORD + "y" * 4096
        main.behave(
            lambda conn, seen: respond(
                conn, 500, body, content_type="text/plain; charset=utf-8"
            )
        )
        findings: list[str] = []
        with client("basic", main.url, max_retries=0) as c:
            error = failure(lambda: c.objects.get(id="1"))
        expect(error, SaymonApiError, findings)
        start = PASSWORD[
            :6
        ]  # the first 7 bytes: what is left of the password where the body is cut
        if any(start in text for text in renderings(error)):
            findings.append(
                f"the start of a secret ({start!r}) is shown where the body was cut"
            )
        return findings + leaks([error], "basic")

    tally.run(
        "sync basic, an error body cut at 1 MiB inside the echoed password", cut_secret
    )

    def crlf_sid() -> list[str]:
        sid = f"{SID}\r\nx-evil: 1"
        main.behave(lambda conn, seen: respond(conn, 200, "{}"))
        findings: list[str] = []
        with Client(main.url, auth=SessionAuth(sid=sid, csrf=CSRF), max_retries=0) as c:
            error = failure(lambda: c.objects.get(id="1"))
        expect(error, SaymonError, findings)
        if main.calls():
            findings.append("a header with a line break was sent")
        return findings + leaks([error], (sid, SID, CSRF))

    tally.run("sync, a session id with CRLF in it", crlf_sid)
    tally.report(capsys)
