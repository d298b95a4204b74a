"""Keeps secrets out of messages and logs; which names and values are secrets is ``_secrets``'s call."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from ._secrets import MIN_SECRET_LENGTH, REDACTED, is_secret_name

__all__ = ["REDACTED", "call_secrets", "redact_headers", "redact_text", "redact_url", "remember_call_secret", "scrub"]

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
_NAME_VALUE = re.compile(r"""(^|[\s?&;,"'(<\[])([\w.-]+)=([^&\s;"'<>,)\]]+)""")


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


def redact_headers(headers: Iterable[tuple[str, str]] | Mapping[str, str]) -> dict[str, str]:
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {k: (REDACTED if is_secret_name(k) else v) for k, v in items}


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every known secret value (as given, and percent-encoded as in a URL) replaced, the secrets of
    the calls made in this context too."""
    every = (*secrets, *_CALL_SECRETS.get())
    forms = {form for secret in every if secret for form in (secret, quote(secret, safe=""), quote(secret))}
    for form in sorted((f for f in forms if len(f) >= MIN_SECRET_LENGTH), key=len, reverse=True):
        text = text.replace(form, REDACTED)
    return text


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with known secret values and the values of secret ``name=value`` pairs (``api-token=…``,
    ``sid=…`` in a cookie) replaced."""
    return _NAME_VALUE.sub(
        lambda m: f"{m.group(1)}{m.group(2)}={REDACTED}" if is_secret_name(m.group(2)) else m.group(0),
        scrub(text, secrets),
    )
