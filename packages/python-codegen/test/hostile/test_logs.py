"""Hostile: a program that turns on every log line (root logger at DEBUG) finds no secret in any of them.

httpx logs each request at INFO with its URL (the token sits in its query), httpcore logs the answer's headers
at DEBUG (``Set-Cookie: sid=…; csrf=…``). Each runs in a fresh interpreter with ``logging.basicConfig``, as a
script would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest
from conftest import PACKAGE

from saymon_sdk._secrets import is_secret_name, is_secret_property, is_secret_value

PASSWORD = "Pw-9dk2-logs"
OTHER_SID = "sid-verify-7f3a9c"
SCRIPT = """
import json, logging, sys
sys.path.insert(0, sys.argv[1])
logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format="%(name)s %(levelname)s %(message)s")
from saymon_sdk import BasicAuth, Client, SessionAuth, TokenAuth
url = sys.argv[2]
seen = {}
password = sys.argv[3]
with Client(url, auth=BasicAuth("admin", "saymon")) as admin:
    token = seen["token"] = admin.auth_tokens.create(id=admin.users.current().id)
    admin.users.create(body={"login": "logcheck", "password": password, "name": "Log check"})
with Client(url, auth=BasicAuth("logcheck", password)) as client:
    client.users.current()
with Client(url, auth=TokenAuth(token)) as client:
    client.objects.list()
session = SessionAuth("logcheck", password)
with Client(url, auth=session) as client:
    client.users.current()
    client.objects.search(body={"name": "x"})
    seen["sid"], seen["csrf"] = session.session.sid, session.session.csrf
    # another session's id, checked: the registry marks the path parameter secret
    client.sessions.verify(id=sys.argv[4])
print(json.dumps(seen))
"""


def run(emulator_url: str) -> tuple[str, dict[str, str]]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(PACKAGE / "python" / "src"), emulator_url, PASSWORD, OTHER_SID],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stderr, json.loads(done.stdout.strip().splitlines()[-1])


def test_no_log_line_of_httpx_or_httpcore_carries_a_secret(fresh_emulator: Any) -> None:
    emulator = fresh_emulator("--seed", "demo")
    logs, seen = run(emulator.url)
    # the loggers the client drives did write: the test sees what a real program would
    assert "httpx INFO HTTP Request: GET" in logs and "httpcore.http11 DEBUG" in logs, logs[:2000]
    assert "api-token=[REDACTED]" in logs
    secrets = {"token": seen["token"], "password": PASSWORD, "sid": seen["sid"], "csrf": seen["csrf"] or "", "other sid": OTHER_SID}
    for name, value in secrets.items():
        if value:
            leaks = [line for line in logs.splitlines() if value in line]
            assert leaks == [], f"{name} in {leaks[:3]}"


NAMES = [
    ("password", True),
    ("newPassword", True),
    ("currentPassword", True),
    ("bindPassword", True),
    ("api-token", True),
    ("x-session-id", True),
    ("Set-Cookie", True),
    ("apiKey", True),
    ("key", False),
    ("monkey", False),
    ("bypass", False),
    ("sidebar", False),
    ("session", False),
]


@pytest.mark.parametrize(("name", "secret"), NAMES)
def test_the_generated_classifier(name: str, secret: bool) -> None:
    assert is_secret_name(name) is secret


def test_the_generated_classifier_answers_as_core_does() -> None:
    # the same names through @saymon-sdk/core's isSecretName (the built package)
    names = [name for name, _ in NAMES] + ["SAYMON_PASSWORD", "authenticationToken", "APIKey", "db.pwd", "tokenizer"]
    code = (
        "const { isSecretName } = await import('@saymon-sdk/core/adapter');"
        "console.log(JSON.stringify(JSON.parse(process.argv[1]).map(isSecretName)))"
    )
    node = os.environ.get("NODE", "node")
    done = subprocess.run(
        [node, "--input-type=module", "-e", code, json.dumps(names)],
        cwd=PACKAGE,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout) == [is_secret_name(name) for name in names]


def test_a_value_that_merely_contains_a_secret_is_not_one() -> None:
    assert is_secret_value("hunter22", ["hunter22"])
    assert not is_secret_value("my hunter22 notes", ["hunter22"])
    assert is_secret_property({"name": "Bind Password", "value": "x"})
    assert not is_secret_property({"name": "monkey", "value": "x"})
