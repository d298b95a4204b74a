"""
saymon_sdk: a typed Python client for the SAYMON REST API, generated from the @saymon-sdk/core registry.

Importing it loads nothing else: each name below is imported the first time it is used (PEP 562), httpx with the
first client, the endpoint table with the first call, pydantic with the first check of an input or answer. Type
checkers and IDEs read the imports under ``TYPE_CHECKING``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from ._auth import Auth, BasicAuth, Session, SessionAuth, SessionLoggedOutError, TokenAuth
    from ._client import ENV_VARIABLES, AsyncClient, Client
    from ._errors import (
        SaymonApiError,
        SaymonAuthenticationError,
        SaymonBadRequestError,
        SaymonConflictError,
        SaymonConnectionError,
        SaymonError,
        SaymonNotFoundError,
        SaymonPermissionError,
        SaymonRateLimitError,
        SaymonRedirectError,
        SaymonResponseFormatError,
        SaymonResponseTooLargeError,
        SaymonResponseValidationError,
        SaymonServerError,
        SaymonTimeoutError,
        SaymonValidationError,
    )
    from ._download import AsyncDownload, Download
    from ._helpers import BulkResult, abulk, apaginate, bulk, paginate
    from ._raw import RawResponse
    from ._tree import TreeNode, awalk_objects, walk_objects
    from ._upserts import (
        FoundObject,
        PropertyValue,
        UpsertPropertiesResult,
        afind_or_create_object,
        aupsert_properties,
        find_or_create_object,
        upsert_properties,
    )
    from ._tokens import acreate_auth_token, arevoke_auth_token, create_auth_token, revoke_auth_token
    from ._types import NOT_GIVEN, NotGiven, RequestOptions, UploadFiles

#: where each public name lives (imported on first use)
_WHERE = {
    "Auth": "._auth",
    "BasicAuth": "._auth",
    "Session": "._auth",
    "SessionAuth": "._auth",
    "SessionLoggedOutError": "._auth",
    "TokenAuth": "._auth",
    "ENV_VARIABLES": "._client",
    "AsyncClient": "._client",
    "Client": "._client",
    "SaymonApiError": "._errors",
    "SaymonAuthenticationError": "._errors",
    "SaymonBadRequestError": "._errors",
    "SaymonConflictError": "._errors",
    "SaymonConnectionError": "._errors",
    "SaymonError": "._errors",
    "SaymonNotFoundError": "._errors",
    "SaymonPermissionError": "._errors",
    "SaymonRateLimitError": "._errors",
    "SaymonRedirectError": "._errors",
    "SaymonResponseFormatError": "._errors",
    "SaymonResponseTooLargeError": "._errors",
    "SaymonResponseValidationError": "._errors",
    "SaymonServerError": "._errors",
    "SaymonTimeoutError": "._errors",
    "SaymonValidationError": "._errors",
    "AsyncDownload": "._download",
    "Download": "._download",
    "BulkResult": "._helpers",
    "abulk": "._helpers",
    "apaginate": "._helpers",
    "bulk": "._helpers",
    "paginate": "._helpers",
    "RawResponse": "._raw",
    "TreeNode": "._tree",
    "awalk_objects": "._tree",
    "walk_objects": "._tree",
    "FoundObject": "._upserts",
    "PropertyValue": "._upserts",
    "UpsertPropertiesResult": "._upserts",
    "afind_or_create_object": "._upserts",
    "aupsert_properties": "._upserts",
    "find_or_create_object": "._upserts",
    "upsert_properties": "._upserts",
    "acreate_auth_token": "._tokens",
    "arevoke_auth_token": "._tokens",
    "create_auth_token": "._tokens",
    "revoke_auth_token": "._tokens",
    "NOT_GIVEN": "._types",
    "NotGiven": "._types",
    "RequestOptions": "._types",
    "UploadFiles": "._types",
}

__all__ = [
    "AsyncClient",
    "AsyncDownload",
    "Auth",
    "BasicAuth",
    "BulkResult",
    "Client",
    "Download",
    "ENV_VARIABLES",
    "FoundObject",
    "NOT_GIVEN",
    "NotGiven",
    "PropertyValue",
    "RawResponse",
    "RequestOptions",
    "SaymonApiError",
    "SaymonAuthenticationError",
    "SaymonBadRequestError",
    "SaymonConflictError",
    "SaymonConnectionError",
    "SaymonError",
    "SaymonNotFoundError",
    "SaymonPermissionError",
    "SaymonRateLimitError",
    "SaymonRedirectError",
    "SaymonResponseFormatError",
    "SaymonResponseTooLargeError",
    "SaymonResponseValidationError",
    "SaymonServerError",
    "SaymonTimeoutError",
    "SaymonValidationError",
    "Session",
    "SessionAuth",
    "SessionLoggedOutError",
    "TokenAuth",
    "TreeNode",
    "UploadFiles",
    "UpsertPropertiesResult",
    "__version__",
    "abulk",
    "acreate_auth_token",
    "afind_or_create_object",
    "apaginate",
    "arevoke_auth_token",
    "aupsert_properties",
    "awalk_objects",
    "bulk",
    "create_auth_token",
    "find_or_create_object",
    "paginate",
    "revoke_auth_token",
    "upsert_properties",
    "walk_objects",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # later lookups find it without this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
