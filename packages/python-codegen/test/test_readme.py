"""The Python code blocks of the READMEs type-check with ``mypy --strict`` against the generated package."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PACKAGE

READMES = [PACKAGE / "python" / "README.md", PACKAGE / "README.md"]


def blocks(readme: Path) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", readme.read_text(), flags=re.M | re.S)


@pytest.mark.parametrize("readme", READMES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_readme_code_type_checks(readme: Path, tmp_path: Path) -> None:
    found = blocks(readme)
    assert found, f"{readme}: no python block"
    for index, code in enumerate(found):
        (tmp_path / f"block_{index}.py").write_text(code)
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(PACKAGE / ".mypy_cache"), str(tmp_path)],
        cwd=PACKAGE,
        env={"MYPYPATH": str(PACKAGE / "python" / "src"), "PATH": ""},
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
