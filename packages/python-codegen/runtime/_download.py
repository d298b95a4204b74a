"""
Streamed downloads of document files (``client.stream_document(doc)``): the answer is handed over chunk by chunk,
never read whole, still within the call's deadline and ``max_response_bytes`` (counted as it decodes).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import httpx

from ._answer import BodyReader
from ._deadline import DEADLINE, Deadline, running
from ._errors import SaymonValidationError
from ._wire import connection_error

#: where SAYMON serves the files of documents (a document's ``value``), on the API's own origin
DOCUMENT_PREFIX = "/node-resources/docs/"
_SAFE_PATH = re.compile(r"^/node-resources/docs/[^?#\\\\]+$")


class HasValue(Protocol):
    @property
    def value(self) -> str | None: ...


def document_path(document: str | HasValue) -> str:
    """The path of a document's file: its ``value`` (or the path itself), refused unless it is SAYMON's file path."""
    value = document if isinstance(document, str) else getattr(document, "value", None)
    if (
        not isinstance(value, str)
        or not _SAFE_PATH.match(value)
        or any(part in ("..", ".") for part in value.split("/"))
    ):
        shown = "a document without a value" if value is None else f"{value!r}"[:120]
        message = (
            f"stream_document takes a document whose value is a file path under {DOCUMENT_PREFIX} "
            f"(an uploaded file), got {shown}; a web-link document has no file on the server"
        )
        raise SaymonValidationError(message, issues=[{"path": ["document"], "message": message}])
    return value


class _Streamed:
    __slots__ = ("_deadline", "_reader", "_secrets", "http_response")

    def __init__(self, response: httpx.Response, *, limit: int | None, secrets: list[str]) -> None:
        self.http_response = response
        deadline = response.extensions.get(DEADLINE)
        self._deadline: Deadline = deadline if isinstance(deadline, Deadline) else Deadline(None)
        self._secrets = secrets
        # refuses a larger Content-Length before anything is read
        self._reader = BodyReader(response, limit=limit, deadline=self._deadline, secrets=secrets)
        self._reader.keep = False

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def bytes_read(self) -> int:
        """The decoded bytes handed out so far."""
        return self._reader.size

    def _failed(self, exc: httpx.RequestError) -> Exception:
        request = self.http_response.request
        return connection_error(exc, request.method, str(request.url), self._deadline, self._secrets)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, bytes_read={self.bytes_read})"


class Download(_Streamed):
    """A document's file as it arrives: ``status_code``, ``headers``, ``iter_bytes()``; closed by the ``with``."""

    __slots__ = ()

    def iter_bytes(self) -> Iterator[bytes]:
        """The decoded bytes, chunk by chunk as the network gives them."""
        from httpx import RequestError

        chunks = self.http_response.iter_bytes()
        while True:
            failure: Exception | None = None
            try:
                with running(self._deadline):
                    chunk = next(chunks)
            except StopIteration:
                return
            except RequestError as exc:
                failure = self._failed(exc)
            if failure is not None:  # raised outside ``except``: the error keeps no context with the request
                raise failure
            self._reader.add(chunk)
            yield chunk


class AsyncDownload(_Streamed):
    """``Download`` of the async client: ``async for chunk in download.aiter_bytes()``."""

    __slots__ = ()

    async def aiter_bytes(self) -> AsyncIterator[bytes]:
        """The decoded bytes, chunk by chunk as the network gives them."""
        from httpx import RequestError

        chunks = self.http_response.aiter_bytes()
        while True:
            failure: Exception | None = None
            try:
                with running(self._deadline):
                    chunk = await chunks.__anext__()
            except StopAsyncIteration:
                return
            except RequestError as exc:
                failure = self._failed(exc)
            if failure is not None:  # raised outside ``except``: the error keeps no context with the request
                raise failure
            self._reader.add(chunk)
            yield chunk
