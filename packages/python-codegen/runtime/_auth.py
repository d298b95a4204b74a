"""Credentials: ``BasicAuth``, ``TokenAuth`` and ``SessionAuth``. None of them shows a secret in ``repr``."""

from __future__ import annotations

import base64
import json
import threading
from typing import TYPE_CHECKING

from ._errors import SaymonError

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Awaitable, Callable

    import httpx

SESSION_PATH = "/node/api/users/session"

if TYPE_CHECKING:
    #: sends ``(method, path, json body, extra headers)`` without auth and returns the raw answer
    SyncSend = Callable[[str, str, "dict[str, str] | None", "dict[str, str] | None"], httpx.Response]
    AsyncSend = Callable[[str, str, "dict[str, str] | None", "dict[str, str] | None"], Awaitable[httpx.Response]]


class Auth:
    """Base of the auth schemes. ``apply`` adds credentials to a request and returns a stamp for refresh."""

    kind = "none"

    def apply(self, headers: dict[str, str], params: list[tuple[str, str | int | float | bool | None]]) -> int:
        return 0

    def secrets(self) -> list[str]:
        return []

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class BasicAuth(Auth):
    """HTTP Basic auth with a SAYMON login and password (UTF-8)."""

    kind = "basic"
    __slots__ = ("_header", "_login", "_password")

    def __init__(self, login: str, password: str) -> None:
        self._login = login
        self._password = password
        self._header = "Basic " + base64.b64encode(f"{login}:{password}".encode()).decode()

    @property
    def login(self) -> str:
        return self._login

    def apply(self, headers: dict[str, str], params: list[tuple[str, str | int | float | bool | None]]) -> int:
        headers["authorization"] = self._header
        return 0

    def secrets(self) -> list[str]:
        return [self._password, self._header, self._header.removeprefix("Basic ")]

    def __repr__(self) -> str:
        return f"BasicAuth(login={self._login!r}, password=[REDACTED])"


class TokenAuth(Auth):
    """An API token, sent as the ``api-token`` query parameter (or ``auth-token`` on servers that use that name)."""

    kind = "token"
    __slots__ = ("_param", "_token")

    def __init__(self, token: str, param: str = "api-token") -> None:
        if param not in ("api-token", "auth-token"):
            raise SaymonError(f'TokenAuth param must be "api-token" or "auth-token", got {param!r}')
        self._token = token
        self._param = param

    def apply(self, headers: dict[str, str], params: list[tuple[str, str | int | float | bool | None]]) -> int:
        params.append((self._param, self._token))
        return 0

    def secrets(self) -> list[str]:
        return [self._token]

    def __repr__(self) -> str:
        return f"TokenAuth(token=[REDACTED], param={self._param!r})"


class Session:
    """An established session: ``sid`` and, on current servers, the ``csrf`` token. Read-only.

    Written out rather than a frozen dataclass: building a dataclass costs more at import than the whole class.
    """

    __slots__ = ("csrf", "generation", "sid")
    sid: str
    csrf: str | None
    generation: int

    def __init__(self, sid: str, csrf: str | None, generation: int) -> None:
        object.__setattr__(self, "sid", sid)
        object.__setattr__(self, "csrf", csrf)
        object.__setattr__(self, "generation", generation)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Session is read-only: cannot set {name!r}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Session):
            return NotImplemented
        return (self.sid, self.csrf, self.generation) == (other.sid, other.csrf, other.generation)

    def __hash__(self) -> int:
        return hash((self.sid, self.csrf, self.generation))

    def __repr__(self) -> str:
        return f"Session(sid=[REDACTED], csrf={'[REDACTED]' if self.csrf else None}, generation={self.generation})"


class SessionLoggedOutError(SaymonError):
    """The client logged out; call ``login()`` before further calls."""


