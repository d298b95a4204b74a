"""
Time: ``timeout`` bounds the whole call. A server that drips a body or its headers a byte at a time, a session login
that drips, and a ``Retry-After`` that ends after the deadline: each call ends well within a loose liveness bound
(the server alone would hold it 20 s; the bound is 10 s for a 2 s timeout), with the right typed error.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from hostile.hostile_server import Servers, busy, drip, endless_headers
from hostile.probe import Tally, afailure, async_client, client, expect, failure, leaks

from saymon_sdk import SaymonRateLimitError, SaymonServerError, SaymonTimeoutError

LIVENESS = 10.0  # seconds: a loose bound (the drips last 20 s), not a speed measure


def _bounded(started: float, findings: list[str]) -> None:
    if time.monotonic() - started > LIVENESS:
        findings.append(
            f"the call took {time.monotonic() - started:.1f} s: the timeout did not bound it"
        )


def test_slow_servers_are_bounded_by_the_timeout(servers: Servers, capsys: Any) -> None:
    tally = Tally("time")
    main = servers.main
    calls: dict[str, tuple[str, Callable[[Any], Any]]] = {
        "GET JSON answer": ("basic", lambda c: c.objects.get(id="1")),
        "POST answer": ("token", lambda c: c.objects.create(body={"name": "x"})),
        "answer to a session call": ("session", lambda c: c.objects.get(id="1")),
    }
    for name, (kind, call) in calls.items():
        for what, behaviour in (("body", drip()), ("headers", endless_headers())):

            def vector(
                kind: str = kind,
                call: Callable[[Any], Any] = call,
                behaviour: Any = behaviour,
            ) -> list[str]:
                main.behave(behaviour)
                findings: list[str] = []
                started = time.monotonic()
                with client(kind, main.url, timeout=2.0) as c:
                    error = failure(lambda: call(c))
                _bounded(started, findings)
                expect(error, SaymonTimeoutError, findings)
                return findings + leaks([error], kind)

            tally.run(
                f"sync, {name}: {what} dripped a byte every 400 ms, timeout 2", vector
            )

    for what, behaviour in (
        ("body", drip()),
        ("headers", endless_headers()),
        ("error body", drip(500)),
    ):

        def async_vector(behaviour: Any = behaviour) -> list[str]:
            main.behave(behaviour)
            findings: list[str] = []
            started = time.monotonic()

            async def call() -> Any:
                async with async_client("token", main.url, timeout=2.0) as c:
                    return await c.objects.get(id="1")

            error = afailure(call)
            _bounded(started, findings)
            expect(error, SaymonTimeoutError, findings)
            return findings + leaks([error], "token")

        tally.run(
            f"async, GET: {what} dripped a byte every 400 ms, timeout 2", async_vector
        )

    for run_async in (False, True):

        def login_vector(run_async: bool = run_async) -> list[str]:
            main.behave(drip(), hostile_login=True)
            findings: list[str] = []
            started = time.monotonic()
            if run_async:

                async def call() -> Any:
                    async with async_client("session", main.url, timeout=2.0) as c:
                        return await c.objects.get(id="1")

                error = afailure(call)
            else:
                with client("session", main.url, timeout=2.0) as c:
                    error = failure(lambda: c.objects.get(id="1"))
            _bounded(started, findings)
            expect(error, SaymonTimeoutError, findings)
            return findings + leaks([error], "session")

        tally.run(
            f"{'async' if run_async else 'sync'}, the session login drips its answer, timeout 2",
            login_vector,
        )
    tally.report(capsys)


RETRY_AFTER = (
    ("429, Retry-After: 10 (seconds)", 429, "10", SaymonRateLimitError),
    ("503, Retry-After: 10 (seconds)", 503, "10", SaymonServerError),
    ("429, Retry-After: an HTTP date an hour ahead", 429, "", SaymonRateLimitError),
)


def _http_date(seconds: float) -> str:
    from email.utils import formatdate

    return formatdate(time.time() + seconds, usegmt=True)


def test_retry_after_past_the_deadline_fails_at_once(
    servers: Servers, capsys: Any
) -> None:
    """The rule of both SDKs: a wait that ends after the deadline is not waited out; the server's answer is raised."""
    tally = Tally("time: Retry-After")
    main = servers.main
    for name, status, after, kind in RETRY_AFTER:
        for run_async in (False, True):

            def vector(
                status: int = status,
                after: str = after,
                kind: type[Exception] = kind,
                run_async: bool = run_async,
            ) -> list[str]:
                sent = after or _http_date(3600)
                main.behave(busy(status, sent))
                findings: list[str] = []
                started = time.monotonic()
                if run_async:

                    async def call() -> Any:
                        async with async_client(
                            "basic", main.url, timeout=1.0, max_retries=1
                        ) as c:
                            return await c.objects.get(id="1")

                    error = afailure(call)
                else:
                    with client("basic", main.url, timeout=1.0, max_retries=1) as c:
                        error = failure(lambda: c.objects.get(id="1"))
                # the wait alone is 10 s or an hour: a call that waits it out is far past this bound
                if time.monotonic() - started > 5.0:
                    findings.append(
                        f"the call took {time.monotonic() - started:.1f} s: it waited past its deadline"
                    )
                if expect(error, kind, findings):
                    assert isinstance(error, (SaymonRateLimitError, SaymonServerError))
                    if error.status != status:
                        findings.append(f"status {error.status}, expected {status}")
                    if "slow down" not in (
                        error.server_message or ""
                    ) or "slow down" not in str(error):
                        findings.append("SAYMON's message is missing from the error")
                    if error.headers.get("retry-after") != sent:
                        findings.append(
                            f"the error does not carry the Retry-After the server sent ({sent!r})"
                        )
                if len(main.calls()) != 1:
                    findings.append(
                        f"{len(main.calls())} requests sent, expected 1 (no retry can end in time)"
                    )
                return findings + leaks([error], "basic")

            tally.run(
                f"{'async' if run_async else 'sync'}, {name}, timeout 1, max_retries 1",
                vector,
            )

    def in_time() -> list[str]:
        main.behave(busy(429, "1"))
        with client("basic", main.url, timeout=8.0, max_retries=1) as c:
            error = failure(lambda: c.objects.get(id="1"))
        findings: list[str] = []
        expect(error, SaymonRateLimitError, findings)
        if len(main.calls()) != 2:
            findings.append(
                f"a Retry-After within the deadline was not honoured: {len(main.calls())} requests"
            )
        return findings

    tally.run(
        "sync, 429, Retry-After: 1 within a timeout of 8: waited and retried", in_time
    )
    tally.report(capsys)
