"""``Client`` and ``AsyncClient``: the transports plus one attribute per endpoint group."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from ._auth import Auth, BasicAuth, SessionAuth, TokenAuth
from ._errors import SaymonValidationError
from ._groups import AsyncGroups, Groups

ENV_VARIABLES = (
    "SAYMON_URL",
    "SAYMON_TOKEN",
    "SAYMON_TOKEN_PARAM",
    "SAYMON_LOGIN",
    "SAYMON_PASSWORD",
    "SAYMON_AUTH",
    "SAYMON_CA_FILE",
    "SAYMON_INSECURE",
    "SAYMON_PROXY",
)


def _missing(message: str, names: list[str]) -> SaymonValidationError:
    return SaymonValidationError(message, issues=[{"path": [n], "message": f"{n} is not set"} for n in names])


def settings_from_env(env: Mapping[str, str]) -> dict[str, Any]:
    """The client arguments the ``SAYMON_*`` variables give (the same ones as the Node adapter)."""
    url = env.get("SAYMON_URL")
    if not url:
        raise _missing(
            "SAYMON_URL is not set: name the SAYMON server, e.g. SAYMON_URL=https://saymon.example.com", ["SAYMON_URL"]
        )
    auth: Auth
    token = env.get("SAYMON_TOKEN")
    login, password = env.get("SAYMON_LOGIN"), env.get("SAYMON_PASSWORD")
    if token:
        auth = TokenAuth(token, env.get("SAYMON_TOKEN_PARAM") or "api-token")
    elif not login and not password:
        raise _missing(
            "No SAYMON credentials in the environment: set SAYMON_TOKEN, or SAYMON_LOGIN and SAYMON_PASSWORD",
            ["SAYMON_TOKEN", "SAYMON_LOGIN", "SAYMON_PASSWORD"],
        )
    elif not login:
        raise _missing("SAYMON_PASSWORD is set but SAYMON_LOGIN is missing", ["SAYMON_LOGIN"])
    elif not password:
        raise _missing("SAYMON_LOGIN is set but SAYMON_PASSWORD is missing", ["SAYMON_PASSWORD"])
    else:
        mode = (env.get("SAYMON_AUTH") or "basic").lower()
        if mode not in ("basic", "session"):
            raise SaymonValidationError(
                'SAYMON_AUTH must be "basic" or "session"',
                issues=[{"path": ["SAYMON_AUTH"], "message": 'SAYMON_AUTH must be "basic" or "session"'}],
            )
        auth = SessionAuth(login, password) if mode == "session" else BasicAuth(login, password)
    verify: bool | str = True
    if env.get("SAYMON_CA_FILE"):
        verify = env["SAYMON_CA_FILE"]
    if env.get("SAYMON_INSECURE") in ("1", "true"):
        verify = False
    return {"url": url, "auth": auth, "verify": verify, "proxy": env.get("SAYMON_PROXY") or None}


def _env_settings(env: Mapping[str, str] | None, overrides: Mapping[str, Any]) -> dict[str, Any]:
    if "url" in overrides and "auth" in overrides:
        return {}
    return settings_from_env(os.environ if env is None else env)


class Client(Groups):
    """
    The synchronous SAYMON client::

        with Client("https://saymon.example.com", auth=BasicAuth("admin", password)) as client:
            names = [o.name for o in client.objects.list()]
    """

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Client:
        """A client from ``SAYMON_URL``, ``SAYMON_TOKEN`` or ``SAYMON_LOGIN``/``SAYMON_PASSWORD`` and friends."""
        settings = _env_settings(env, overrides)
        return cls(**{**settings, **overrides})


class AsyncClient(AsyncGroups):
    """The asynchronous SAYMON client (``async with AsyncClient(...) as client``)."""

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> AsyncClient:
        """Like ``Client.from_env``."""
        settings = _env_settings(env, overrides)
        return cls(**{**settings, **overrides})
