"""
Reading an answer within bounds, for the sync and async clients alike: no redirect is taken, the body is counted
as it decodes (``max_response_bytes``) and the call's deadline is checked between reads. An error answer is kept as
a redacted copy, so nothing an error carries shows a credential.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

if TYPE_CHECKING:
    import httpx

from ._deadline import Deadline
from ._errors import SaymonRedirectError, SaymonResponseTooLargeError, SaymonTimeoutError
from ._redact import REDACTED, variants, redact_headers, redact_text, shown_url
from ._secrets import MIN_SECRET_LENGTH, is_secret_name

#: default ``max_response_bytes``: answers are read into memory (the TypeScript SDK's default too)
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
#: error bodies only feed a message and a snippet: at most this much is read, the rest is dropped
ERROR_BODY_BYTES = 1024 * 1024
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
#: set in a response's ``extensions`` when its (error) body was cut at ``ERROR_BODY_BYTES``
TRUNCATED = "saymon_sdk.truncated"


def redirect_error(response: httpx.Response, secrets: list[str]) -> SaymonRedirectError | None:
    """The error for a redirect answer (none is followed, same origin or not), ``None`` for any other answer."""
    location = response.headers.get("location")
    if response.status_code not in REDIRECT_STATUSES or location is None:
        return None
    request_url = str(response.request.url)
    method = response.request.method
    url = shown_url(request_url, secrets)
    try:
        target = urljoin(request_url, location)
        here, there = urlsplit(request_url), urlsplit(target)
        cross: bool | None = (here.scheme, here.netloc) != (there.scheme, there.netloc)
        shown = shown_url(target, secrets)
        upgrade = here.scheme == "http" and there.scheme == "https" and here.hostname == there.hostname
    except ValueError:
        cross, shown, upgrade = None, redact_text(location, secrets), False
    hint = (
        f"; use that URL: Client({there.scheme + '://' + there.netloc!r})"
        if upgrade
        else "; the SDK does not follow redirects: if that is the SAYMON server, configure that URL"
    )
    return SaymonRedirectError(
        f"The server redirects to {shown}{hint} ({method} {url})",
        status=response.status_code,
        location=shown,
        cross_origin=cross,
        method=method,
        url=url,
    )


class BodyReader:
    """Collects a body chunk by chunk (decoded bytes) within the size limit and the call's deadline."""

    def __init__(
        self,
        response: httpx.Response,
        *,
        limit: int | None,
        deadline: Deadline,
        secrets: list[str],
    ) -> None:
        self.response = response
        #: the redacted URL is worked out only when an error needs it (it costs more than reading a small answer)
        self._secrets = secrets
        #: ``False`` for a download: the chunks go to the caller, only their sizes are counted here
        self.keep = True
        self.deadline = deadline
        self.limit = limit
        self.error_body = response.status_code >= 400
        # an error body is cut at ERROR_BODY_BYTES (not refused): it only feeds the message
        self.cap = min(limit or ERROR_BODY_BYTES, ERROR_BODY_BYTES) if self.error_body else limit
        self.chunks: list[bytes] = []
        self.size = 0
        if not self.error_body and limit is not None:
            # an encoded body's Content-Length counts the encoded bytes, not what it decodes to; the encoding is
            # looked up only for a length past the limit (httpx walks every header on each lookup)
            value = response.headers.get("content-length", "").strip()
            if value.isdigit() and int(value) > limit and not _content_encoding(response):
                raise self._too_large(int(value))

    @property
    def method(self) -> str:
        return self.response.request.method

    @property
    def url(self) -> str:
        return shown_url(str(self.response.request.url), self._secrets)

    def add(self, chunk: bytes) -> bool:
        """Takes one chunk; ``False`` once an error body is full (stop reading). Raises past the limits."""
        if self.deadline.expired():
            raise SaymonTimeoutError(
                f"No answer within {self.deadline.seconds} s: the body was still arriving ({self.method} {self.url})",
                timeout=self.deadline.seconds,
                method=self.method,
                url=self.url,
            )
        self.size += len(chunk)
        if self.cap is not None and self.size > self.cap:
            if not self.error_body:
                raise self._too_large(None)
            self.chunks.append(chunk[: len(chunk) - (self.size - self.cap)])
            self.response.extensions[TRUNCATED] = True
            return False
        if self.keep:
            self.chunks.append(chunk)
        return True

    def done(self) -> None:
        # what httpx's own `read()` stores: `.content`, `.text` and `.json()` read it from here
        self.response._content = b"".join(self.chunks)

    def _too_large(self, announced: int | None) -> SaymonResponseTooLargeError:
        encoding = _content_encoding(self.response)
        if announced is not None:
            size = f"the server announced {announced} bytes (Content-Length)"
        else:
            decoded = f", after decoding {encoding}" if encoding else ""
            size = f"more than that arrived (bytes counted while reading{decoded})"
        return SaymonResponseTooLargeError(
            f"The answer exceeds max_response_bytes = {self.limit} bytes: {size} ({self.method} {self.url})",
            limit=self.limit or 0,
            content_length=announced,
            method=self.method,
            url=self.url,
        )


def _content_encoding(response: httpx.Response) -> str | None:
    value = response.headers.get("content-encoding", "").strip().lower()
    return value if value and value != "identity" else None


def drop_cut_secret(text: str, secrets: list[str]) -> str:
    """A body cut by a limit may end with a secret's beginning: that beginning is redacted too."""
    out = text.rstrip("\ufffd")  # a character cut in the middle
    for secret in secrets:
        for form in variants(secret):
            for length in range(len(form) - 1, MIN_SECRET_LENGTH - 1, -1):
                if out.endswith(form[:length]):
                    return out[: len(out) - length] + REDACTED
    return text


_DROPPED = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def redacted_copy(response: httpx.Response, text: str, secrets: list[str]) -> httpx.Response:
    """
    The answer an error keeps: its request with a redacted URL and headers, credential headers (``Set-Cookie``)
    replaced, secrets echoed in other headers or in the body (``text``, already decoded and scrubbed) removed.
    """
    import httpx

    sent = response.request
    # user info shown as "[REDACTED]@" would read as an IPv6 host
    url = shown_url(str(sent.url), secrets).replace(f"{REDACTED}@", "REDACTED@", 1)
    request = httpx.Request(sent.method, url, headers=redact_headers(sent.headers, secrets))
    headers = [
        (name, REDACTED if is_secret_name(name) else redact_text(value, secrets))
        for name, value in response.headers.multi_items()
        if name.lower() not in _DROPPED
    ]
    encoding = response.encoding or "utf-8"
    return httpx.Response(
        response.status_code, headers=headers, content=text.encode(encoding, errors="replace"), request=request
    )
