"""The generator's CLI and programmatic API: a renamed package, the same bytes from both, and a check that fails."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import PACKAGE

NODE = os.environ.get("NODE", "node")


def test_cli_and_api_give_the_same_bytes_and_check_finds_a_changed_one(
    tmp_path: Path,
) -> None:
    out = tmp_path / "other"
    cli = [NODE, "src/cli.ts", "--out", str(out), "--package-name", "other_sdk"]
    subprocess.run(cli, cwd=PACKAGE, check=True, capture_output=True)
    on_disk = {
        p.relative_to(out).as_posix(): p.read_text()
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }
    script = (
        "import { generate } from './src/index.ts';"
        "process.stdout.write(JSON.stringify([...generate({ packageName: 'other_sdk' })]));"
    )
    api = subprocess.run(
        [NODE, "--input-type=module", "-e", script],
        cwd=PACKAGE,
        check=True,
        capture_output=True,
        text=True,
    )
    # a second run, through the other entry point: the same files, byte for byte
    assert dict(json.loads(api.stdout)) == on_disk
    assert (
        "src/other_sdk/_endpoints.py" in on_disk
        and 'packages = ["src/other_sdk"]' in on_disk["pyproject.toml"]
    )
    # the renamed package works on its own
    probe = "import other_sdk, other_sdk._endpoints as e; assert len(e.ENDPOINTS) >= 229; print(other_sdk.Client)"
    env = {**os.environ, "PYTHONPATH": str(out / "src")}
    subprocess.run(
        [sys.executable, "-c", probe], env=env, check=True, capture_output=True
    )
    # --check passes on what it wrote and fails on one changed byte or a leftover file
    subprocess.run([*cli, "--check"], cwd=PACKAGE, check=True, capture_output=True)
    version = out / "src" / "other_sdk" / "_version.py"
    version.write_text(version.read_text().replace("__version__", "__version_"))
    changed = subprocess.run(
        [*cli, "--check"], cwd=PACKAGE, capture_output=True, text=True
    )
    assert changed.returncode == 1 and "src/other_sdk/_version.py" in changed.stderr


def test_cli_refuses_a_bad_package_name(tmp_path: Path) -> None:
    bad = subprocess.run(
        [NODE, "src/cli.ts", "--out", str(tmp_path), "--package-name", "saymon-sdk"],
        cwd=PACKAGE,
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and "Python module name" in bad.stderr
    assert not any(tmp_path.iterdir())


def test_every_generated_file_says_it_is_generated_and_where_to_edit() -> None:
    """A reader of the committed package is told on line 1 not to edit it (and which source to edit instead)."""
    out = PACKAGE / "python"
    unmarked = [
        p.relative_to(out).as_posix()
        for p in sorted(out.rglob("*"))
        if p.is_file()
        and p.suffix in {".py", ".toml", ".md"}
        and not any(
            part.startswith(".") or part == "__pycache__"
            for part in p.relative_to(out).parts
        )
        and "Do not edit" not in p.read_text(encoding="utf-8").split("\n", 1)[0]
    ]
    assert unmarked == []
