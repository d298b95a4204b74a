"""
Size: answers are read into memory only up to ``max_response_bytes`` (default 64 MiB, as in TypeScript), counted as
the body decodes. A gzip bomb, an endless chunked body and an announced huge ``Content-Length`` end in
``SaymonResponseTooLargeError`` naming the limit, the option and what was counted; error bodies are cut, not refused.
"""

from __future__ import annotations

from typing import Any

from hostile.hostile_server import Servers, endless_body, gzip_bomb
from hostile.probe import (
    expect_named,
    Tally,
    afailure,
    async_client,
    client,
    expect,
    failure,
    leaks,
)

import saymon_sdk
from saymon_sdk import SaymonServerError

MiB = 1024 * 1024
DEFAULT = 64 * MiB


def _check(
    error: BaseException | None, limit: int, counted: str, findings: list[str]
) -> None:
    if not expect_named(error, "SaymonResponseTooLargeError", findings):
        return
    assert isinstance(error, saymon_sdk.SaymonResponseTooLargeError)
    text = str(error)
    if error.limit != limit or str(limit) not in text:
        findings.append(f"the error does not name the limit {limit}: {text}")
    if error.option != "max_response_bytes" or "max_response_bytes" not in text:
        findings.append(f"the error does not name the option: {text}")
    if counted not in text:
        findings.append(
            f"the error does not say what was counted ({counted!r}): {text}"
        )


def test_oversized_answers_are_refused(servers: Servers, capsys: Any) -> None:
    tally = Tally("size")
    main = servers.main
    bomb = gzip_bomb(80 * MiB)  # ~80 KB on the wire
    small_bomb = gzip_bomb(8 * MiB)
    cases: list[tuple[str, Any, dict[str, Any], dict[str, Any], int, str]] = [
        (
            "gzip bomb inflating to 80 MiB, default limit",
            bomb,
            {},
            {},
            DEFAULT,
            "after decoding gzip",
        ),
        (
            "gzip bomb inflating to 8 MiB, client limit 1 MiB",
            small_bomb,
            {"max_response_bytes": MiB},
            {},
            MiB,
            "gzip",
        ),
        (
            "gzip bomb, per-call limit 1 MiB",
            small_bomb,
            {},
            {"max_response_bytes": MiB},
            MiB,
            "after decoding gzip",
        ),
        (
            "80 MiB chunked, default limit",
            endless_body(80 * MiB),
            {},
            {},
            DEFAULT,
            "counted while reading",
        ),
        (
            "80 MiB announced by Content-Length, default limit",
            endless_body(80 * MiB, chunked=False),
            {},
            {},
            DEFAULT,
            f"announced {80 * MiB} bytes",
        ),
        (
            "4 MiB chunked, client limit 1 MiB",
            endless_body(4 * MiB),
            {"max_response_bytes": MiB},
            {},
            MiB,
            "counted",
        ),
    ]
    for name, behaviour, settings, options, limit, counted in cases:
        for kind in ("basic", "session"):

            def vector(
                behaviour: Any = behaviour,
                settings: dict[str, Any] = settings,
                options: dict[str, Any] = options,
                limit: int = limit,
                counted: str = counted,
                kind: str = kind,
            ) -> list[str]:
                main.behave(behaviour)
                findings: list[str] = []
                with client(kind, main.url, **settings) as c:
                    error = failure(lambda: c.objects.get(id="1", options=options))
                _check(error, limit, counted, findings)
                return findings + leaks([error], kind)

            tally.run(f"sync {kind}, {name}", vector)

        def async_vector(
            behaviour: Any = behaviour,
            settings: dict[str, Any] = settings,
            options: dict[str, Any] = options,
            limit: int = limit,
            counted: str = counted,
        ) -> list[str]:
            main.behave(behaviour)
            findings: list[str] = []

            async def call() -> Any:
                async with async_client("token", main.url, **settings) as c:
                    return await c.objects.get(id="1", options=options)

            error = afailure(call)
            _check(error, limit, counted, findings)
            return findings + leaks([error], "token")

        tally.run(f"async token, {name}", async_vector)

    def error_body() -> list[str]:
        # an error answer only feeds a message: its body is cut at 1 MiB, the error stays the server's
        main.behave(endless_body(8 * MiB, status=500))
        findings: list[str] = []
        with client("basic", main.url, max_retries=0) as c:
            error = failure(lambda: c.objects.get(id="1"))
        if expect(error, SaymonServerError, findings):
            assert isinstance(error, SaymonServerError)
            if len(error.response.content) > MiB:
                findings.append(
                    f"an error body of {len(error.response.content)} bytes was kept"
                )
        return findings + leaks([error], "basic")

    tally.run("sync, an 8 MiB error body", error_body)
    tally.report(capsys)
