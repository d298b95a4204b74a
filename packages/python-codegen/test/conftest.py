"""Starts the emulator (the built CLI, a free port) for the tests and puts the generated package on the path."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent
sys.path.insert(0, str(PACKAGE / "python" / "src"))
CLI = PACKAGE.parent / "emulator" / "dist" / "cli.js"
# the package's own pytest plugin (saymon_emulator), on the emulator built in this repository
os.environ.setdefault("SAYMON_EMULATOR_CLI", str(CLI))
pytest_plugins = ["saymon_sdk.testing"]


class Emulator:
    def __init__(self, *args: str) -> None:
        node = os.environ.get("NODE", "node")
        self.process = subprocess.Popen(
            [node, str(CLI), "--port", "0", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+)", line)
        if not match:
            self.process.kill()
            raise RuntimeError(
                f"emulator did not start: {line!r} {self.process.stderr.read() if self.process.stderr else ''}"
            )
        self.url = match.group(1)

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture(scope="session")
def emulator() -> Iterator[Emulator]:
    running = Emulator("--seed", "demo")
    yield running
    running.close()


@pytest.fixture
def fresh_emulator() -> Iterator[Callable[..., Emulator]]:
    started: list[Emulator] = []

    def start(*args: str) -> Emulator:
        running = Emulator(*args)
        started.append(running)
        return running

    yield start
    for running in started:
        running.close()


@pytest.fixture
def tmp_path() -> Iterator[Path]:
    """A fresh folder in the system temp dir, removed with its contents when the test ends.

    Replaces pytest's own, which keeps the folders of the last three runs under pytest-of-<user>
    (certificates with their private keys among them).
    """
    with tempfile.TemporaryDirectory(prefix="saymon-pytest-") as name:
        yield Path(name)
