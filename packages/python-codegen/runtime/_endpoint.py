"""One row of the endpoint table."""

from __future__ import annotations

from typing import NamedTuple


class Endpoint(NamedTuple):
    id: str
    method: str
    path: str
    #: (SDK name, path template name) for each path parameter
    path_params: tuple[tuple[str, str], ...]
    #: query parameters whose lists are joined with commas
    comma_query: frozenset[str]
    body_kind: str
    response_kind: str
    auth: bool
    #: the name in ``_results`` of what the call returns, when the answer is parsed
    result: str | None
    query_type: str | None
    body_type: str | None
    #: takes ``limit`` and ``skip``: ``paginate`` can walk it
    pageable: bool
    #: what the call does to the server's data: ``"read"``, ``"write"`` or ``"destructive"`` (a search sent as POST reads)
    effect: str
    #: sending the call twice leaves the server as sending it once
    idempotent: bool
    #: the name in ``_results`` of the answer to a ``fields=`` selection (a partial record), where ``fields`` selects
    selection: str | None = None
    #: also takes ``files=``: the call then goes out as ``multipart/form-data`` with the body's fields beside the files
    upload: bool = False
    #: path parameters (SDK names) whose values are secrets (a session id, a token): kept out of errors and logs
    secret_path: frozenset[str] = frozenset()
