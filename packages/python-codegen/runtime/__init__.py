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
    "NOT_GIVEN",
    "NotGiven",
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
    "UploadFiles",
    "__version__",
    "abulk",
    "acreate_auth_token",
    "apaginate",
    "arevoke_auth_token",
    "bulk",
    "create_auth_token",
    "paginate",
    "revoke_auth_token",
]
