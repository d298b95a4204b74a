"""The hostile servers of a suite: started for each test file's test, closed when it ends."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hostile.hostile_server import Servers, started


@pytest.fixture
def servers() -> Iterator[Servers]:
    yield from started()
