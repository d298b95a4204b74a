"""
Cases for every registry endpoint, derived from the generated endpoint table (never a second endpoint list):

- path ids: a record of the collection each path parameter indexes — for reads the first one listed (created when
  the collection is empty), for writes a fresh one made through the collection's own create endpoint, so no call
  changes what another one reads (nor the admin user the test runs as);
- queries and bodies: SAYMON's documented request examples (the reference catalog) where they fit the input types.

Endpoints whose example inputs cannot work (templates such as ``$login``, records that only another call produces)
have a setup in ``setups.py``; the few the emulator cannot answer over HTTP are listed there with the reason.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from saymon_sdk import Client, SaymonError
from saymon_sdk._endpoint import Endpoint
from saymon_sdk._endpoints import ENDPOINTS

#: collections addressed under another path: an entity id is an object's (or a link's) id
ALIASES = {"/node/api/entities": "/node/api/objects"}
_counter = itertools.count(1)


def snake(name: str) -> str:
    out = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    out = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", out).replace("-", "_").replace(".", "_").lower()
    return (
        out + "_" if out in {"import", "from", "class", "def", "del", "global", "in", "is", "not", "and", "or"} else out
    )


def shape(path: str) -> str:
    return re.sub(r":[A-Za-z_]\w*", ":", path)


def aliased(path_shape: str) -> str:
    for prefix, target in ALIASES.items():
        if path_shape == prefix or path_shape.startswith(prefix + "/"):
            return target + path_shape[len(prefix) :]
    return path_shape


def unique(text: str) -> str:
    return f"{text} {next(_counter)}"


#: SAYMON's documented examples, as facts kept in the repository (refreshed from the reference catalog by
#: ``packages/core/scripts/refresh-reference.ts``)
REFERENCE_FACTS = Path(__file__).resolve().parents[2] / "core" / "test" / "reference" / "saymon-api.gen.json"


def catalog_examples() -> dict[tuple[str, str], dict[str, Any]]:
    """The documented request example of each (method, path shape); fails loudly when the facts are missing."""
    try:
        facts = json.loads(REFERENCE_FACTS.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise RuntimeError(
            f"reference facts unreadable at {REFERENCE_FACTS} ({error}); "
            "run `node packages/core/scripts/refresh-reference.ts <catalog.json>`"
        ) from error
    examples = {
        (e["method"], shape(e["path"])): e["requestExample"] for e in facts["endpoints"] if e.get("requestExample")
    }
    if not examples:
        raise RuntimeError(f"reference facts at {REFERENCE_FACTS} hold no request examples")
    return examples


def is_template(value: Any) -> bool:
    """A documented example placeholder (``'$login'``, ``$duration``) rather than data."""
    return isinstance(value, str) and bool(re.fullmatch(r"'?\$\w+'?", value))


def has_template(value: Any) -> bool:
    if isinstance(value, dict):
        return any(has_template(v) for v in value.values())
    if isinstance(value, list):
        return any(has_template(v) for v in value)
    return is_template(value)


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
    return (None if has_template(query) else query), (None if has_template(body) else body)


def uniquely(body: Any) -> Any:
    """A create body made unique (names, logins, e-mails), so that making a fresh record twice does not clash."""
    if not isinstance(body, dict):
        return body
    out = dict(body)
    n = next(_counter)
    for key in ("name", "login", "key"):
        if isinstance(out.get(key), str):
            out[key] = f"{out[key]}-{n}"
    if isinstance(out.get("email"), str):
        out["email"] = f"{n}-{out['email']}"
    return out


class Case(NamedTuple):
    """The keyword arguments of one typed call, and the client that makes it (the admin's unless given)."""

    kwargs: dict[str, Any]
    client: Client | None = None


def typed_method(client: Client, endpoint_id: str) -> Any:
    group, verb = endpoint_id.split(".")
    return getattr(getattr(client, snake(group)), snake(verb))


def answer_id(answer: Any) -> Any:
    """The id a create call answered with (a model, a dict or the bare id)."""
    if isinstance(answer, (str, int)) and not isinstance(answer, bool):
        return answer
    value = answer.get("id") if isinstance(answer, dict) else getattr(answer, "id", None)
    if value is None and hasattr(answer, "root"):
        return answer_id(answer.root)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


class Cases:
    """
    Derives a call for each endpoint. Where that cannot work: ``setups`` (endpoint id → the whole case), ``bodies``
    (endpoint id → its body) and ``makers`` (collection → a record id, for records no create endpoint makes).
    """

    def __init__(
        self,
        client: Client,
        examples: dict[tuple[str, str], dict[str, Any]],
        setups: dict[str, Callable[[Cases], Case]],
        bodies: dict[str, Callable[[Cases], Any]],
        makers: dict[str, Callable[[Cases], Any]],
    ) -> None:
        self.client = client
        self.examples = examples
        self.setups = setups
        self.bodies = bodies
        self.makers = makers
        self.lists = {shape(e.path): e for e in ENDPOINTS.values() if e.method == "GET"}
        self.creates = {shape(e.path): e for e in ENDPOINTS.values() if e.method == "POST" and e.body_type}
        self.listed: dict[str, Any] = {}

    # inputs ----------------------------------------------------------------------------------------------
    def body_for(self, ep: Endpoint) -> Any:
        if ep.id in self.bodies:
            return self.bodies[ep.id](self)
        _, body = example_input(ep, self.examples)
        if body is not None:
            return body
        return {} if ep.body_kind == "json" else ""

    def case(self, ep: Endpoint) -> Case:
        if ep.id in self.setups:
            return self.setups[ep.id](self)
        kwargs: dict[str, Any] = dict(self.path_for(ep, fresh=ep.method != "GET"))
        query, _ = example_input(ep, self.examples)
        if ep.query_type is not None and query is not None:
            kwargs["query"] = query
        if ep.body_type is not None:
            kwargs["body"] = self.body_for(ep)
        return Case(kwargs)

    # records ---------------------------------------------------------------------------------------------
    def create(self, collection: str, path: dict[str, Any]) -> Any:
        """A fresh record through the collection's create endpoint (``None`` when it has none or it fails)."""
        ep = self.creates.get(aliased(shape(collection)))
        if ep is None or len(ep.path_params) != len(path):
            return None
        kwargs = {name: value for (name, _), value in zip(ep.path_params, path.values())}
        try:
            return answer_id(typed_method(self.client, ep.id)(**kwargs, body=uniquely(self.body_for(ep))))
        except SaymonError:
            return None

    def first(self, collection: str, path: dict[str, Any]) -> Any:
        """The first record the collection lists (``None`` when it lists none)."""
        key = shape(collection) + json.dumps(list(path.values()), default=str)
        if key in self.listed:
            return self.listed[key]
        found: Any = None
        ep = self.lists.get(aliased(shape(collection)))
        if ep is not None and len(ep.path_params) == len(path):
            try:
                data = self.client.call(
                    ep.id,
                    path={name: value for (name, _), value in zip(ep.path_params, path.values())},
                    options={"response_validation": "off"},
                )
            except SaymonError:
                data = None
            items = data if isinstance(data, list) else (data.get("items") if isinstance(data, dict) else None)
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict) and item.get("id") not in (None, ""):
                    found = item["id"]
                    break
        if found is not None:
            self.listed[key] = found
        return found

    def path_for(self, ep: Endpoint, *, fresh: bool) -> dict[str, Any]:
        """A real id for each path parameter: the collection's first record, or a fresh one for writes."""
        segments = ep.path.split("/")
        names = {template: name for name, template in ep.path_params}
        path: dict[str, Any] = {}
        for index, segment in enumerate(segments):
            if not segment.startswith(":"):
                continue
            collection = "/".join(segments[:index])
            last = index == max(i for i, s in enumerate(segments) if s.startswith(":"))
            value = self.create(collection, path) if fresh and last else None
            if value is None:
                value = self.first(collection, path)
            if value is None:
                value = self.create(collection, path)
            if value is None and shape(collection) in self.makers:
                value = self.makers[shape(collection)](self)
            path[names[segment[1:]]] = value if value is not None else "ffffffffffffffffffffffff"
        return path


def ordered() -> list[Endpoint]:
    """Reads first, then writes, deletes last (so the reads see the demo estate as seeded)."""
    rank = {"GET": 0, "POST": 1, "PUT": 2, "PATCH": 2, "DELETE": 3}
    return sorted(ENDPOINTS.values(), key=lambda e: (rank[e.method], e.id))
