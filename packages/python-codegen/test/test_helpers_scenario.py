"""
The shared helpers scenario (``packages/emulator/test/helpers-scenario.json``) with the Python helpers, sync and
async, on a fresh demo estate; vitest runs the same file with the TypeScript helpers. Writes are counted by the
emulator: a zero-delay ``latency`` fault on each write method counts its hits.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from conftest import PACKAGE, Emulator
from saymon_sdk import (
    AsyncClient,
    BasicAuth,
    Client,
    SaymonValidationError,
    afind_or_create_object,
    aupsert_properties,
    awalk_objects,
    find_or_create_object,
    upsert_properties,
    walk_objects,
)

SCENARIO: dict[str, Any] = json.loads(
    (PACKAGE.parent / "emulator" / "test" / "helpers-scenario.json").read_text()
)
ADMIN = BasicAuth("admin", "saymon")


def _counted(fresh_emulator: Callable[..., Emulator]) -> tuple[str, Callable[[], int]]:
    running = fresh_emulator("--seed", "demo")
    faults = [
        {"kind": "latency", "method": m, "path": "/node/api/*", "delayMs": 0}
        for m in ("POST", "PUT", "PATCH", "DELETE")
    ]
    httpx.post(f"{running.url}/__emulator/faults", json=faults).raise_for_status()

    def writes() -> int:
        return sum(
            fault["hits"]
            for fault in httpx.get(f"{running.url}/__emulator/faults").json()
        )

    return running.url, writes


def _id_of(client: Client, name: str) -> str:
    found = [o.id for o in client.objects.list() if o.name == name]
    assert len(found) == 1, name
    return found[0]


def _check_walk(walk: dict[str, Any], nodes: list[Any]) -> None:
    by_depth: list[int] = []
    for node in nodes:
        by_depth.extend([0] * (node.depth + 1 - len(by_depth)))
        by_depth[node.depth] += 1
    assert (
        len({node.object.id for node in nodes}) == len(nodes) == walk["expect"]["count"]
    )
    assert by_depth == walk["expect"]["byDepth"]
    if "depth1" in walk["expect"]:
        assert (
            sorted(n.object.name for n in nodes if n.depth == 1)
            == walk["expect"]["depth1"]
        )
    assert all((n.parent_id is None) == (n.depth == 0) for n in nodes)


def test_the_scenario_with_the_sync_helpers(
    fresh_emulator: Callable[..., Emulator],
) -> None:
    url, writes = _counted(fresh_emulator)
    with Client(url, auth=ADMIN) as client:
        for walk in SCENARIO["walkObjects"]:
            nodes = list(
                walk_objects(
                    client,
                    _id_of(client, walk["from"]),
                    max_depth=walk.get("maxDepth"),
                    concurrency=4,
                )
            )
            _check_walk(walk, nodes)

        upserts = SCENARIO["upsertProperties"]
        object_id = _id_of(client, upserts["object"])
        for step in upserts["steps"]:
            before = writes()
            result = upsert_properties(client, object_id, step["values"])
            assert vars(result) == step["expect"]
            assert writes() - before == step["writes"], step["values"]
        values = {p.name: str(p.value) for p in client.objects.properties(id=object_id)}
        assert values.items() >= upserts["finally"].items()

        finds = SCENARIO["findOrCreateObject"]
        parent_id = _id_of(client, finds["parent"])
        for step in finds["steps"]:
            before = writes()
            found = find_or_create_object(
                client,
                parent_id=parent_id,
                name=step["input"]["name"],
                discovery_id=step["input"].get("discoveryId"),
            )
            assert {"created": found.created, "name": found.object.name} == {
                "created": step["expect"]["created"],
                "name": step["expect"]["name"],
            }
            if "discoveryId" in step["expect"]:
                assert found.object.discovery_id == step["expect"]["discoveryId"]
            assert parent_id in found.object.parent_id
            assert writes() - before == step["writes"], step["input"]
        assert len(client.objects.children(id=parent_id)) == finds["children"]


async def test_the_scenario_with_the_async_helpers(
    fresh_emulator: Callable[..., Emulator],
) -> None:
    url, writes = _counted(fresh_emulator)
    with Client(url, auth=ADMIN) as sync:
        ids = {
            name: _id_of(sync, name) for name in ("Root", "Rack MSK1-R01", "msk1-web01")
        }
    async with AsyncClient(url, auth=ADMIN) as client:
        for walk in SCENARIO["walkObjects"]:
            nodes = [
                n
                async for n in awalk_objects(
                    client, ids[walk["from"]], max_depth=walk.get("maxDepth")
                )
            ]
            _check_walk(walk, nodes)
        for step in SCENARIO["upsertProperties"]["steps"]:
            before = writes()
            result = await aupsert_properties(client, ids["msk1-web01"], step["values"])
            assert vars(result) == step["expect"]
            assert writes() - before == step["writes"]
        for step in SCENARIO["findOrCreateObject"]["steps"]:
            before = writes()
            found = await afind_or_create_object(
                client,
                parent_id=ids["Rack MSK1-R01"],
                name=step["input"]["name"],
                discovery_id=step["input"].get("discoveryId"),
            )
            assert (found.created, found.object.name) == (
                step["expect"]["created"],
                step["expect"]["name"],
            )
            assert writes() - before == step["writes"]


def test_bad_input_is_refused_before_anything_is_sent() -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(
        lambda request: sent.append(request) or httpx.Response(500)
    )
    with Client(
        "http://127.0.0.1:9", auth=ADMIN, http_client=httpx.Client(transport=transport)
    ) as client:
        with pytest.raises(SaymonValidationError, match="text or a finite number"):
            upsert_properties(client, "1", {"rack": float("nan")})
        with pytest.raises(SaymonValidationError, match="text or a finite number"):
            upsert_properties(client, "1", {"flag": True})
        with pytest.raises(SaymonValidationError, match="non-empty"):
            find_or_create_object(client, parent_id="1", name="")
        with pytest.raises(SaymonValidationError, match="max_depth"):
            next(walk_objects(client, "1", max_depth=-1))
    assert sent == []


def test_a_walk_left_early_stops_reading(
    fresh_emulator: Callable[..., Emulator],
) -> None:
    url, _ = _counted(fresh_emulator)
    with Client(url, auth=ADMIN) as client:
        first = next(walk_objects(client, "1", concurrency=2))
        assert first.depth == 0 and first.object.id == "1"
