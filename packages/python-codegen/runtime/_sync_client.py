"""The synchronous transport: auth, retries, errors and logging around one ``httpx.Client``."""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterator, Mapping
from logging import DEBUG
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlencode

from ._auth import Auth, SessionAuth
from ._answer import DEFAULT_MAX_RESPONSE_BYTES, REDIRECT_STATUSES, BodyReader, redirect_error
from ._config import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, KEEP, Config, logger, normalize_url, tls_verify
from ._deadline import CURRENT, DEADLINE, Deadline, running
from ._errors import SaymonApiError, SaymonError
from ._logs import log_retry as _log_retry
from ._parsed_urls import ParsedUrls
from ._redact import redact_url, shown_url
from ._types import NOT_GIVEN, NotGiven, RequestOptions, ResponseValidation, UploadFiles
from ._version import __version__
from ._wire import (
    api_error,
    build,
    connection_error,
    endpoint,
    is_session_gone,
    may_wait,
    parse,
    retry_delay,
    should_retry,
)

if TYPE_CHECKING:
    import httpx

    from ._download import Download, HasValue
    from ._raw import RawResponse

Self = TypeVar("Self", bound="BaseClient")
USER_AGENT = f"saymon-sdk-python/{__version__}"


class BaseClient:
    """Everything of ``Client`` except the endpoint groups (see ``_groups.py``)."""

    def __init__(
        self,
        url: str,
        *,
        auth: Auth | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        response_validation: ResponseValidation = "warn",
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        verify: bool | str | ssl.SSLContext = True,
        proxy: str | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._config = Config(
            base_url=normalize_url(url),
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            headers=dict(headers or {}),
            response_validation=response_validation,
            max_response_bytes=max_response_bytes,
        )
        self._owns_http = http_client is None
        self._urls = ParsedUrls()
        # httpx is imported by the first client, not by `import saymon_sdk` (nor is pydantic: by the first check)
        import httpx

        from ._cookies import keep_no_cookies
        from ._network import keep_deadline

        self._http = http_client or httpx.Client(
            verify=tls_verify(verify), proxy=proxy, headers={"user-agent": USER_AGENT}, follow_redirects=False
        )
        if http_client is None:
            keep_deadline(self._http)
            keep_no_cookies(self._http)

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def auth(self) -> Auth | None:
        return self._config.auth

    def with_options(
        self: Self,
        *,
        auth: Auth | None = KEEP,
        timeout: float | None = KEEP,
        max_retries: int = KEEP,
        headers: Mapping[str, str] = KEEP,
        response_validation: ResponseValidation = KEEP,
        max_response_bytes: int | None = KEEP,
    ) -> Self:
        """A client with some settings changed, sharing this one's connection pool (closing it is a no-op)."""
        clone = object.__new__(type(self))
        clone._config = self._config.but(
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            headers=KEEP if headers is KEEP else {**self._config.headers, **headers},
            response_validation=response_validation,
            max_response_bytes=max_response_bytes,
        )
        clone._owns_http = False
        clone._http = self._http
        clone._urls = self._urls
        return clone

    # lifecycle -------------------------------------------------------------------------------------------
    def close(self) -> None:
        if self._owns_http:
            self._http.close()
            self._urls.clear()

    def __enter__(self: Self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        auth = self._config.auth
        return f"{type(self).__name__}(url={self._config.base_url!r}, auth={auth.kind if auth else None!r})"

    # sessions --------------------------------------------------------------------------------------------
    def login(self) -> None:
        """Logs in (session auth), also after ``logout()``."""
        auth = self._config.auth
        if not isinstance(auth, SessionAuth):
            raise SaymonError("login() needs SessionAuth")
        auth.relogin(self._bare)

    def logout(self) -> None:
        """Ends the session; further calls fail with a clear error until ``login()``."""
        auth = self._config.auth
        if not isinstance(auth, SessionAuth):
            raise SaymonError("logout() needs SessionAuth")
        auth.logout(self._bare)

    # calls -----------------------------------------------------------------------------------------------
    def call(
        self,
        endpoint_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = NOT_GIVEN,
        files: UploadFiles | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> Any:
        """Any registry endpoint by id: ``client.call("objects.get", path={"id": "..."})``."""
        return self._request(
            endpoint_id,
            path=path or {},
            query=NOT_GIVEN if query is None else query,
            body=body,
            files=files,
            options=options,
        )

    def raw(
        self,
        endpoint_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = NOT_GIVEN,
        files: UploadFiles | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[Any]:
        """Like ``call`` but returns the answer itself (status, headers) with a ``parse()`` for the typed value."""
        return self._raw_request(
            endpoint_id,
            path=path or {},
            query=NOT_GIVEN if query is None else query,
            body=body,
            files=files,
            options=options,
        )

    def _raw_request(
        self,
        endpoint_id: str,
        *,
        path: Mapping[str, Any],
        query: Any,
        body: Any,
        options: RequestOptions | None,
        files: UploadFiles | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Any]:
        """What ``client.with_raw_response.<group>.<method>(...)`` calls: the answer, parsed on demand."""
        ep = endpoint(endpoint_id)
        opts = options or {}
        url_path, pairs, headers, content = build(ep, path, query, body, opts, files=files)
        response = self._send(ep.method, url_path, pairs, headers, content, opts, ep.auth)
        validation = opts.get("response_validation", self._config.response_validation)
        from ._raw import RawResponse

        return RawResponse(response, lambda: parse(ep, response, validation, self._config.warned, self._secrets()))

    def _request(
        self,
        endpoint_id: str,
        *,
        path: Mapping[str, Any],
        query: Any,
        body: Any,
        options: RequestOptions | None,
        files: UploadFiles | NotGiven = NOT_GIVEN,
    ) -> Any:
        ep = endpoint(endpoint_id)
        opts = options or {}
        url_path, pairs, headers, content = build(ep, path, query, body, opts, files=files)
        response = self._send(ep.method, url_path, pairs, headers, content, opts, ep.auth)
        return parse(
            ep,
            response,
            opts.get("response_validation", self._config.response_validation),
            self._config.warned,
            self._secrets(),
            # known from what was sent (`extra_query` included), not parsed back out of the request's URL
            ep.selection is not None and any(name == "fields" for name, _ in pairs),
        )

    def _bare(
        self, method: str, path: str, json_body: dict[str, str] | None, headers: dict[str, str] | None
    ) -> httpx.Response:
        """A call without auth or retries (session login and logout), within the running call's deadline."""
        h = {**self._config.headers, **(headers or {})}
        content = None
        if json_body is not None:
            import json

            content = json.dumps(json_body).encode()
            h["content-type"] = "application/json"
        url = self._config.base_url + path
        with running(CURRENT.get() or Deadline(self._config.timeout)) as deadline:
            request = self._http.build_request(
                method, url, headers=h, content=content, extensions={"timeout": deadline.timeouts()}
            )
            outcome = self._exchange(request, self._config.max_response_bytes, deadline)
        if isinstance(outcome, Exception):  # httpx.RequestError
            raise connection_error(outcome, method, url, deadline, self._secrets())
        if outcome.status_code >= 400:
            raise api_error(outcome, method, shown_url(url, self._secrets()), self._secrets())
        return outcome

    @contextmanager
    def stream_document(self, document: str | HasValue, *, options: RequestOptions | None = None) -> Iterator[Download]:
        """
        The file of an uploaded document (a ``Document`` or its ``value``), streamed: ``with client.stream_document(doc)
        as download: for chunk in download.iter_bytes(): ...``. Nothing is read into memory; the call's ``timeout`` and
        ``max_response_bytes`` (``None`` for none) still bound the whole download. Retried as a GET until the answer
        starts; an error answer raises as any call's does.
        """
        opts = options or {}
        from ._download import Download, document_path  # imported by the first download

        path = document_path(document)
        response = self._send("GET", path, [], {}, None, opts, True, stream=True)
        try:
            limit = opts.get("max_response_bytes", self._config.max_response_bytes)
            yield Download(response, limit=limit, secrets=self._secrets())
        finally:
            response.close()

    def _secrets(self) -> list[str]:
        auth = self._config.auth
        return auth.secrets() if auth else []

    def _exchange(
        self, request: httpx.Request, limit: int | None, deadline: Deadline, stream: bool = False
    ) -> httpx.Response | httpx.RequestError:
        """
        One attempt: the answer read within bounds, or the transport error (returned: raised outside ``except``).
        ``stream``: a 2xx answer is handed back unread and open (a download reads it).
        """
        import httpx  # loaded by the client already (a plain `import` of a loaded module costs next to nothing)

        try:
            response = self._http.send(request, stream=True, follow_redirects=False)
        except httpx.RequestError as exc:
            return exc
        keep_open = False
        try:
            if response.status_code in REDIRECT_STATUSES:
                redirect = redirect_error(response, self._secrets())
                if redirect is not None:
                    raise redirect
            if stream and response.status_code < 400:
                keep_open = True
                return response
            reader = BodyReader(response, limit=limit, deadline=deadline, secrets=self._secrets())
            for chunk in response.iter_bytes():
                if not reader.add(chunk):
                    break
            reader.done()
        except httpx.RequestError as exc:
            return exc
        finally:
            if not keep_open:
                response.close()
        return response

    def _send(
        self,
        method: str,
        url_path: str,
        pairs: list[tuple[str, str]],
        headers: dict[str, str],
        content: bytes | None,
        opts: RequestOptions,
        use_auth: bool,
        stream: bool = False,
    ) -> httpx.Response:
        config = self._config
        url = config.base_url + url_path
        max_retries = opts.get("max_retries", config.max_retries)
        limit = opts.get("max_response_bytes", config.max_response_bytes)
        deadline = Deadline(opts.get("timeout", config.timeout))
        extra_headers = opts.get("extra_headers")
        debug = logger.isEnabledFor(DEBUG)
        attempt = 0
        refreshed = False
        # the call's deadline, for the sockets (`_network.py`); set and reset here rather than through `running()`:
        # a generator-based context manager costs more than the rest of this preamble
        token = CURRENT.set(deadline)
        try:
            while True:
                h = {**config.headers, **headers, **extra_headers} if extra_headers else {**config.headers, **headers}
                params: list[tuple[str, str | int | float | bool | None]] = list(pairs)
                stamp = 0
                auth = config.auth if use_auth else None
                if isinstance(auth, SessionAuth):
                    stamp = auth.apply_session(auth.ensure(self._bare), h)
                elif auth is not None:
                    stamp = auth.apply(h, params)
                started = time.perf_counter() if debug else 0.0
                # the query encoded as httpx encodes `params=`, the URL parsed once per client (`_parsed_urls.py`);
                # the timeouts go in as the dict httpx would make of them
                request = self._http.build_request(
                    method,
                    self._urls.get(f"{url}?{urlencode(params)}" if params else url),
                    headers=h,
                    content=content,
                    extensions={"timeout": deadline.timeouts()},
                )
                outcome = self._exchange(request, limit, deadline, stream)
                if isinstance(outcome, Exception):  # httpx.RequestError
                    delay = retry_delay(attempt, None, config.random())
                    if attempt < max_retries and should_retry(method, opts, None) and deadline.allows(delay):
                        if debug:
                            _log_retry(method, request, type(outcome).__name__, delay, attempt, max_retries)
                        time.sleep(delay)
                        attempt += 1
                        continue
                    raise connection_error(outcome, method, url, deadline, self._secrets())
                response = outcome
                if debug:
                    logger.debug(
                        "%s %s -> %d in %.1f ms (attempt %d)",
                        method,
                        redact_url(str(response.request.url)),
                        response.status_code,
                        (time.perf_counter() - started) * 1000,
                        attempt + 1,
                    )
                if response.status_code < 400:
                    if stream:
                        response.extensions[DEADLINE] = deadline
                    return response
                shown = shown_url(str(response.request.url), self._secrets())
                error: SaymonApiError = api_error(response, method, shown, self._secrets())
                if isinstance(auth, SessionAuth) and not refreshed and is_session_gone(error):
                    refreshed = True
                    if auth.refresh(self._bare, stamp):
                        continue
                if attempt < max_retries and should_retry(method, opts, response.status_code):
                    delay = retry_delay(attempt, response, config.random())
                    if may_wait(deadline, delay, response):
                        if debug:
                            _log_retry(method, request, str(response.status_code), delay, attempt, max_retries)
                        time.sleep(delay)
                        attempt += 1
                        continue
                raise error
        finally:
            CURRENT.reset(token)
