"""The exceptions every call can raise. Their ``str`` and ``repr`` never carry a secret."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


class SaymonError(Exception):
    """Base class of every error of this package."""

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        #: the request method and its redacted URL, when a call was being made
        self.method = method
        self.url = url

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class SaymonApiError(SaymonError):
    """SAYMON answered with an error status."""

    def __init__(
        self,
        *,
        status: int,
        code: str | None,
        server_message: str | None,
        error_code: int | None,
        body: Any,
        body_snippet: str | None,
        response: httpx.Response,
        method: str,
        url: str,
    ) -> None:
        what = code or f"HTTP {status}"
        detail = server_message or body_snippet or ""
        super().__init__(
            f"SAYMON answered {status} {what}{': ' + detail if detail else ''} ({method} {url})", method=method, url=url
        )
        self.status = status
        #: SAYMON's error code (``Unauthorized``, ``InvalidCredentials``, ``ResourceNotFound``, ...)
        self.code = code
        #: the server's message; for 401 answers the inner message (``Session expired.``)
        self.server_message = server_message
        #: the ``errorCode`` inside a 401 answer's JSON message
        self.error_code = error_code
        #: the parsed JSON error body, when there was one
        self.body = body
        #: the start of a body that was not JSON (an HTML page from a proxy)
        self.body_snippet = body_snippet
        #: the answer (status, headers such as ``Retry-After``, body), a copy with every secret redacted: its
        #: request's URL and headers, credential headers, and secrets the server echoed in headers or body
        self.response = response

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers


class SaymonBadRequestError(SaymonApiError):
    """400."""


class SaymonAuthenticationError(SaymonApiError):
    """401: missing, wrong or expired credentials."""


class SaymonPermissionError(SaymonApiError):
    """403: the user lacks a permission (or the CSRF token)."""


class SaymonNotFoundError(SaymonApiError):
    """404."""


class SaymonConflictError(SaymonApiError):
    """409."""


class SaymonRateLimitError(SaymonApiError):
    """429."""


class SaymonServerError(SaymonApiError):
    """5xx."""


class SaymonConnectionError(SaymonError):
    """No answer: connection refused or reset, DNS or TLS failure."""


class SaymonTimeoutError(SaymonConnectionError):
    """The call did not end within ``timeout`` seconds (session login, retries, waits and the body included)."""

    def __init__(
        self, message: str, *, timeout: float | None = None, method: str | None = None, url: str | None = None
    ) -> None:
        super().__init__(message, method=method, url=url)
        #: the call's ``timeout`` in seconds
        self.timeout = timeout


class SaymonRedirectError(SaymonError):
    """
    The server answered with a redirect. None is followed (same origin or not): credentials never reach an address
    the caller did not configure, and a call that was redirected did nothing.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int,
        location: str | None,
        cross_origin: bool | None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message, method=method, url=url)
        #: 301, 302, 303, 307 or 308
        self.status = status
        #: where the server redirects to (credentials redacted)
        self.location = location
        #: whether the target is another origin than the configured server (``None`` when unreadable)
        self.cross_origin = cross_origin


class SaymonResponseTooLargeError(SaymonError):
    """The answer is larger than ``max_response_bytes``; nothing more was read."""

    def __init__(
        self,
        message: str,
        *,
        limit: int,
        content_length: int | None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message, method=method, url=url)
        #: the limit in bytes
        self.limit = limit
        #: the option that set it
        self.option = "max_response_bytes"
        #: the ``Content-Length`` the answer was refused on before reading (``None`` when counted while reading)
        self.content_length = content_length


class SaymonValidationError(SaymonError):
    """The input was rejected before anything was sent."""

    def __init__(self, message: str, *, issues: list[dict[str, Any]], endpoint_id: str | None = None) -> None:
        super().__init__(message)
        #: ``{"path": [...], "message": ...}`` for each problem
        self.issues = issues
        self.endpoint_id = endpoint_id


class SaymonResponseValidationError(SaymonError):
    """The answer does not match the endpoint's response model (``response_validation="strict"``)."""

    def __init__(self, message: str, *, issues: list[dict[str, Any]], endpoint_id: str, status: int) -> None:
        super().__init__(message)
        self.issues = issues
        self.endpoint_id = endpoint_id
        self.status = status


class SaymonResponseFormatError(SaymonResponseValidationError):
    """
    A JSON endpoint got an answer that is not JSON (a proxy's HTML login page, a body cut off in the middle). Raised in
    every ``response_validation`` mode, ``"off"`` included.
    """

    def __init__(
        self,
        message: str,
        *,
        endpoint_id: str,
        status: int,
        content_type: str | None,
        body_snippet: str | None,
    ) -> None:
        super().__init__(message, issues=[{"path": [], "message": message}], endpoint_id=endpoint_id, status=status)
        #: the answer's ``Content-Type``
        self.content_type = content_type
        #: the start of the answer as plain text (tags stripped, secrets redacted), at most 200 characters
        self.body_snippet = body_snippet


_BY_STATUS: dict[int, type[SaymonApiError]] = {
    400: SaymonBadRequestError,
    401: SaymonAuthenticationError,
    403: SaymonPermissionError,
    404: SaymonNotFoundError,
    409: SaymonConflictError,
    429: SaymonRateLimitError,
}


def api_error_class(status: int) -> type[SaymonApiError]:
    if status >= 500:
        return SaymonServerError
    return _BY_STATUS.get(status, SaymonApiError)
