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
        assert len(direct) > 7 and all(e.field_id for e in direct)  # an entry's id is `_id`
        paged = list(paginate(client.event_log.list, page_size=3))
        assert [e.field_id for e in paged] == [e.field_id for e in direct]


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


def scripted(*answers: httpx.Response) -> tuple[httpx.Client, list[httpx.Request]]:
    """An httpx client whose server answers with the given responses in turn (the last one repeats)."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answers[min(len(sent), len(answers)) - 1]

    return httpx.Client(transport=httpx.MockTransport(answer)), sent


ME = {"id": "1", "login": "admin"}


def test_retry_after_backoff_and_jitter(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr("saymon_sdk._sync_client.time.sleep", slept.append)
    busy = httpx.Response(429, headers={"retry-after": "2"}, json={"code": "TooManyRequests", "message": "slow down"})
    http, sent = scripted(busy, httpx.Response(200, json=ME))
    with Client("http://saymon.test", auth=ADMIN, http_client=http) as client:
        client._config = client._config.but(random=lambda: 1.0)
        client.raw("users.current")
    assert slept == [2.0] and len(sent) == 2  # the server's Retry-After, not the backoff
    # without Retry-After: exponential backoff, scaled by the jitter (0.5x..1x)
    for jitter, expected in ((0.0, [0.25, 0.5, 1.0]), (1.0, [0.5, 1.0, 2.0])):
        slept.clear()
        http, sent = scripted(
            httpx.Response(503), httpx.Response(503), httpx.Response(502), httpx.Response(200, json=ME)
        )
        with Client("http://saymon.test", auth=ADMIN, http_client=http, max_retries=3) as client:
            client._config = client._config.but(random=lambda j=jitter: j)
            client.raw("users.current")
        assert slept == expected and len(sent) == 4
    # 500 is not retried; a POST is not retried without `idempotent`; max_retries per call
    for status, method, options, calls in (
        (500, "GET", {}, 1),
        (503, "POST", {}, 1),
        (503, "GET", {"max_retries": 0}, 1),
    ):
        http, sent = scripted(httpx.Response(status))
        with Client("http://saymon.test", auth=ADMIN, http_client=http) as client:
            with pytest.raises(SaymonServerError):
                if method == "GET":
                    client.users.current(options=options)  # type: ignore[arg-type]
                else:
                    client.objects.create(body={"name": "x"}, options=options)  # type: ignore[arg-type]
        assert len(sent) == calls, (status, method, options)


def test_with_options_shares_the_pool_and_merges_headers() -> None:
    http, sent = scripted(httpx.Response(200, json=ME))
    client = Client("http://saymon.test", auth=ADMIN, headers={"x-base": "1"}, max_retries=2)
    client._http.close()
    client._http = http  # the client's own pool, answering from the script
    derived = client.with_options(headers={"x-extra": "2"}, max_retries=0, timeout=3)
    derived.users.current()
    assert sent[-1].headers["x-base"] == "1" and sent[-1].headers["x-extra"] == "2"
    assert derived._http is client._http and derived._config.max_retries == 0 and client._config.max_retries == 2
    derived.close()  # closing a derived client leaves the shared pool open
    client.users.current()
    assert "x-extra" not in sent[-1].headers
    client.close()
    assert http.is_closed
