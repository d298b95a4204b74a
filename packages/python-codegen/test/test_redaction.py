"""No secret in str, repr or logs; configuration from SAYMON_* variables."""

from __future__ import annotations

import logging
import subprocess
import sys
from typing import Any

import pytest

from saymon_sdk import (
    BasicAuth,
    Client,
    SaymonAuthenticationError,
    SaymonValidationError,
    SessionAuth,
    TokenAuth,
)
from saymon_sdk._client import settings_from_env

SECRET = "s3cr3t-Pa55"


def renderings(value: Any) -> str:
    return "\n".join([str(value), repr(value), repr(vars(value)) if hasattr(value, "__dict__") else ""])


def test_auth_objects_and_clients_render_without_secrets(emulator: Any) -> None:
    for auth in (BasicAuth("admin", SECRET), TokenAuth(SECRET), SessionAuth("admin", SECRET)):
        assert SECRET not in repr(auth) and SECRET not in str(auth)
        with Client(emulator.url, auth=auth) as client:
            assert SECRET not in renderings(client)
    session = SessionAuth("admin", "saymon")
    with Client(emulator.url, auth=session) as client:
        client.users.current()
        assert session.session is not None
        assert session.session.sid not in repr(session.session) and session.session.sid not in repr(session)


def test_errors_and_debug_logs_carry_no_secret(emulator: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="saymon_sdk")
    with Client(emulator.url, auth=TokenAuth(SECRET)) as client:
        with pytest.raises(SaymonAuthenticationError) as caught:
            client.users.current(options={"extra_query": {"password": SECRET}})
    error = caught.value
    assert SECRET not in renderings(error) and SECRET not in str(error.body)
    assert "[REDACTED]" in str(error)
    assert "/node/api/users/current" in caplog.text and SECRET not in caplog.text
    with Client(emulator.url, auth=BasicAuth("admin", SECRET)) as client:
        with pytest.raises(SaymonAuthenticationError) as caught:
            client.users.current()
    assert SECRET not in renderings(caught.value)


def test_saymon_log_debug_turns_on_redacted_logging(emulator: Any) -> None:
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from saymon_sdk import Client, TokenAuth;"
        f"Client(sys.argv[2], auth=TokenAuth({SECRET!r})).objects.list()"
    )
    from conftest import PACKAGE

    done = subprocess.run(
        [sys.executable, "-c", code, str(PACKAGE / "python" / "src"), emulator.url],
        env={"SAYMON_LOG": "debug", "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert "GET" in done.stderr and "/node/api/objects" in done.stderr, done.stderr
    assert SECRET not in done.stderr and "[REDACTED]" in done.stderr


def test_from_env(emulator: Any) -> None:
    with Client.from_env({"SAYMON_URL": emulator.url, "SAYMON_LOGIN": "admin", "SAYMON_PASSWORD": "saymon"}) as client:
        assert isinstance(client.auth, BasicAuth) and client.users.current().login == "admin"
    settings = settings_from_env(
        {
            "SAYMON_URL": "h:8080",
            "SAYMON_LOGIN": "a",
            "SAYMON_PASSWORD": "b",
            "SAYMON_AUTH": "session",
            "SAYMON_INSECURE": "1",
        }
    )
    assert isinstance(settings["auth"], SessionAuth) and settings["verify"] is False
    token = settings_from_env({"SAYMON_URL": "x", "SAYMON_TOKEN": "t", "SAYMON_TOKEN_PARAM": "auth-token"})
    assert isinstance(token["auth"], TokenAuth)
    for env in (
        {},
        {"SAYMON_URL": "x"},
        {"SAYMON_URL": "x", "SAYMON_LOGIN": "a"},
        {"SAYMON_URL": "x", "SAYMON_TOKEN": "", "SAYMON_PASSWORD": "p"},
    ):
        with pytest.raises(SaymonValidationError):
            settings_from_env(env)
