"""Keeps secrets out of messages and logs."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, quote, quote_plus, urlencode, urlsplit, urlunsplit

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


def redact_headers(
    headers: Iterable[tuple[str, str]] | Mapping[str, str], secrets: Iterable[str] = ()
) -> dict[str, str]:
    """Credential headers replaced by name; any other value with a known secret in it scrubbed."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    known = tuple(secrets)
    return {k: (REDACTED if k.lower() in SECRET_HEADERS else scrub(v, known)) for k, v in items}


#: secrets shorter than this are not searched for in text (they would shred every message)
MIN_SECRET_LENGTH = 3


def _variants(secret: str) -> list[str]:
    """The forms a secret takes when a server or a library echoes it: URL, JSON, HTML and Python escapes."""
    as_json = json.dumps(secret)[1:-1]
    forms = [
        secret,
        as_json,
        json.dumps(secret, ensure_ascii=False)[1:-1],
        json.dumps(as_json)[1:-1],  # JSON quoted inside JSON (SAYMON's 401 messages)
        quote(secret, safe=""),
        quote(secret, safe="").lower(),
        quote_plus(secret, safe=""),
        html.escape(secret),
        html.escape(secret).replace("&quot;", "&#34;").replace("&#x27;", "&#39;"),
        repr(secret)[1:-1],  # a str in a library's message (h11: "Illegal header value ...")
        repr(secret.encode())[2:-1],  # bytes, as h11 and httpcore quote header values
    ]
    return [form for form in dict.fromkeys(forms) if len(form) >= MIN_SECRET_LENGTH]


@lru_cache(maxsize=64)
def _pattern(secrets: tuple[str, ...]) -> re.Pattern[str] | None:
    forms = sorted({form for secret in secrets for form in _variants(secret)}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, forms))) if forms else None


_BY_NAME = re.compile(
    r"((?:%s)=)[^&\s;\"'<>]+" % "|".join(map(re.escape, sorted(SECRET_QUERY, key=len, reverse=True))), re.I
)


def scrub(text: str, secrets: Iterable[str]) -> str:
    """
    ``text`` with every known secret replaced, in the escaped forms too (``S\\u00e9cr3t``, ``S%C3%A9cr3t``,
    ``a+b``, ``&amp;``, ``\\r\\n``), and the value of every ``api-token=``-style pair. Run it on decoded text: a
    JSON answer is parsed first and its strings scrubbed one by one (``scrub_json``).
    """
    pattern = _pattern(tuple(s for s in secrets if isinstance(s, str) and len(s) >= MIN_SECRET_LENGTH))
    if pattern is not None:
        text = pattern.sub(REDACTED, text)
    return _BY_NAME.sub(lambda m: m.group(1) + REDACTED, text)


def scrub_json(value: Any, secrets: Iterable[str]) -> Any:
    """A parsed JSON value with every string (keys too) scrubbed; the input is not changed."""
    known = tuple(secrets)
    if isinstance(value, str):
        return scrub(value, known)
    if isinstance(value, list):
        return [scrub_json(item, known) for item in value]
    if isinstance(value, dict):
        return {scrub(str(k), known): scrub_json(v, known) for k, v in value.items()}
    return value


def shown_url(url: str, secrets: Iterable[str]) -> str:
    """``redact_url``, plus any secret in the path or query scrubbed (the host is left alone: it is no secret)."""
    parts = urlsplit(redact_url(url))
    known = tuple(secrets)
    return urlunsplit((parts.scheme, parts.netloc, scrub(parts.path, known), scrub(parts.query, known), parts.fragment))
