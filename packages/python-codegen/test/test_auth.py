"""The three auth schemes and the token lifecycle against the emulator."""

from __future__ import annotations

import threading
from typing import Any

import httpx
import pytest

from saymon_sdk import (
    AsyncClient,
    BasicAuth,
    Client,
    SaymonAuthenticationError,
    SaymonPermissionError,
    SessionAuth,
    SessionLoggedOutError,
    TokenAuth,
    create_auth_token,
    revoke_auth_token,
)


def test_basic_auth(emulator: Any) -> None:
    with Client(emulator.url, auth=BasicAuth("admin", "saymon")) as client:
        assert client.users.current().login == "admin"
    with Client(emulator.url, auth=BasicAuth("admin", "wrong")) as client:
        with pytest.raises(SaymonAuthenticationError) as caught:
            client.users.current()
    assert caught.value.status == 401 and caught.value.error_code == 3


def test_viewer_cannot_write(emulator: Any) -> None:
    with Client(emulator.url, auth=BasicAuth("viewer", "viewer")) as client:
        with pytest.raises(SaymonPermissionError):
            client.objects.create(body={"name": "nope"})


def test_token_flow(emulator: Any) -> None:
    with Client(emulator.url, auth=BasicAuth("admin", "saymon")) as admin:
        me = admin.users.current()
        token = create_auth_token(admin, me.id)
        assert token and '"' not in token
        with admin.with_options(auth=TokenAuth(token)) as by_token:
            assert by_token.users.current().login == "admin"
            with Client(emulator.url, auth=TokenAuth(token, param="auth-token")) as other:
                assert other.users.current().login == "admin"
            revoke_auth_token(admin, me.id)
            with pytest.raises(SaymonAuthenticationError) as caught:
                by_token.users.current()
    assert token not in str(caught.value) and token not in repr(caught.value)


def test_session_logs_in_once_and_again_after_expiry_across_threads(fresh_emulator: Any) -> None:
    emulator = fresh_emulator()
    auth = SessionAuth("admin", "saymon")
    with Client(emulator.url, auth=auth) as client:
        assert client.users.current().login == "admin"
        first = auth.session
        assert first is not None and first.csrf  # current servers set the csrf cookie
        created = client.objects.create(body={"name": "with csrf"})  # a write needs x-csrf-token
        assert created.id
        httpx.delete(f"{emulator.url}/__emulator/sessions")  # every session expires
        errors: list[BaseException] = []

        def read() -> None:
            try:
                client.objects.get(id=str(created.id))
            except BaseException as error:  # noqa: BLE001
                errors.append(error)

        threads = [threading.Thread(target=read) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert auth.session is not None and auth.session.generation == first.generation + 1  # one re-login

        # the established session can be reused elsewhere, writes included
        session = auth.session
        with Client(emulator.url, auth=SessionAuth(sid=session.sid, csrf=session.csrf)) as reused:
            assert reused.objects.create(body={"name": "reused"}).id
        client.logout()
        with pytest.raises(SessionLoggedOutError):
            client.users.current()
        client.login()
        assert client.users.current().login == "admin"


def test_a_session_is_sent_by_its_auth_only(emulator: Any) -> None:
    # the SDK's own httpx client keeps no cookie jar: a client derived with another auth (or none) shares the
    # connection pool, not the session's sid and csrf cookies
    with Client(emulator.url, auth=SessionAuth("admin", "saymon")) as client:
        assert client.users.current().login == "admin"
        with pytest.raises(SaymonAuthenticationError):
            client.with_options(auth=None).users.current()
        assert client.users.current().login == "admin"


async def test_async_session_is_sent_by_its_auth_only(emulator: Any) -> None:
    async with AsyncClient(emulator.url, auth=SessionAuth("admin", "saymon")) as client:
        assert (await client.users.current()).login == "admin"
        with pytest.raises(SaymonAuthenticationError):
            await client.with_options(auth=None).users.current()


def test_a_client_passed_in_keeps_its_cookies(emulator: Any) -> None:
    with httpx.Client() as http:
        with Client(emulator.url, auth=SessionAuth("admin", "saymon"), http_client=http) as client:
            assert client.users.current().login == "admin"
        assert {cookie.name for cookie in http.cookies.jar} >= {"sid"}


async def test_async_session_relogin_shared_by_tasks(fresh_emulator: Any) -> None:
    import asyncio

    emulator = fresh_emulator()
    auth = SessionAuth("admin", "saymon")
    async with AsyncClient(emulator.url, auth=auth) as client:
        assert (await client.users.current()).login == "admin"
        generation = auth.session.generation if auth.session else -1
        async with httpx.AsyncClient() as raw:
            await raw.delete(f"{emulator.url}/__emulator/sessions")
        results = await asyncio.gather(*(client.users.current() for _ in range(10)))
        assert {r.login for r in results} == {"admin"}
        assert auth.session is not None and auth.session.generation == generation + 1
