"""
Parsed URLs, kept per connection pool. httpx parses a request's URL in Python, which costs about as much as the rest
of building the request (≈ 12 µs of the ≈ 400 µs of CPU a small call takes on loopback), and a program calls the
same URLs again and again. An ``httpx.URL`` never changes once made, so one parse serves every call to the same URL
text: ``build_request`` copies it without parsing again. At most ``SIZE`` URLs are kept (all are dropped when the
table is full: a bulk run over thousands of ids costs one dict insert per call), and only as long as the client
lives (a token sent in the query is held by the client's auth anyway).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

SIZE = 512


class ParsedUrls:
    """URL text → ``httpx.URL``, shared by a client and the clients derived from it with ``with_options``."""

    __slots__ = ("_urls",)

    def __init__(self) -> None:
        self._urls: dict[str, httpx.URL] = {}

    def get(self, text: str) -> httpx.URL:
        url = self._urls.get(text)
        if url is None:
            import httpx  # loaded by the client already

            url = httpx.URL(text)  # raises as `build_request(text)` would, before anything is kept
            if len(self._urls) >= SIZE:
                self._urls.clear()
            self._urls[text] = url
        return url

    def clear(self) -> None:
        self._urls.clear()
