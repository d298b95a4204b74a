"""API token lifecycle: issue a token for a user, revoke it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._wire import endpoint

if TYPE_CHECKING:
    from ._client import AsyncClient, Client


def _user_path(endpoint_id: str, user_id: str | int | float) -> dict[str, str | int | float]:
    # the user id is the endpoint's only path parameter, whatever the registry names it
    ((name, _),) = endpoint(endpoint_id).path_params
    return {name: user_id}


def create_auth_token(client: Client, user_id: str | int | float) -> str:
    """Issues an API token for a user (needs ``manage-users``); use it with ``TokenAuth(token)``."""
    return str(client.call("authTokens.create", path=_user_path("authTokens.create", user_id)))


def revoke_auth_token(client: Client, user_id: str | int | float) -> None:
    """Revokes a user's API token; later calls with it fail with ``SaymonAuthenticationError``."""
    client.call("authTokens.delete", path=_user_path("authTokens.delete", user_id))


async def acreate_auth_token(client: AsyncClient, user_id: str | int | float) -> str:
    return str(await client.call("authTokens.create", path=_user_path("authTokens.create", user_id)))


async def arevoke_auth_token(client: AsyncClient, user_id: str | int | float) -> None:
    await client.call("authTokens.delete", path=_user_path("authTokens.delete", user_id))
