"""Keeps secrets out of messages and logs; which names and values are secrets is ``_secrets``'s call."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, quote, quote_plus, urlencode, urlsplit, urlunsplit

from ._secrets import MIN_SECRET_LENGTH, REDACTED, is_secret_name

__all__ = [
    "REDACTED",
    "call_secrets",
    "redact_headers",
    "redact_json",
    "redact_text",
    "redact_url",
    "remember_call_secret",
    "scrub",
    "shown_url",
]

#: secrets of the calls made in this thread or task (a session id in a path marked secret by the registry)
_CALL_SECRETS: ContextVar[tuple[str, ...]] = ContextVar("saymon_sdk_call_secrets", default=())


def remember_call_secret(value: str) -> None:
    """Keeps ``value`` (a secret path parameter of a call being made) out of errors and logs in this context."""
    known = _CALL_SECRETS.get()
    if value and value not in known:
        _CALL_SECRETS.set((*known, value)[-32:])


def call_secrets() -> tuple[str, ...]:
    return _CALL_SECRETS.get()


#: ``name=value`` after the start, a space or a separator; the value up to the next separator
#: as text: ``re`` compiles it on first use and caches it (nothing is compiled by ``import saymon_sdk``)
_NAME_VALUE = r"""(^|[\s?&;,"'(<\[])([\w.-]+)=([^&\s;"'<>,)\]]+)"""


def redact_url(url: str) -> str:
    """The URL with credentials in its user info or secret query parameters replaced."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        netloc = f"{REDACTED}@{netloc.rsplit('@', 1)[1]}"
    query = parts.query
    if query:
        pairs = [(k, REDACTED if is_secret_name(k) else v) for k, v in parse_qsl(query, keep_blank_values=True)]
        query = urlencode(pairs, safe="[]")
    return scrub(urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment)), ())


def redact_headers(
    headers: Iterable[tuple[str, str]] | Mapping[str, str], secrets: Iterable[str] = ()
) -> dict[str, str]:
    """Credential headers replaced by name; any other value with a known secret in it redacted."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    known = tuple(secrets)
    return {k: (REDACTED if is_secret_name(k) else redact_text(v, known)) for k, v in items}


def variants(secret: str) -> list[str]:
    """The forms a secret takes when a server or a library echoes it: URL, JSON, HTML and Python escapes."""
    as_json = json.dumps(secret)[1:-1]
    forms = [
        secret,
        as_json,
        json.dumps(secret, ensure_ascii=False)[1:-1],
        json.dumps(as_json)[1:-1],  # JSON quoted inside JSON (SAYMON's 401 messages)
        quote(secret, safe=""),
        quote(secret, safe="").lower(),
        quote(secret),
        quote_plus(secret, safe=""),
        html.escape(secret),
        html.escape(secret).replace("&quot;", "&#34;").replace("&#x27;", "&#39;"),
        repr(secret)[1:-1],  # a str in a library's message (h11: "Illegal header value ...")
        repr(secret.encode())[2:-1],  # bytes, as h11 and httpcore quote header values
    ]
    return [form for form in dict.fromkeys(forms) if len(form) >= MIN_SECRET_LENGTH]


@lru_cache(maxsize=64)
def _pattern(secrets: tuple[str, ...]) -> re.Pattern[str] | None:
    forms = sorted({form for secret in secrets for form in variants(secret)}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, forms))) if forms else None


def scrub(text: str, secrets: Iterable[str]) -> str:
    """
    ``text`` with every known secret value replaced (the secrets of the calls made in this context too), in the forms
    a server or a library echoes it: raw, JSON-escaped (``S\\u00e9cr3t``), URL- or ``+``-encoded, HTML-escaped,
    Python-escaped (``\\r\\n``). Run it on decoded text: a JSON answer is parsed first (``redact_json``).
    """
    every = (*secrets, *_CALL_SECRETS.get())
    pattern = _pattern(tuple(s for s in every if isinstance(s, str) and len(s) >= MIN_SECRET_LENGTH))
    return text if pattern is None else pattern.sub(REDACTED, text)


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with known secret values and the values of secret ``name=value`` pairs (``api-token=…``,
    ``sid=…`` in a cookie) replaced."""
    return re.sub(
        _NAME_VALUE,
        lambda m: f"{m.group(1)}{m.group(2)}={REDACTED}" if is_secret_name(m.group(2)) else m.group(0),
        scrub(text, secrets),
    )


def redact_json(value: Any, secrets: Iterable[str]) -> Any:
    """A parsed JSON value with every string (keys too) redacted (``redact_text``); the input is not changed."""
    known = tuple(secrets)
    if isinstance(value, str):
        return redact_text(value, known)
    if isinstance(value, list):
        return [redact_json(item, known) for item in value]
    if isinstance(value, dict):
        return {redact_text(str(k), known): redact_json(v, known) for k, v in value.items()}
    return value


def shown_url(url: str, secrets: Iterable[str]) -> str:
    """``redact_url``, plus any secret in the path or query redacted (the host is left alone: it is no secret)."""
    parts = urlsplit(redact_url(url))
    known = tuple(secrets)
    path, query = scrub(parts.path, known), scrub(parts.query, known)
    return urlunsplit((parts.scheme, parts.netloc, path, query, parts.fragment))
