"""Raw response access."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx


class RawResponse:
    """The ``httpx.Response`` of a call (status, headers, bytes) and ``parse()`` for what the typed method returns."""

    __slots__ = ("_parse", "http_response")

    def __init__(self, http_response: httpx.Response, parse: Callable[[], Any]) -> None:
        self.http_response = http_response
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> Any:
        return self._parse()

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code})"
