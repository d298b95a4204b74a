"""What the sync and async clients share: building a request from an endpoint row, reading the answer."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ._endpoint import Endpoint
from ._answer import TRUNCATED, drop_cut_secret, redacted_copy
from ._deadline import Deadline
from ._errors import (
    SaymonApiError,
    SaymonConnectionError,
    SaymonTimeoutError,
    SaymonResponseFormatError,
    SaymonResponseValidationError,
    SaymonValidationError,
    api_error_class,
)
from ._config import logger
from ._redact import redact_json, redact_text, remember_call_secret, shown_url
from ._types import NOT_GIVEN, NotGiven, RequestOptions, ResponseValidation

if TYPE_CHECKING:
    import httpx

IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({408, 429, 502, 503, 504})
SNIPPET = 200


_ENDPOINTS: dict[str, Endpoint] = {}


def endpoint(endpoint_id: str) -> Endpoint:
    try:
        return _ENDPOINTS[endpoint_id]
    except KeyError:
        pass
    from ._endpoints import ENDPOINTS  # the table is loaded by the first call, not by `import saymon_sdk`

    _ENDPOINTS.update(ENDPOINTS)
    try:
        return _ENDPOINTS[endpoint_id]
    except KeyError:
        raise SaymonValidationError(
            f"Unknown endpoint {endpoint_id!r}", issues=[{"path": ["endpoint"], "message": "not in the registry"}]
        ) from None


@lru_cache(maxsize=None)
def _adapter(module: str, name: str) -> Any:
    # the models and their validators are built the first time an endpoint needs them
    from pydantic import TypeAdapter

    if module == "results":
        from . import _results as source
    else:
        from . import _params as source  # type: ignore[no-redef]
    return TypeAdapter(getattr(source, name))


def _check_input(ep: Endpoint, where: str, type_name: str, value: Any) -> None:
    # pydantic's own class; a plain `import` of a loaded module costs next to nothing, `from ... import` a call more
    import pydantic_core

    try:
        _adapter("params", type_name).validate_python(value)
    except pydantic_core.ValidationError as error:
        from ._messages import issues_of

        issues = [{"path": [where, *i["path"]], "message": i["message"]} for i in issues_of(error, value)]
        listed = "; ".join(f"{'.'.join(str(p) for p in i['path'])}: {i['message']}" for i in issues[:5])
        raise SaymonValidationError(f"Invalid input for {ep.id}: {listed}", issues=issues, endpoint_id=ep.id) from None


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def encode_query(ep: Endpoint | None, query: Mapping[str, Any]) -> list[tuple[str, str]]:
    """SAYMON's query conventions: lists repeated (or comma-joined where the registry says so), flags as true/false."""
    pairs: list[tuple[str, str]] = []
    for key, value in query.items():
        if value is None or isinstance(value, NotGiven):
            continue  # a URL has no null: a parameter set to None is not sent (in a body, None stays JSON null)
        if isinstance(value, (list, tuple)):
            if ep is not None and key in ep.comma_query:
                pairs.append((key, ",".join(str(v) for v in value)))
            else:
                pairs.extend((key, _query_value(v)) for v in value)
        else:
            pairs.append((key, _query_value(value)))
    return pairs


