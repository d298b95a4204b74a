"""The pytest plugin ``saymon_sdk.testing``: a fresh estate for each test, and skips that say why."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import PACKAGE
from saymon_sdk.testing import SaymonEmulator


def _probe(saymon_emulator: SaymonEmulator) -> None:
    client = saymon_emulator.client
    client.objects.create(body={"name": "plugin-probe", "parent_id": "1"})
    # exactly one: what the other test made was reset away before this one
    assert [o.name for o in client.objects.list()].count("plugin-probe") == 1
    assert saymon_emulator.url.startswith("http://127.0.0.1:")


def test_each_test_gets_a_fresh_estate(saymon_emulator: SaymonEmulator) -> None:
    _probe(saymon_emulator)


def test_each_test_gets_a_fresh_estate_again(saymon_emulator: SaymonEmulator) -> None:
    _probe(saymon_emulator)


USER_TEST = """
pytest_plugins = ["saymon_sdk.testing"]

def test_uses_the_emulator(saymon_emulator):
    assert saymon_emulator.client.users.current().login == "admin"
"""


def _run_user_suite(tmp_path: Path, env: dict[str, str]) -> str:
    (tmp_path / "test_user.py").write_text(USER_TEST)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-rs",
            "-p",
            "no:cacheprovider",
            str(tmp_path / "test_user.py"),
        ],
        cwd=tmp_path,
        env={"PYTHONPATH": str(PACKAGE / "python" / "src"), **env},
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done.stdout + done.stderr


def test_without_node_the_tests_are_skipped_saying_so(tmp_path: Path) -> None:
    out = _run_user_suite(tmp_path, {"PATH": ""})
    assert "1 skipped" in out and "Node.js is not installed" in out, out


def test_when_npx_cannot_fetch_the_package_the_tests_are_skipped_saying_so(
    tmp_path: Path,
) -> None:
    node = os.environ.get("NODE") or shutil.which("node")
    assert node
    npm_home = tmp_path / "npm"
    env = {
        "PATH": f"{Path(node).parent}{os.pathsep}/usr/bin:/bin",
        "HOME": str(npm_home),
        # offline with an empty cache: npx cannot fetch anything, and nothing goes to a registry
        "npm_config_offline": "true",
        "npm_config_cache": str(npm_home / "cache"),
        "npm_config_update_notifier": "false",
    }
    out = _run_user_suite(tmp_path, env)
    assert (
        "1 skipped" in out
        and "could not be fetched" in out
        and "Node.js is not installed" not in out
    ), out