class SessionAuth(Auth):
    """
    Session auth: logs in with ``POST /node/api/users/session``, sends the ``sid`` and ``csrf`` cookies and the
    ``x-csrf-token`` header. When SAYMON says the session expired it logs in again, once, however many threads or
    tasks saw it fail. ``SessionAuth(sid=..., csrf=...)`` reuses an established session (no re-login).
    """

    kind = "session"

    def __init__(
        self,
        login: str | None = None,
        password: str | None = None,
        *,
        sid: str | None = None,
        csrf: str | None = None,
    ) -> None:
        if sid is None and (login is None or password is None):
            raise SaymonError("SessionAuth needs login and password, or an established sid")
        self._login = login
        self._password = password
        self._generation = 0
        self._session: Session | None = Session(sid, csrf, 0) if sid else None
        self._logged_out = False
        self._lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None

    @property
    def session(self) -> Session | None:
        """The current session, to reuse it elsewhere (``SessionAuth(sid=s.sid, csrf=s.csrf)``)."""
        return self._session

    def _lock_async(self) -> asyncio.Lock:
        if self._async_lock is None:
            import asyncio

            self._async_lock = asyncio.Lock()
        return self._async_lock

    def _credentials(self) -> dict[str, str]:
        if self._login is None or self._password is None:
            raise SaymonError("this session was given by sid; there are no credentials to log in again")
        return {"login": self._login, "password": self._password}

    def _read(self, response: httpx.Response) -> Session:
        sid = response.cookies.get("sid")
        csrf = response.cookies.get("csrf")
        if not sid:
            text = response.text.strip()
            try:
                value = json.loads(text)
                sid = value if isinstance(value, str) else text
            except ValueError:
                sid = text
        self._generation += 1
        return Session(sid, csrf, self._generation)

    def _check_open(self) -> None:
        if self._logged_out:
            raise SessionLoggedOutError("logged out: call client.login() before making further calls")

    # sync -------------------------------------------------------------------------------------------------
    def ensure(self, send: SyncSend) -> Session:
        self._check_open()
        session = self._session
        if session is not None:
            return session
        with self._lock:
            if self._session is None:
                self._session = self._read(send("POST", SESSION_PATH, self._credentials(), None))
            return self._session

    def refresh(self, send: SyncSend, stamp: int) -> bool:
        """Logs in again after an expired session; only the first caller that saw ``stamp`` fail does."""
        if self._password is None:
            return False
        with self._lock:
            if self._session is None or self._session.generation == stamp:
                self._session = None
                self._session = self._read(send("POST", SESSION_PATH, self._credentials(), None))
        return True

    def logout(self, send: SyncSend) -> None:
        with self._lock:
            session, self._session = self._session, None
            self._logged_out = True
        if session is not None:
            send("DELETE", SESSION_PATH, None, self._cookies(session))

    def relogin(self, send: SyncSend) -> Session:
        with self._lock:
            self._logged_out = False
            self._session = self._read(send("POST", SESSION_PATH, self._credentials(), None))
            return self._session

    # async ------------------------------------------------------------------------------------------------
    async def ensure_async(self, send: AsyncSend) -> Session:
        self._check_open()
        session = self._session
        if session is not None:
            return session
        async with self._lock_async():
            if self._session is None:
                self._session = self._read(await send("POST", SESSION_PATH, self._credentials(), None))
            return self._session

    async def refresh_async(self, send: AsyncSend, stamp: int) -> bool:
        if self._password is None:
            return False
        async with self._lock_async():
            if self._session is None or self._session.generation == stamp:
                self._session = None
                self._session = self._read(await send("POST", SESSION_PATH, self._credentials(), None))
        return True

    async def logout_async(self, send: AsyncSend) -> None:
        async with self._lock_async():
            session, self._session = self._session, None
            self._logged_out = True
        if session is not None:
            await send("DELETE", SESSION_PATH, None, self._cookies(session))

    async def relogin_async(self, send: AsyncSend) -> Session:
        async with self._lock_async():
            self._logged_out = False
            self._session = self._read(await send("POST", SESSION_PATH, self._credentials(), None))
            return self._session

    # -------------------------------------------------------------------------------------------------------
    @staticmethod
    def _cookies(session: Session) -> dict[str, str]:
        headers = {"cookie": f"sid={session.sid}" + (f"; csrf={session.csrf}" if session.csrf else "")}
        if session.csrf:
            headers["x-csrf-token"] = session.csrf
        return headers

    def apply_session(self, session: Session, headers: dict[str, str]) -> int:
        headers.update(self._cookies(session))
        return session.generation

    def secrets(self) -> list[str]:
        s = self._session
        return [x for x in (self._password, s.sid if s else None, s.csrf if s else None) if x]

    def __repr__(self) -> str:
        return f"SessionAuth(login={self._login!r}, password=[REDACTED])"
