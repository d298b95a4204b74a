"""
saymon_sdk: a typed Python client for the SAYMON REST API, generated from the @saymon-sdk/core registry.

Importing it loads no model: the response models and validators are built the first time a call needs them.
"""

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
from ._version import __version__

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
