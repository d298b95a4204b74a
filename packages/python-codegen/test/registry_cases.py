"""
Cases for every registry endpoint, derived from the generated endpoint table and the emulator's data: path ids
are found by listing the collection each parameter belongs to, and bodies and queries come from SAYMON's
documented request examples (the reference catalog) where they fit the endpoint's input types.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from saymon_sdk import Client, SaymonError
from saymon_sdk._endpoint import Endpoint
from saymon_sdk._endpoints import ENDPOINTS


def snake(name: str) -> str:
    out = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    out = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", out).replace("-", "_").replace(".", "_").lower()
    return (
        out + "_" if out in {"import", "from", "class", "def", "del", "global", "in", "is", "not", "and", "or"} else out
    )


def shape(path: str) -> str:
    return re.sub(r":[A-Za-z_]\w*", ":", path)


def catalog_examples() -> dict[tuple[str, str], dict[str, Any]]:
    here = Path(__file__).resolve()
    candidates = [os.environ.get("SAYMON_CATALOG", "")] + [
        str(here.parents[n] / "shared" / "saymon-api" / "catalog.json") for n in (3, 4, 5)
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            catalog = json.loads(Path(candidate).read_text())
            return {
                (e["method"], shape(e["path"])): e["requestExample"]
                for e in catalog["endpoints"]
                if e.get("requestExample")
            }
    return {}


def example_input(ep: Endpoint, examples: dict[tuple[str, str], dict[str, Any]]) -> tuple[Any, Any]:
    """The documented query and body for an endpoint, when they are data (not templates)."""
    example = examples.get((ep.method, shape(ep.path))) or {}
    body = example.get("body")
    if isinstance(body, str):
        try:
            body = json.loads(body)
        except ValueError:
            body = None if ep.body_kind != "text" else body
    query = example.get("query") or None
    return query, body


class Resolver:
    """Finds a real id for each path parameter: the first item of the GET collection the parameter indexes."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self.collections = {shape(e.path): e for e in ENDPOINTS.values() if e.method == "GET"}
        self.cache: dict[str, Any] = {}

    def first_id(self, collection: str, path: dict[str, Any]) -> Any:
        key = collection + json.dumps(path, sort_keys=True, default=str)
        if key in self.cache:
            return self.cache[key]
        found: Any = None
        ep = self.collections.get(shape(collection))
        if ep is not None and len(ep.path_params) == len(path):
            try:
                data = self.client.call(ep.id, path=path, options={"response_validation": "off"})
            except SaymonError:
                data = None
            items = data if isinstance(data, list) else (data.get("items") if isinstance(data, dict) else None)
            if isinstance(items, list):
                for item in items:
                    if isinstance(item, dict) and item.get("id") not in (None, ""):
                        found = item["id"]
                        break
        self.cache[key] = found
        return found

    def path_for(self, ep: Endpoint) -> dict[str, Any] | None:
        segments = ep.path.split("/")
        names = dict((template, name) for name, template in ep.path_params)
        path: dict[str, Any] = {}
        for index, segment in enumerate(segments):
            if not segment.startswith(":"):
                continue
            collection = "/".join(segments[:index])
            value = self.first_id(collection, dict(path))
            if value is None:
                return None
            path[names[segment[1:]]] = value
        return path


def ordered() -> list[Endpoint]:
    """Reads first, then writes, deletes last (so the reads see the demo estate as seeded)."""
    rank = {"GET": 0, "POST": 1, "PUT": 2, "PATCH": 2, "DELETE": 3}
    return sorted(ENDPOINTS.values(), key=lambda e: (rank[e.method], e.id))