def build(
    ep: Endpoint,
    path: Mapping[str, Any],
    query: Any,
    body: Any,
    options: RequestOptions,
    *,
    files: Any = NOT_GIVEN,
    check_input: bool = True,
) -> tuple[str, list[tuple[str, str]], dict[str, str], bytes | None]:
    """The concrete path, query pairs, headers and body bytes of a call. Bad input raises before anything is sent."""
    issues: list[dict[str, Any]] = []
    if path:
        known = {name for name, _ in ep.path_params}
        for extra in sorted(set(path) - known):
            issues.append({"path": ["path", extra], "message": f"{ep.id} takes no path parameter {extra!r}"})
    values: dict[str, str] = {}
    for name, template in ep.path_params:
        value = path.get(name)
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # a JSON number id read back from a model (5.0) is sent as 5
        if isinstance(value, bool) or not isinstance(value, (str, int)) or value == "":
            issues.append({"path": ["path", name], "message": "expected a non-empty string or integer"})
            continue
        values[template] = quote(str(value), safe="")
        if name in ep.secret_path:
            remember_call_secret(str(value))
    if ep.body_kind == "none" and not isinstance(body, NotGiven):
        issues.append({"path": ["body"], "message": f"{ep.id} takes no body"})
    uploading = not isinstance(files, NotGiven)
    if uploading and not ep.upload:
        issues.append({"path": ["files"], "message": f"{ep.id} takes no files"})
    elif uploading and (not isinstance(files, Mapping) or not files):
        issues.append({"path": ["files"], "message": "expected a mapping of form field name to file"})
    if ep.query_type is None and not isinstance(query, NotGiven) and query:
        issues.append({"path": ["query"], "message": f"{ep.id} takes no query parameters"})
    if issues:
        listed = "; ".join(f"{'.'.join(str(p) for p in i['path'])}: {i['message']}" for i in issues)
        raise SaymonValidationError(f"Invalid input for {ep.id}: {listed}", issues=issues, endpoint_id=ep.id)
    if check_input and ep.query_type and not isinstance(query, NotGiven):
        _check_input(ep, "query", ep.query_type, query)
    if check_input and ep.body_type and not isinstance(body, NotGiven):
        _check_input(ep, "body", ep.body_type, body)

    parts = _template(ep.path)
    if len(parts) == 1:
        url_path = ep.path
    else:
        url_path = "".join(values.get(part, ":" + part) if i % 2 else part for i, part in enumerate(parts))
    pairs = encode_query(ep, query) if isinstance(query, Mapping) else []
    extra_query = options.get("extra_query")
    if extra_query:
        pairs.extend(encode_query(None, extra_query))
    headers: dict[str, str] = {}
    content: bytes | None = None
    extra_body = options.get("extra_body")
    if uploading:
        payload = {} if isinstance(body, NotGiven) else body
        if extra_body:
            payload = {**payload, **extra_body}
        # the body's fields go beside the files, as form fields (a number as its JSON text)
        fields = {k: v if isinstance(v, str) else json.dumps(v) for k, v in payload.items() if v is not None}
        content, headers["content-type"] = _multipart(ep, fields, files)
    elif not isinstance(body, NotGiven) or extra_body:
        payload = None if isinstance(body, NotGiven) else body
        if extra_body:
            if payload is not None and not isinstance(payload, dict):
                raise SaymonValidationError(
                    f"Invalid input for {ep.id}: extra_body needs an object body",
                    issues=[{"path": ["body"], "message": "extra_body needs an object body"}],
                    endpoint_id=ep.id,
                )
            payload = {**(payload or {}), **extra_body}
        if ep.body_kind == "multipart" and isinstance(payload, Mapping):
            content, headers["content-type"] = _multipart(ep, payload)
        elif isinstance(payload, bytes):
            content = payload
            headers["content-type"] = "application/octet-stream"
        elif ep.body_kind == "text" and isinstance(payload, str):
            content = payload.encode()
            headers["content-type"] = "text/plain; charset=utf-8"
        else:
            content = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
            headers["content-type"] = "application/json"
    return url_path, pairs, headers, content


@lru_cache(maxsize=None)
def _template(path: str) -> list[str]:
    """A path template split at its ``:name`` parameters: the names at the odd places, the text between them around."""
    return re.split(r":([A-Za-z_]\w*)", path)


def _multipart(ep: Endpoint, fields: Mapping[str, Any], files: Mapping[str, Any] | None = None) -> tuple[bytes, str]:
    """A ``multipart/form-data`` body, encoded by httpx: ``str`` values are fields, anything else must be a file."""
    data: dict[str, str] = {}
    parts: dict[str, Any] = {}
    for where, given in (("body", fields), ("files", files or {})):
        for name, value in given.items():
            if isinstance(value, str) and where == "body":
                data[name] = value
            elif _is_file(value):
                parts[name] = value
            else:
                shown = "str, bytes" if where == "body" else "bytes, a binary file"
                message = f"expected {shown} or (filename, content[, content type])"
                raise SaymonValidationError(
                    f"Invalid input for {ep.id}: {where}.{name}: {message}",
                    issues=[{"path": [where, name], "message": message}],
                    endpoint_id=ep.id,
                )
    import httpx

    request = httpx.Request("POST", "http://multipart.invalid/", data=data, files=parts)
    return request.read(), request.headers["content-type"]


def _is_file(value: Any) -> bool:
    """``bytes``, an open binary file, or ``(filename, content[, content type])`` of either."""
    if isinstance(value, tuple):
        return (
            len(value) in (2, 3)
            and isinstance(value[0], str)
            and _is_file(value[1])
            and not isinstance(value[1], tuple)
            and (len(value) == 2 or isinstance(value[2], str))
        )
    return isinstance(value, bytes) or (callable(getattr(value, "read", None)) and not isinstance(value, str))


