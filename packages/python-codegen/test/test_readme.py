"""The Python code blocks of the READMEs: every one type-checks with ``mypy --strict`` against the generated package,
and every block of the published README runs against the emulator (a fresh demo estate for each block).

A block that cannot run says so on its first line (``# type-checked only: <why>``); the published README has to
hold at least one running block in each of its sections.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from conftest import PACKAGE, Emulator

PUBLISHED = PACKAGE / "python" / "README.md"
READMES = [PUBLISHED, PACKAGE / "README.md"]
NOT_RUN = "# type-checked only:"
#: what a block shows → what the emulator takes (its address, the demo admin's password)
SHOWN_URL = "https://saymon.example.com"
SHOWN_PASSWORD = '"admin", "secret"'
#: the sections issue 27 asks of the published README, each with a block the tests run
SECTIONS = [
    "Installation",
    "Quick start",
    "Authentication",
    "Errors",
    "Retries and timeouts",
    "Limits",
    "Pagination",
    "Bulk",
    "Tree walk and upserts",
    "Uploads and downloads",
    "Raw responses",
    "Logging",
    "Async",
    "Testing with the emulator",
    "How ids, numbers and field names come back",
    "Versioning",
]


def blocks(readme: Path) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", readme.read_text(), flags=re.M | re.S)


def sections(readme: Path) -> dict[str, str]:
    parts = re.split(r"^## (.+)$", readme.read_text(), flags=re.M)
    return {title.strip(): text for title, text in zip(parts[1::2], parts[2::2])}


@pytest.mark.parametrize("readme", READMES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_readme_code_type_checks(readme: Path, tmp_path: Path) -> None:
    found = blocks(readme)
    assert found, f"{readme}: no python block"
    for index, code in enumerate(found):
        (tmp_path / f"block_{index}.py").write_text(code)
    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(PACKAGE / ".mypy_cache"),
            str(tmp_path),
        ],
        cwd=PACKAGE,
        env={"MYPYPATH": str(PACKAGE / "python" / "src"), "PATH": ""},
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_published_readme_has_every_section_with_a_running_block() -> None:
    found = sections(PUBLISHED)
    missing = [title for title in SECTIONS if title not in found]
    assert missing == [], f"sections missing from the published README: {missing}"
    for title in SECTIONS:
        code = re.findall(r"^```(python|sh)\n(.*?)^```", found[title], flags=re.M | re.S)
        running = [text for lang, text in code if lang == "sh" or not text.startswith(NOT_RUN)]
        assert running, f"section {title!r} has no block the tests run"


def _helpers_table(readme: Path) -> str:
    text = readme.read_text()
    start = text.index("<!-- helpers table:")
    return text[start : text.index("\n\n", text.index("\n| ", start))]


def test_the_helpers_table_is_the_same_in_the_python_and_the_typescript_readme() -> None:
    python = _helpers_table(PUBLISHED)
    assert python == _helpers_table(PACKAGE.parent / "core" / "README.md")
    for name in (
        "walk_objects",
        "upsert_properties",
        "find_or_create_object",
        "walkObjects",
        "upsertProperties",
    ):
        assert f"`{name}(" in python, name


def _runnable(code: str, url: str) -> str:
    assert SHOWN_URL in code or "from_env" in code or "Client(" not in code, code
    return code.replace(SHOWN_URL, url).replace(SHOWN_PASSWORD, '"admin", "saymon"')


@pytest.fixture(scope="module")
def readme_emulator() -> Iterator[Emulator]:
    running = Emulator("--seed", "demo")
    yield running
    running.close()


@pytest.mark.parametrize("index", range(len(blocks(PUBLISHED))))
def test_published_readme_block_runs(index: int, readme_emulator: Emulator, tmp_path: Path) -> None:
    code = blocks(PUBLISHED)[index]
    if code.startswith(NOT_RUN):
        reason = code.splitlines()[0][len(NOT_RUN) :].strip()
        assert reason, "a block that is not run says why"
        pytest.skip(f"type-checked only: {reason}")
    httpx.post(f"{readme_emulator.url}/__emulator/reset", json={"seed": "demo"}).raise_for_status()
    script = tmp_path / f"test_block_{index}.py"
    script.write_text(_runnable(code, readme_emulator.url))
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(PACKAGE / "python" / "src"),
        "SAYMON_URL": readme_emulator.url,
        "SAYMON_LOGIN": "admin",
        "SAYMON_PASSWORD": "saymon",
    }
    # a block of pytest tests (the plugin's) runs under pytest, on the emulator built in this repository
    is_suite = re.search(r"^def test_", code, flags=re.M) is not None
    command = [sys.executable, str(script)]
    if is_suite:
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(script)]
        env["SAYMON_EMULATOR_CLI"] = os.environ["SAYMON_EMULATOR_CLI"]
        env["NODE"] = os.environ.get("NODE", "node")
    ran = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert ran.returncode == 0, f"block {index} failed:\n{code}\n{ran.stdout}\n{ran.stderr}"
    if is_suite:
        assert " passed" in ran.stdout and "skipped" not in ran.stdout, ran.stdout
