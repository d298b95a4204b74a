"""Keeps secrets out of messages and logs."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

REDACTED = "[REDACTED]"
SECRET_QUERY = frozenset({"api-token", "auth-token", "password", "sid", "csrf"})
SECRET_HEADERS = frozenset({"authorization", "cookie", "set-cookie", "x-csrf-token", "proxy-authorization"})


def redact_url(url: str) -> str:
    """The URL with credentials in its user info or secret query parameters replaced."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        netloc = f"{REDACTED}@{netloc.rsplit('@', 1)[1]}"
    query = parts.query
    if query:
        pairs = [(k, REDACTED if k.lower() in SECRET_QUERY else v) for k, v in parse_qsl(query, keep_blank_values=True)]
        query = urlencode(pairs, safe="[]")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def redact_headers(headers: Iterable[tuple[str, str]] | Mapping[str, str]) -> dict[str, str]:
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {k: (REDACTED if k.lower() in SECRET_HEADERS else v) for k, v in items}


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every known secret value replaced."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return text