def server_wait(response: httpx.Response | None) -> float | None:
    """The seconds a 429 or 503 answer's ``Retry-After`` asks to wait (delay-seconds or an HTTP date), if any."""
    if response is None or response.status_code not in (429, 503):
        return None
    after = response.headers.get("retry-after", "").strip()
    if not after:
        return None
    try:
        return max(float(after), 0.0)
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            at: float = parsedate_to_datetime(after).timestamp()
        except (TypeError, ValueError):
            return None
        return max(at - time.time(), 0.0)


def retry_delay(attempt: int, response: httpx.Response | None, jitter: float) -> float:
    """Seconds before the next attempt: ``Retry-After`` when the server sent one (at most 60 s), else backoff."""
    wait = server_wait(response)
    if wait is not None:
        return min(wait, 60.0)
    return min(0.5 * 2.0**attempt, 8.0) * (0.5 + jitter / 2)


def may_wait(deadline: Deadline, delay: float, response: httpx.Response | None) -> bool:
    """
    Whether to wait ``delay`` and try again: not when the wait (or the ``Retry-After`` the server asked for, capped
    or not) ends after the call's deadline, where no answer can come in time: the last answer is raised at once.
    """
    wait = server_wait(response)
    return deadline.allows(delay) and (wait is None or deadline.allows(wait))


def where(request: httpx.Request, secrets: list[str]) -> dict[str, str]:
    """The method and the redacted URL of a request, as errors show them."""
    return {"method": request.method, "url": shown_url(str(request.url), secrets)}


def connection_error(
    exc: httpx.RequestError, method: str, url: str, deadline: Deadline, secrets: list[str]
) -> SaymonConnectionError:
    """No (complete) answer: a timeout when the call's deadline passed, a network error otherwise."""
    import httpx

    shown = shown_url(url, secrets)
    if isinstance(exc, httpx.TimeoutException) or deadline.expired():
        return SaymonTimeoutError(
            f"Timed out: no answer within {deadline.seconds} s (the whole call) ({method} {shown})",
            timeout=deadline.seconds,
            method=method,
            url=shown,
        )
    reason = redact_text(str(exc), secrets) or type(exc).__name__
    return SaymonConnectionError(f"Network error: {reason} ({method} {shown})", method=method, url=shown)


def should_retry(method: str, options: RequestOptions, status: int | None) -> bool:
    if method not in IDEMPOTENT and not options.get("idempotent"):
        return False
    return status is None or status in RETRY_STATUSES


def _snippet(text: str, secrets: list[str]) -> str | None:
    """The start of a body as plain text: tags stripped, entities decoded, then secrets redacted, then cut."""
    import html

    plain = re.sub(r"<(script|style)[\s\S]*?</\1>", " ", text, flags=re.I)
    plain = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", plain))).strip()
    plain = redact_text(plain, secrets)
    if not plain:
        return None
    return plain if len(plain) <= SNIPPET else plain[:SNIPPET] + "…"


def api_error(response: httpx.Response, method: str, url: str, secrets: list[str]) -> SaymonApiError:
    """
    SAYMON's ``{code, message}`` body read into an error (the 401 message's inner JSON unpacked). Secrets are
    redacted after decoding (a JSON-escaped or URL-encoded echo is found too), in everything the error carries.
    """
    text = response.text
    if response.extensions.get(TRUNCATED):
        text = drop_cut_secret(text, secrets)
    body: Any = None
    try:
        body = json.loads(text)
    except ValueError:
        pass
    code = message = None
    error_code = None
    if isinstance(body, dict):
        code = body.get("code") if isinstance(body.get("code"), str) else None
        message = body.get("message") if isinstance(body.get("message"), str) else None
        if message and message.strip().startswith("{"):
            try:
                inner = json.loads(message)
                if isinstance(inner, dict):
                    if isinstance(inner.get("errorCode"), int):
                        error_code = inner["errorCode"]
                    if isinstance(inner.get("message"), str):
                        message = inner["message"]
            except ValueError:
                pass
        snippet = None
        body = redact_json(body, secrets)
    else:
        body = None
        snippet = _snippet(text, secrets)
    return api_error_class(response.status_code)(
        status=response.status_code,
        code=redact_text(code, secrets) if code else None,
        server_message=redact_text(message, secrets) if message else None,
        error_code=error_code,
        body=body,
        body_snippet=snippet,
        response=redacted_copy(response, redact_text(text, secrets), secrets),
        method=method,
        url=url,
    )


