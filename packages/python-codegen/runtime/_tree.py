"""``walk_objects``: the object tree from an id, read with bounded concurrency (the TypeScript ``walkObjects``)."""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._helpers import _check_concurrency
from ._types import RequestOptions

if TYPE_CHECKING:
    from . import models
    from ._client import AsyncClient, Client


@dataclass(frozen=True)
class TreeNode:
    """One object reached by ``walk_objects``: the object as ``objects.get`` answers it, its depth (0 for the start
    object) and the id of the object it was reached from (``None`` for the start object)."""

    object: models.Object
    depth: int
    parent_id: str | None


def _check_depth(max_depth: int | None) -> None:
    if max_depth is not None and (isinstance(max_depth, bool) or not isinstance(max_depth, int) or max_depth < 0):
        from ._errors import SaymonValidationError

        raise SaymonValidationError(
            f"max_depth must be a whole number of at least 0 or None, got {max_depth!r}",
            issues=[{"path": ["max_depth"], "message": "expected an integer of at least 0"}],
        )


def _children(node: TreeNode, max_depth: int | None, seen: set[str]) -> list[tuple[str, int, str | None]]:
    if max_depth is not None and node.depth >= max_depth:
        return []
    found: list[tuple[str, int, str | None]] = []
    for child in getattr(node.object, "child_ids", None) or []:
        if isinstance(child, str) and child and child not in seen:
            seen.add(child)
            found.append((child, node.depth + 1, node.object.id))
    return found


def walk_objects(
    client: Client,
    root_id: str,
    *,
    max_depth: int | None = None,
    concurrency: int = 8,
    options: RequestOptions | None = None,
) -> Iterator[TreeNode]:
    """
    Walks the object tree from ``root_id`` following ``child_ids``, with at most ``concurrency`` reads in flight
    (threads); yields each object as it arrives, each once even where the tree joins or loops. A failed read ends the
    walk with its error; leaving the loop early cancels the reads not yet started.
    """
    from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

    _check_concurrency(concurrency)
    _check_depth(max_depth)
    queue: deque[tuple[str, int, str | None]] = deque([(root_id, 0, None)])
    seen = {root_id}
    running: dict[Future[models.Object], tuple[int, str | None]] = {}
    pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="saymon-walk")
    try:
        while queue or running:
            while queue and len(running) < concurrency:
                object_id, depth, parent = queue.popleft()
                running[pool.submit(client.objects.get, id=object_id, options=options)] = (depth, parent)
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                depth, parent = running.pop(future)
                node = TreeNode(future.result(), depth, parent)
                queue.extend(_children(node, max_depth, seen))
                yield node
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


async def awalk_objects(
    client: AsyncClient,
    root_id: str,
    *,
    max_depth: int | None = None,
    concurrency: int = 8,
    options: RequestOptions | None = None,
) -> AsyncIterator[TreeNode]:
    """``walk_objects`` for the async client: ``async for node in awalk_objects(client, root_id)``."""
    import asyncio

    _check_concurrency(concurrency)
    _check_depth(max_depth)
    queue: deque[tuple[str, int, str | None]] = deque([(root_id, 0, None)])
    seen = {root_id}
    running: dict[asyncio.Task[models.Object], tuple[int, str | None]] = {}
    try:
        while queue or running:
            while queue and len(running) < concurrency:
                object_id, depth, parent = queue.popleft()
                task = asyncio.ensure_future(client.objects.get(id=object_id, options=options))
                running[task] = (depth, parent)
            done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                depth, parent = running.pop(task)
                node = TreeNode(task.result(), depth, parent)
                queue.extend(_children(node, max_depth, seen))
                yield node
    finally:
        for task in running:
            task.cancel()
