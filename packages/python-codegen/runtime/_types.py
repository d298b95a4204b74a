"""Shared small types: the ``NOT_GIVEN`` sentinel and per-call options."""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, Any, Final, Literal, TypedDict

from typing_extensions import NotRequired

#: ``warn`` (default): an answer that does not match its model is logged once per endpoint and handed out typed
#: wherever it matches; ``strict`` raises ``SaymonResponseValidationError``; ``off`` hands out the JSON unchecked
ResponseValidation = Literal["strict", "warn", "off"]

#: a ``multipart/form-data`` body (uploads): ``str`` values are form fields, files are ``bytes`` or
#: ``(filename, bytes)`` / ``(filename, bytes, content type)``
MultipartFields = Mapping[str, "str | bytes | tuple[str, bytes] | tuple[str, bytes, str]"]

#: the ``files=`` of an upload (``objects.add_document``, ``links.add_document``): form field name (SAYMON reads
#: ``file``) to the content as ``bytes`` or an open binary file, bare or as ``(filename, content)`` /
#: ``(filename, content, content type)``
UploadFiles = Mapping[str, "bytes | IO[bytes] | tuple[str, bytes | IO[bytes]] | tuple[str, bytes | IO[bytes], str]"]


class NotGiven:
    """The type of ``NOT_GIVEN``: an argument left out, as opposed to ``None`` (JSON ``null`` in a body; a query
    parameter set to ``None`` is left out too, as a URL has no null)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


class RequestOptions(TypedDict, total=False):
    """Per-call options, the last keyword of every method (``options={"timeout": 5}``)."""

    timeout: NotRequired[float | None]
    """Seconds for the whole call (session login, retries, their waits and the body); ``None`` waits forever."""
    max_retries: NotRequired[int]
    idempotent: NotRequired[bool]
    """Retry a POST or PATCH too (only when repeating it is harmless)."""
    extra_headers: NotRequired[dict[str, str]]
    extra_query: NotRequired[dict[str, Any]]
    """Query parameters the registry does not know, sent as given."""
    extra_body: NotRequired[dict[str, Any]]
    """Fields merged into a JSON object body."""
    response_validation: NotRequired[ResponseValidation]
    max_response_bytes: NotRequired[int | None]
    """The most bytes of an answer read into memory, counted as the body decodes; ``None`` for no limit."""
