"""
What the hostile suites share: clients with known secrets, every rendering of every object an error carries, the
search for a secret in any of the forms a server or a library may print it, and the vectors tried / findings tally.
"""

from __future__ import annotations

import asyncio
import base64
import html
import json
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
from hostile.hostile_server import CSRF, SID

import saymon_sdk
from saymon_sdk import (
    AsyncClient,
    BasicAuth,
    Client,
    SaymonError,
    SessionAuth,
    TokenAuth,
)

# a password with what JSON (é, ö), URLs (space, +, &) and HTML (&, <, >) escape
PASSWORD = "Sécr3t pass+wörd&<x>"
TOKEN = "tok-9d8e7f6a5b4c3d2e"
BASIC = base64.b64encode(f"admin:{PASSWORD}".encode()).decode()
KINDS = ("basic", "token", "session")
#: what a client of each kind knows, hence must never show (another kind's secret is just text to it)
SECRETS = {
    "basic": (PASSWORD, BASIC),
    "token": (TOKEN,),
    "session": (PASSWORD, SID, CSRF),
}


def auth(kind: str) -> Any:
    if kind == "basic":
        return BasicAuth("admin", PASSWORD)
    if kind == "token":
        return TokenAuth(TOKEN)
    return SessionAuth("admin", PASSWORD)


def client(kind: str, url: str, **options: Any) -> Client:
    made = Client(url, auth=auth(kind), **options)
    made._config = made._config.but(random=lambda: 0.0)  # no jitter in the backoff
    return made


def async_client(kind: str, url: str, **options: Any) -> AsyncClient:
    made = AsyncClient(url, auth=auth(kind), **options)
    made._config = made._config.but(random=lambda: 0.0)
    return made


def failure(call: Callable[[], Any]) -> BaseException | None:
    try:
        call()
    except BaseException as error:  # noqa: BLE001 - the error is what is tested
        return error
    return None


def afailure(call: Callable[[], Awaitable[Any]]) -> BaseException | None:
    async def run() -> BaseException | None:
        try:
            await call()
        except BaseException as error:  # noqa: BLE001
            return error
        return None

    return asyncio.run(run())


def expect(
    error: BaseException | None, kind: type[BaseException], findings: list[str]
) -> bool:
    if not isinstance(error, kind):
        shown = (
            f"{type(error).__name__}: {str(error)[:160]}"
            if error is not None
            else "no error"
        )
        findings.append(f"expected {kind.__name__}, got {shown}")
        return False
    return True


def expect_named(error: BaseException | None, name: str, findings: list[str]) -> bool:
    """``expect`` for an error class by name: a client without that class still gets its behaviour reported."""
    if not isinstance(error, SaymonError):
        shown = (
            f"{type(error).__name__}: {str(error)[:120]}"
            if error is not None
            else "none: it returned as if done"
        )
        findings.append(f"expected a SaymonError, got {shown}")
        return False
    kind = getattr(saymon_sdk, name, None)
    if kind is None:
        findings.append(
            f"saymon_sdk has no {name}, got {type(error).__name__}: {str(error)[:120]}"
        )
        return False
    return expect(error, kind, findings)


# --- renderings ---------------------------------------------------------------------------------------------------
def renderings(value: Any) -> list[str]:
    """``str`` and ``repr`` of an error and of everything it carries: attributes, args, response, request, context."""
    out: list[str] = []
    seen: set[int] = set()

    def walk(item: Any, depth: int) -> None:
        if (
            item is None
            or depth > 6
            or id(item) in seen
            or isinstance(item, (int, float, bool))
        ):
            return
        seen.add(id(item))
        out.extend((str(item), repr(item)))
        if isinstance(item, BaseException):
            for arg in item.args:
                walk(arg, depth + 1)
            for attribute in vars(item).values():
                walk(attribute, depth + 1)
            walk(item.__context__, depth + 1)
            walk(item.__cause__, depth + 1)
        elif isinstance(item, httpx.Response):
            out.append(str(item.headers.multi_items()))
            try:
                out.append(item.text)
            except httpx.ResponseNotRead:
                pass
            walk(item.request, depth + 1)
        elif isinstance(item, httpx.Request):
            out.extend((str(item.url), str(item.headers.multi_items())))
            try:
                out.append(item.content.decode("utf-8", "replace"))
            except httpx.RequestNotRead:
                pass
        elif isinstance(item, dict):
            out.append(json.dumps(item, ensure_ascii=False, default=str))
            for key, entry in item.items():
                walk(key, depth + 1)
                walk(entry, depth + 1)
        elif isinstance(item, (list, tuple)):
            for entry in item:
                walk(entry, depth + 1)
        elif hasattr(item, "__dict__") and type(item).__module__.startswith(
            ("saymon_sdk", "httpx", "h11", "httpcore")
        ):
            for attribute in vars(item).values():
                walk(attribute, depth + 1)

    walk(value, 0)
    return out


def forms(secret: str) -> set[str]:
    """A secret as a server or a library may print it: raw, JSON-, URL-, HTML- and Python-escaped."""
    found = {
        secret,
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        quote(secret, safe=""),
        quote_plus(secret, safe=""),
        html.escape(secret),
        repr(secret)[1:-1],
        repr(secret.encode())[2:-1],
    }
    return {form for form in found if len(form) >= 3}


def leaks(objects: list[Any], kind: str | tuple[str, ...]) -> list[str]:
    """A finding per form of a secret (of a client ``kind``, or given) found in any rendering of ``objects``."""
    secrets = SECRETS[kind] if isinstance(kind, str) else kind
    findings: list[str] = []
    texts = [text for item in objects for text in renderings(item)]
    for secret in secrets:
        for form in forms(secret):
            hit = next((text for text in texts if form in text), None)
            if hit is not None:
                at = hit.index(form)
                findings.append(
                    f"secret {secret[:6]}… shown as {form!r} in …{hit[max(at - 60, 0) : at + 20]!r}"
                )
    return findings


# --- tally --------------------------------------------------------------------------------------------------------
class Tally:
    """Runs vectors (a name and a function returning findings) and reports vectors tried / findings."""

    def __init__(self, suite: str) -> None:
        self.suite = suite
        self.vectors = 0
        self.findings: list[str] = []

    def run(self, name: str, vector: Callable[[], list[str]]) -> None:
        self.vectors += 1
        try:
            found = vector()
        except Exception as error:  # noqa: BLE001 - an unexpected crash is a finding too
            found = [f"crashed: {type(error).__name__}: {str(error)[:200]}"]
        self.findings.extend(f"{name}: {finding}" for finding in found)

    def report(self, capsys: Any) -> None:
        with capsys.disabled():
            print(
                f"\n[hostile:{self.suite}] vectors tried: {self.vectors}, findings: {len(self.findings)}"
            )
            for finding in self.findings:
                print(f"  - {finding}")
        assert self.vectors > 0
        assert not self.findings, (
            f"{len(self.findings)} findings in {self.vectors} vectors:\n"
            + "\n".join(self.findings)
        )
