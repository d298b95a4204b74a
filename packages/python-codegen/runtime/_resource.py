"""Base classes of the generated resources: each holds the client it calls through."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._async_client import BaseAsyncClient
    from ._sync_client import BaseClient


class SyncResource:
    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client


class AsyncResource:
    __slots__ = ("_client",)

    def __init__(self, client: BaseAsyncClient) -> None:
        self._client = client
