"""
A pytest plugin: the ``saymon_emulator`` fixture runs the SAYMON emulator on a free port for your tests and hands
each test its URL and a ready client, the demo estate reset before every test. Opt-in, in a ``conftest.py``::

    pytest_plugins = ["saymon_sdk.testing"]

It starts ``npx --yes @saymon-sdk/emulator@<this package's version>`` (Node.js needed), or, when
``SAYMON_EMULATOR_CLI`` names a built ``cli.js``, ``node <that file>`` (``NODE`` names the node binary). The process
is started once per test session and stopped at its end. Without Node.js, or when npx cannot fetch the emulator
package, the tests that use the fixture are skipped with a message that says which.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from ._auth import BasicAuth
from ._client import Client
from ._version import __version__

#: the demo estate's administrator (the emulator's documented login)
ADMIN = ("admin", "saymon")
#: how long the emulator may take to print its address (npx may download it first)
START_SECONDS = 180.0
_READY = re.compile(r"(http://127\.0\.0\.1:\d+)")


@dataclass
class SaymonEmulator:
    """What ``saymon_emulator`` gives a test: the emulator's ``url`` and a ``client`` logged in as its admin."""

    url: str
    client: Client
    seed: str

    def reset(self) -> None:
        """Back to a fresh estate, faults and sessions cleared (done before every test already)."""
        _reset(self.url, self.seed)


class _Process:
    def __init__(self, command: list[str], fetched: bool) -> None:
        self.fetched = fetched
        self.popen = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.url: str | None = None
        self.stderr: list[str] = []
        lines: list[str] = []
        reader = threading.Thread(target=self._first_line, args=(lines,), daemon=True)
        reader.start()
        reader.join(START_SECONDS)
        match = _READY.search(lines[0]) if lines else None
        if match is None:
            self.stop()
            self._fail(lines[0] if lines else "")
        else:
            self.url = match.group(1)

    def _first_line(self, lines: list[str]) -> None:
        assert self.popen.stdout is not None
        lines.append(self.popen.stdout.readline())

    def _fail(self, line: str) -> None:
        detail = " ".join(self.stderr[-3:] or [line]).strip() or "no output"
        if self.fetched:
            pytest.skip(
                f"saymon_emulator: the emulator package @saymon-sdk/emulator@{__version__} could not be fetched "
                f"or started by npx ({detail[:300]})"
            )
        pytest.fail(
            f"saymon_emulator: the emulator did not start ({detail[:300]})",
            pytrace=False,
        )

    def stop(self) -> None:
        self.popen.terminate()
        try:
            self.popen.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            self.popen.wait()
        for stream in (self.popen.stdout, self.popen.stderr):
            if stream is not None:
                if stream is self.popen.stderr:
                    self.stderr = stream.read().splitlines()
                stream.close()


def _command(seed: str) -> tuple[list[str], bool]:
    node = os.environ.get("NODE") or shutil.which("node")
    if not node:
        pytest.skip(
            "saymon_emulator: Node.js is not installed (no node on PATH); the emulator needs Node.js >= 22"
        )
    args = ["--port", "0", "--seed", seed]
    cli = os.environ.get("SAYMON_EMULATOR_CLI")
    if cli:
        return [node, cli, *args], False
    npx = shutil.which("npx", path=os.path.dirname(node)) or shutil.which("npx")
    if not npx:
        pytest.skip(
            "saymon_emulator: Node.js is installed without npx, which fetches the emulator package"
        )
    return [npx, "--yes", f"@saymon-sdk/emulator@{__version__}", *args], True


def _reset(url: str, seed: str) -> None:
    httpx.post(f"{url}/__emulator/reset", json={"seed": seed}).raise_for_status()
    httpx.delete(f"{url}/__emulator/faults").raise_for_status()


@pytest.fixture(scope="session")
def _saymon_emulator_process() -> Iterator[_Process]:
    seed = os.environ.get("SAYMON_EMULATOR_SEED", "demo")
    command, fetched = _command(seed)
    process = _Process(command, fetched)
    yield process
    process.stop()


@pytest.fixture
def saymon_emulator(_saymon_emulator_process: _Process) -> Iterator[SaymonEmulator]:
    """The running emulator, reset to a fresh estate: ``saymon_emulator.url`` and ``saymon_emulator.client``."""
    url = _saymon_emulator_process.url
    assert url is not None
    seed = os.environ.get("SAYMON_EMULATOR_SEED", "demo")
    _reset(url, seed)
    with Client(url, auth=BasicAuth(*ADMIN)) as client:
        yield SaymonEmulator(url=url, client=client, seed=seed)
