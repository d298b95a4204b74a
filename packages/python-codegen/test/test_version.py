"""The Python package carries the JS packages' version (one fixed changesets group)."""

from __future__ import annotations

import json
import re

from conftest import PACKAGE

import saymon_sdk


def test_versions_agree() -> None:
    packages = PACKAGE.parent
    js = {
        m["name"]: m["version"]
        for m in (
            json.loads((d / "package.json").read_text()) for d in packages.iterdir() if (d / "package.json").is_file()
        )
        if not m.get("private")
    }
    assert js, "no public JS packages found"
    pyproject = (PACKAGE / "python" / "pyproject.toml").read_text()
    match = re.search(r'^version = "(.*)"$', pyproject, re.M)
    assert match is not None
    assert set(js.values()) == {saymon_sdk.__version__} == {match.group(1)}, (
        js,
        saymon_sdk.__version__,
        match.group(1),
    )
