"""Pagination over limit/skip lists and bounded-concurrency bulk work."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ._errors import SaymonValidationError

T = TypeVar("T")
I = TypeVar("I")  # noqa: E741
R = TypeVar("R")


def _start(page_size: int, query: Mapping[str, Any] | None) -> tuple[dict[str, Any], int]:
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise SaymonValidationError(
            f"page_size must be a positive integer, got {page_size!r}",
            issues=[{"path": ["page_size"], "message": "expected a positive integer"}],
        )
    base = dict(query or {})
    skip = int(base.pop("skip", 0) or 0)
    base.pop("limit", None)
    return base, skip


def paginate(
    method: Callable[..., Sequence[T]], *, page_size: int = 100, query: Mapping[str, Any] | None = None, **path: Any
) -> Iterator[T]:
    """Every item of a limit/skip list, page after page, until a short page."""
    base, skip = _start(page_size, query)
    while True:
        page = method(**path, query={**base, "limit": page_size, "skip": skip})
        yield from page
        if len(page) < page_size:
            return
        skip += len(page)


async def apaginate(
    method: Callable[..., Awaitable[Sequence[T]]],
    *,
    page_size: int = 100,
    query: Mapping[str, Any] | None = None,
    **path: Any,
) -> AsyncIterator[T]:
    """``paginate`` for the async client: ``async for row in client.paginate(...)``."""
    base, skip = _start(page_size, query)
    while True:
        page = await method(**path, query={**base, "limit": page_size, "skip": skip})
        for item in page:
            yield item
        if len(page) < page_size:
            return
        skip += len(page)


@dataclass(frozen=True)
class BulkResult(Generic[I, R]):
    """What one item of a bulk run gave: ``value`` or ``error`` (an exception), never both."""

    item: I
    value: R | None = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def _check_concurrency(concurrency: int) -> None:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise SaymonValidationError(
            f"concurrency must be a positive integer, got {concurrency!r}",
            issues=[{"path": ["concurrency"], "message": "expected a positive integer"}],
        )


def bulk(
    items: Iterable[I],
    work: Callable[[I], R],
    *,
    concurrency: int = 10,
    on_progress: Callable[[int, int], None] | None = None,
    stop: threading.Event | None = None,
) -> list[BulkResult[I, R]]:
    """
    Runs ``work(item)`` for every item with at most ``concurrency`` in flight; one result per item, in order. A
    failing item is reported in its result and the others go on. Setting ``stop`` skips the items not yet started.
    """
    _check_concurrency(concurrency)
    listed = list(items)
    done = 0
    lock = threading.Lock()

    def one(item: I) -> BulkResult[I, R]:
        nonlocal done
        if stop is not None and stop.is_set():
            result: BulkResult[I, R] = BulkResult(item, error=RuntimeError("stopped before it started"))
        else:
            try:
                result = BulkResult(item, value=work(item))
            except Exception as error:  # noqa: BLE001 - reported per item
                result = BulkResult(item, error=error)
        if on_progress is not None:
            with lock:
                done += 1
                on_progress(done, len(listed))
        return result

    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        return list(pool.map(one, listed))


async def abulk(
    items: Iterable[I],
    work: Callable[[I], Awaitable[R]],
    *,
    concurrency: int = 10,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[BulkResult[I, R]]:
    """``bulk`` for coroutines; cancelling the awaiting task cancels the items in flight."""
    import asyncio

    _check_concurrency(concurrency)
    listed = list(items)
    gate = asyncio.Semaphore(concurrency)
    done = 0

    async def one(item: I) -> BulkResult[I, R]:
        nonlocal done
        async with gate:
            try:
                result: BulkResult[I, R] = BulkResult(item, value=await work(item))
            except Exception as error:  # noqa: BLE001 - reported per item
                result = BulkResult(item, error=error)
        done += 1
        if on_progress is not None:
            on_progress(done, len(listed))
        return result

    return list(await asyncio.gather(*(one(item) for item in listed)))
