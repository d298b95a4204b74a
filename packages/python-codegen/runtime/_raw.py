"""Raw response access: the answer itself (status, headers, bytes) beside the typed value."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar, cast

if TYPE_CHECKING:
    import httpx

T = TypeVar("T", covariant=True)

_UNPARSED = object()


class RawResponse(Generic[T]):
    """
    The answer to one call: ``status_code``, ``headers``, ``http_response`` (the ``httpx.Response``, body read) and
    ``parse()``, which gives what the typed method returns (parsed and validated once, on the first call).
    """

    __slots__ = ("_parse", "_parsed", "http_response")

    def __init__(self, http_response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: object = _UNPARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> T:
        if self._parsed is _UNPARSED:
            self._parsed = self._parse()
        return cast("T", self._parsed)

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code})"