#: content types that are never a JSON answer, even a bare string one
_NOT_JSON = r"html|xml|javascript|css"


def _json_answer(ep: Endpoint, response: httpx.Response, secrets: list[str]) -> Any:
    """
    The JSON of an answer. Anything else raises ``SaymonResponseFormatError`` (with a redacted snippet) in every
    validation mode; only a one-line plain string without markup is taken as a JSON string whose quotes are missing.
    """
    try:
        # from the bytes, as httpx's own `Response.json()` reads them (no charset lookup, no text copy)
        return json.loads(response.content)
    except ValueError:
        pass  # an empty body, a bare string or not JSON at all: worked out below from the text
    text = response.text
    if not text.strip():
        return None
    try:
        return json.loads(text)
    except ValueError as error:
        position = getattr(error, "pos", None)
    # raised outside the `except`: the decode error (whose `doc` is the whole body) is not kept as its context
    trimmed = text.strip()
    content_type = response.headers.get("content-type")
    json_like = trimmed[:1] in ("[", "{", '"') or "json" in (content_type or "").lower()
    plain = not re.search(_NOT_JSON, content_type or "", re.I) and not trimmed.startswith("<")
    if not json_like and plain and "\r" not in trimmed and "\n" not in trimmed:
        return trimmed  # a bare string where JSON was expected: the response model decides
    why = (
        f"the answer is not valid JSON (at position {position})"
        if json_like
        else f"expected JSON, received {content_type or 'an answer without Content-Type'}"
    )
    snippet = _snippet(text, secrets)
    message = f"{why}: {snippet}" if snippet else why
    raise SaymonResponseFormatError(
        f"Unexpected response from {ep.id}: {message}",
        endpoint_id=ep.id,
        status=response.status_code,
        content_type=redact_text(content_type, secrets) if content_type else None,
        body_snippet=snippet,
    )


def parse(
    ep: Endpoint,
    response: httpx.Response,
    validation: ResponseValidation,
    warned: set[str],
    secrets: list[str],
    selected: bool | None = None,
) -> Any:
    """What the call returns: nothing, the raw response, text, or JSON checked against the response model.
    ``selected``: whether the request asked for ``fields`` (``None``: read from its URL).

    An answer that does not match raises in ``strict`` mode; in ``warn`` mode (the default) it is logged once per
    endpoint (``warned`` holds those already reported) and handed out typed wherever it matches (``_lenient``). An
    answer that is not JSON where JSON is due raises ``SaymonResponseFormatError`` in every mode.
    """
    kind = ep.response_kind
    if kind == "empty":
        return None
    if kind == "binary":
        return response
    if kind == "text":
        text = response.text
        stripped = text.strip()
        if stripped.startswith('"'):
            try:
                value = json.loads(stripped)
                if isinstance(value, str):
                    stripped = value
            except ValueError:
                pass
        data: Any = stripped
    else:
        data = _json_answer(ep, response, secrets)
    if ep.result is None or validation == "off":
        return data
    # an answer to `fields=` holds only the chosen fields (and `id`): it is checked against the partial record
    if ep.selection and selected is None:
        selected = "fields" in response.request.url.params
    result = ep.selection if ep.selection and selected else ep.result
    import pydantic_core

    try:
        return _adapter("results", result).validate_python(data)
    except pydantic_core.ValidationError as error:
        from ._messages import issues_of

        issues = issues_of(error, data)
        first = "; ".join(f"{'.'.join(str(p) for p in i['path']) or '(body)'}: {i['message']}" for i in issues[:3])
        problem = SaymonResponseValidationError(
            f"Unexpected response from {ep.id}: {first}",
            issues=issues,
            endpoint_id=ep.id,
            status=response.status_code,
        )
        if validation == "strict":
            raise problem from None
    if ep.id not in warned:
        warned.add(ep.id)
        logger.warning("%s (reported once per endpoint; response_validation='strict' raises it)", problem)
    from ._lenient import lenient
    from . import _results

    return lenient(getattr(_results, result), data)


def is_session_gone(error: SaymonApiError) -> bool:
    return error.status == 401 and bool(re.search(r"session expired|not logged in", error.server_message or "", re.I))

