"""Logging: importing configures nothing; a client logs each request (method, redacted URL, status, time, attempt)
and each retry at DEBUG on ``saymon_sdk``; ``SAYMON_LOG=debug`` adds a stderr handler when the first client is made."""

from __future__ import annotations

import logging
import subprocess
import sys
from typing import Any

import httpx
import pytest

from conftest import PACKAGE
from saymon_sdk import BasicAuth, Client, TokenAuth

TOKEN = "tok-3b1f9c2e8a7d4f60"

IMPORT_CHANGES_NOTHING = """
import logging, sys
sys.path.insert(0, sys.argv[1])
def state():
    names = ["", "saymon_sdk", "httpx", "httpcore", "httpcore.http11", "httpcore.connection"]
    return {n: (list(logging.getLogger(n).handlers), list(logging.getLogger(n).filters), logging.getLogger(n).level)
            for n in names}
before = state()
import saymon_sdk
from saymon_sdk import Client, TokenAuth
assert state() == before, (before, state())
client = Client("http://127.0.0.1:9", auth=TokenAuth("tok-3b1f9c2e8a7d4f60"))
after = state()
assert after["saymon_sdk"][0], "SAYMON_LOG=debug: a handler once a client is made"
assert after["httpx"][1], "the secret filter once a client is made"
print("ok")
"""


def test_importing_configures_no_logger_and_a_client_does_what_saymon_log_asks() -> (
    None
):
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_CHANGES_NOTHING, str(PACKAGE / "python" / "src")],
        env={"SAYMON_LOG": "debug", "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr


def _faults(url: str, spec: Any) -> None:
    httpx.post(f"{url}/__emulator/faults", json=spec).raise_for_status()


def test_requests_and_retries_are_logged_redacted(
    emulator: Any, caplog: pytest.LogCaptureFixture
) -> None:
    with Client(emulator.url, auth=BasicAuth("admin", "saymon")) as admin:
        from saymon_sdk import create_auth_token

        token = create_auth_token(admin, admin.users.current().id)
    _faults(
        emulator.url,
        {
            "kind": "error",
            "status": 503,
            "method": "GET",
            "path": "/node/api/users/current",
            "times": 1,
        },
    )
    try:
        with (
            caplog.at_level(logging.DEBUG, logger="saymon_sdk"),
            Client(emulator.url, auth=TokenAuth(token)) as client,
        ):
            client.users.current()
    finally:
        httpx.delete(f"{emulator.url}/__emulator/faults")
    lines = [r.getMessage() for r in caplog.records if r.name == "saymon_sdk"]
    assert any(
        line.startswith("GET ")
        and "/node/api/users/current" in line
        and "-> 503 in " in line
        and "(attempt 1)" in line
        for line in lines
    ), lines
    assert any(
        "-> 503; retrying in " in line and "(attempt 2 of 3)" in line for line in lines
    ), lines
    assert any("-> 200 in " in line and "(attempt 2)" in line for line in lines), lines
    everything = "\n".join(r.getMessage() for r in caplog.records)
    assert (
        token not in everything and "api-token=" in everything
    )  # the name stays, the value is redacted


def test_a_network_error_retry_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    calls = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json={"id": "1", "login": "admin"})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with caplog.at_level(logging.DEBUG, logger="saymon_sdk"):
        with Client(
            "http://127.0.0.1:9", auth=TokenAuth(TOKEN), http_client=http
        ) as client:
            client.with_options(response_validation="off").users.current()
    lines = [r.getMessage() for r in caplog.records if r.name == "saymon_sdk"]
    assert any("-> ConnectError; retrying in " in line for line in lines), lines
    assert TOKEN not in "\n".join(lines)
