"""Retries, timeouts, raw responses, pagination and bulk against emulator faults and data."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from saymon_sdk import (
    AsyncClient,
    BasicAuth,
    Client,
    SaymonConnectionError,
    SaymonServerError,
    SaymonTimeoutError,
    abulk,
    apaginate,
    bulk,
    paginate,
)

ADMIN = BasicAuth("admin", "saymon")


def fault(url: str, **spec: Any) -> None:
    httpx.post(f"{url}/__emulator/faults", json=spec).raise_for_status()


def hits(url: str) -> int:
    return sum(f["hits"] for f in httpx.get(f"{url}/__emulator/faults").json())


@pytest.fixture
def faulty(fresh_emulator: Any) -> Any:
    emulator = fresh_emulator()
    yield emulator
    httpx.delete(f"{emulator.url}/__emulator/faults")


def fast(client: Client) -> Client:
    client._config = client._config.but(random=lambda: 0.0)  # no jitter wait in tests
    return client


def test_get_is_retried_on_503_then_succeeds(faulty: Any) -> None:
    fault(faulty.url, kind="error", status=503, method="GET", path="/node/api/users/current", times=2)
    with fast(Client(faulty.url, auth=ADMIN, max_retries=2)) as client:
        assert client.users.current().login == "admin"
    assert hits(faulty.url) == 2


def test_retry_after_is_honoured_and_retries_run_out(faulty: Any) -> None:
    fault(faulty.url, kind="error", status=429, method="GET", path="/node/api/users/current")
    with fast(Client(faulty.url, auth=ADMIN, max_retries=1)) as client:
        with pytest.raises(Exception) as caught:
            client.users.current()
    assert getattr(caught.value, "status", None) == 429
    assert hits(faulty.url) == 2


def test_post_is_not_retried_unless_idempotent(faulty: Any) -> None:
    fault(faulty.url, kind="error", status=503, method="POST", path="/node/api/objects", times=1)
    with fast(Client(faulty.url, auth=ADMIN, max_retries=2)) as client:
        with pytest.raises(SaymonServerError):
            client.objects.create(body={"name": "once"})
        assert hits(faulty.url) == 1
        fault(faulty.url, kind="error", status=503, method="POST", path="/node/api/objects", times=1)
        created = client.objects.create(body={"name": "retried"}, options={"idempotent": True})
        assert created.name == "retried"


def test_html_502_and_reset(faulty: Any) -> None:
    fault(faulty.url, kind="html502", method="GET", path="/node/api/users/current")
    with fast(Client(faulty.url, auth=ADMIN, max_retries=0)) as client:
        with pytest.raises(SaymonServerError) as caught:
            client.users.current()
        assert caught.value.status == 502 and caught.value.body_snippet and "<" not in caught.value.body_snippet
        httpx.delete(f"{faulty.url}/__emulator/faults")
        fault(faulty.url, kind="reset", method="GET", path="/node/api/users/current")
        with pytest.raises(SaymonConnectionError):
            client.users.current()


def test_timeout(faulty: Any) -> None:
    fault(faulty.url, kind="latency", delayMs=1500, method="GET", path="/node/api/users/current")
    with Client(faulty.url, auth=ADMIN, timeout=0.2, max_retries=0) as client:
        with pytest.raises(SaymonTimeoutError):
            client.users.current()
        assert client.users.current(options={"timeout": 5}).login == "admin"


def test_raw_response(emulator: Any) -> None:
    with Client(emulator.url, auth=ADMIN) as client:
        raw = client.raw("users.current")
        assert raw.status_code == 200 and raw.headers["content-type"].startswith("application/json")
        assert raw.parse().login == "admin"


def test_pagination_and_bulk(fresh_emulator: Any) -> None:
    emulator = fresh_emulator()
    with Client(emulator.url, auth=ADMIN) as client:
        parent = client.objects.create(body={"name": "bulk parent"})
        results = bulk(
            range(25),
            lambda i: client.objects.create(body={"name": f"o{i}", "parent_id": str(parent.id)}),
            concurrency=5,
        )
        assert all(r.ok for r in results) and len(results) == 25
        failing = bulk([str(parent.id), "ffffffffffffffffffffffff"], lambda i: client.objects.get(id=i), concurrency=2)
        assert failing[0].ok and not failing[1].ok and getattr(failing[1].error, "status", None) == 404
        from saymon_sdk._endpoints import ENDPOINTS

        assert ENDPOINTS["eventLog.list"].pageable
        direct = client.event_log.list(query={"limit": 1000})
        assert len(direct) > 7
        paged = list(paginate(client.event_log.list, page_size=3))
        assert [e.id for e in paged] == [e.id for e in direct]


async def test_async_subset(fresh_emulator: Any) -> None:
    emulator = fresh_emulator()
    async with AsyncClient(emulator.url, auth=ADMIN) as client:
        objects = await client.objects.list()
        assert objects[0].name == "Root"
        created = await client.objects.create(body={"name": "async"})
        got = await client.objects.get(id=str(created.id))
        assert got.name == "async"
        results = await abulk(range(10), lambda i: client.objects.create(body={"name": f"a{i}"}), concurrency=3)
        assert all(r.ok for r in results)
        rows = [row async for row in apaginate(client.event_log.list, page_size=2)]
        assert len(rows) >= 10
        await client.objects.delete(id=str(created.id))


def test_tls_and_proxy_settings_reach_httpx(emulator: Any) -> None:
    import ssl

    import certifi

    from saymon_sdk._config import tls_verify

    assert isinstance(tls_verify(certifi.where()), ssl.SSLContext)
    assert tls_verify(False) is False
    # every request goes through the proxy: a proxy that refuses connections fails the call
    with Client(emulator.url, auth=ADMIN, proxy="http://127.0.0.1:9", max_retries=0) as client:
        with pytest.raises(SaymonConnectionError):
            client.users.current()
    with Client(emulator.url, auth=ADMIN, verify=certifi.where()) as client:
        assert client.users.current().login == "admin"  # plain http: the CA is not used, the call works
