"""
The SDK's own httpx clients keep no cookies. ``SessionAuth`` sends the session's ``sid`` and ``csrf`` itself, on the
calls made with it; httpx's cookie jar on the shared connection pool also sent them on the calls of every client
derived with ``with_options`` (with another auth, or none, a call answered as the session's user). Reading each
answer's ``Set-Cookie`` into that jar was besides the largest single cost of a small call (≈ 20 µs of CPU of httpx's
≈ 400 µs on loopback: two urllib compatibility objects and an ``email.message`` per answer). A client passed in as
``http_client`` keeps its jar: the SDK leaves it as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx


def _ignore_set_cookie(response: httpx.Response) -> None:
    """``Cookies.extract_cookies`` of the SDK's own clients: an answer's ``Set-Cookie`` is not kept."""


def keep_no_cookies(client: httpx.Client | httpx.AsyncClient) -> None:
    """Makes a client the SDK made (never one passed in) drop the cookies answers set, as the TypeScript SDK does."""
    # httpx calls `client.cookies.extract_cookies(response)` on every answer; this client's jar object is its own
    client.cookies.extract_cookies = _ignore_set_cookie  # type: ignore[method-assign]
