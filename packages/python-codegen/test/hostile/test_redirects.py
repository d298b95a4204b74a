"""
Redirects and answers that are not JSON: no redirect is followed (same origin or not), so nothing is re-sent and no
credential reaches another origin; a write that was redirected did nothing and says so (``SaymonRedirectError``). A
JSON endpoint that gets HTML or a cut document raises ``SaymonResponseFormatError`` in every validation mode: both
are ``SaymonError``\\ s, never a bare ``json.JSONDecodeError`` or a silent ``None``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from hostile.hostile_server import Servers, redirect, respond
from hostile.probe import (
    auth,
    expect_named,
    KINDS,
    PASSWORD,
    TOKEN,
    Tally,
    afailure,
    async_client,
    client,
    failure,
    leaks,
)

import saymon_sdk
from saymon_sdk import Client

CALLS: dict[str, Callable[[Any], Any]] = {
    "incidents.acknowledge": lambda c: c.incidents.acknowledge(id="1"),
    "objects.delete": lambda c: c.objects.delete(id="1"),
    "objects.set_stat": lambda c: c.objects.set_stat(id="1", body={"cpu": 1}),
    "objects.get": lambda c: c.objects.get(id="1"),
}


def test_redirects_are_never_taken(servers: Servers, capsys: Any) -> None:
    tally = Tally("redirects")
    main, other = servers.main, servers.other
    targets = {
        "another origin": f"{other.url}/node/api/objects/1?api-token={TOKEN}",
        "the same origin": "/node/api/elsewhere",
    }
    for status in (301, 302, 303, 307, 308):
        for where, location in targets.items():
            for name, call in CALLS.items():
                for kind in KINDS:

                    def vector(
                        status: int = status,
                        location: str = location,
                        call: Callable[[Any], Any] = call,
                        kind: str = kind,
                    ) -> list[str]:
                        main.behave(redirect(status, location))
                        other.behave(lambda conn, seen: respond(conn, 200, "{}"))
                        findings: list[str] = []
                        with client(kind, main.url) as c:
                            error = failure(lambda: call(c))
                        if expect_named(error, "SaymonRedirectError", findings):
                            assert isinstance(error, saymon_sdk.SaymonRedirectError)
                            cross = location.startswith("http")
                            if (
                                error.status != status
                                or error.cross_origin is not cross
                            ):
                                findings.append(
                                    f"status {error.status}, cross_origin {error.cross_origin}"
                                )
                        if other.seen:
                            findings.append(
                                f"{len(other.seen)} requests reached the other origin"
                            )
                        if len(main.calls()) != 1:
                            findings.append(
                                f"{len(main.calls())} requests to the server, expected 1 (none followed)"
                            )
                        return findings + leaks([error], kind)

                    tally.run(f"{status} to {where}, {name}, {kind}", vector)

    def async_vector() -> list[str]:
        main.behave(redirect(307, targets["another origin"]))
        other.seen.clear()
        findings: list[str] = []

        async def call() -> Any:
            async with async_client("session", main.url) as c:
                return await c.objects.delete(id="1")

        error = afailure(call)
        expect_named(error, "SaymonRedirectError", findings)
        if other.seen:
            findings.append("a request reached the other origin")
        return findings + leaks([error], "session")

    tally.run("async, 307 to another origin, objects.delete, session", async_vector)

    for kind in KINDS:

        def own_http_client(kind: str = kind) -> list[str]:
            # an http_client= that follows redirects itself: the SDK still takes none
            main.behave(redirect(307, f"{other.url}/node/api/objects/1"))
            other.behave(lambda conn, seen: respond(conn, 200, "{}"))
            findings: list[str] = []
            with httpx.Client(follow_redirects=True) as http:
                c = Client(main.url, auth=auth(kind), http_client=http)
                error = failure(lambda: c.objects.delete(id="1"))
            expect_named(error, "SaymonRedirectError", findings)
            if other.seen:
                sent = {
                    k: v
                    for k, v in other.seen[0].headers.items()
                    if k in ("cookie", "x-csrf-token", "authorization")
                }
                findings.append(
                    f"the redirect was followed to the other origin (credential headers: {sorted(sent)})"
                )
            return findings + leaks([error], kind)

        tally.run(
            f"307 to another origin through an http_client that follows redirects, {kind}",
            own_http_client,
        )
    tally.report(capsys)


ANSWERS: dict[str, tuple[str, str]] = {
    "an HTML login page with status 200": (
        "text/html",
        f"<html><body><h1>Login</h1><p>{PASSWORD}</p></body></html>",
    ),
    "HTML sent as application/json": (
        "application/json",
        "<!doctype html><html><p>proxy error</p></html>",
    ),
    "a JSON document cut in the middle": ("application/json", '{"id":"1","name":"ser'),
    "XML": ("application/xml", "<?xml version='1.0'?><error>maintenance</error>"),
    "a multi-line text page": ("text/plain", "Service unavailable\nplease retry later"),
}


def test_answers_that_are_not_json_raise_a_format_error(
    servers: Servers, capsys: Any
) -> None:
    tally = Tally("redirects: not JSON")
    main = servers.main
    for name, (content_type, body) in ANSWERS.items():
        for validation in ("strict", "off"):
            for kind in KINDS:

                def vector(
                    content_type: str = content_type,
                    body: str = body,
                    validation: str = validation,
                    kind: str = kind,
                ) -> list[str]:
                    main.behave(
                        lambda conn, seen: respond(
                            conn, 200, body, content_type=content_type
                        )
                    )
                    findings: list[str] = []
                    with client(kind, main.url, response_validation=validation) as c:
                        error = failure(lambda: c.objects.get(id="1"))
                    if expect_named(error, "SaymonResponseFormatError", findings):
                        assert isinstance(error, saymon_sdk.SaymonResponseFormatError)
                        if error.status != 200 or error.endpoint_id != "objects.get":
                            findings.append(
                                f"status {error.status}, endpoint {error.endpoint_id}"
                            )
                    return findings + leaks([error], kind)

                tally.run(f"{name}, validation {validation}, {kind}", vector)

    def async_vector() -> list[str]:
        content_type, body = ANSWERS["an HTML login page with status 200"]
        main.behave(
            lambda conn, seen: respond(conn, 200, body, content_type=content_type)
        )
        findings: list[str] = []

        async def call() -> Any:
            async with async_client("token", main.url) as c:
                return await c.objects.get(id="1")

        error = afailure(call)
        expect_named(error, "SaymonResponseFormatError", findings)
        return findings + leaks([error], "token")

    tally.run("async, an HTML login page with status 200", async_vector)
    tally.report(capsys)
