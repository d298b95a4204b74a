"""
What users see, checked by ``mypy --strict`` (no casts, no ignores): the test script runs mypy on this file with
the generated package. It is not executed.
"""

from __future__ import annotations

from pydantic import JsonValue
from typing_extensions import assert_type

from saymon_sdk import AsyncClient, BasicAuth, Client, SaymonApiError, models, paginate, params


def everyday(client: Client) -> None:
    # names of all objects: a plain list[str], no cast and no None check (the registry marks `name` always sent)
    names: list[str] = [o.name for o in client.objects.list()]
    # exact, not merely compatible: this fails if `name` ever becomes `str | None` (or Any)
    assert_type([o.name for o in client.objects.list()], list[str])
    print(", ".join(names), names[0].upper())
    ids: list[str] = [o.id for o in client.objects.list()]
    # what the TypeScript SDK answers: ids `str`, `parent_id` a list of them, integer fields `int`
    assert_type(obj_ids(client), list[str])
    one = client.objects.get(id="1")
    assert_type(one.class_id, str)
    assert_type(one.parent_id, list[str])
    assert_type(one.entityType, int | None)
    # a list of ids (`list[str]`) is taken where the request declares ids as `str | float` (a Sequence)
    client.jobs.find_by_entities(body={"objects": ids})
    # metric points are pairs: (timestamp in ms, value or None)
    for series in client.objects.history(id="1", query={"metrics": "cpu", "from": "1h-ago", "downsample": None}):
        for ms, value in series.dps or []:
            assert_type(ms, int)
            assert_type(value, int | float | None)
    # answers the registry types: classes are a list of models, an open answer is a JSON value (not Any)
    assert_type(client.classes.list(), list[models.Class])
    assert_type(client.states.delete(id="1"), JsonValue)
    for incident in client.incidents.list():
        client.incidents.acknowledge(id=incident.id)
    obj: models.Object = client.objects.get(id="1")
    client.objects.update(id=obj.id, body={"name": "renamed"})
    # a `fields=` selection is answered with the chosen fields only: a partial record, not the full model
    some = client.objects.get(id="1", query={"fields": ["name", "path"]})
    assert_type(some, models.ObjectSelection)
    # a selected field is typed as in the full record, as TypeScript types `fields: ['name']`: no None check
    assert_type(some.name, str)
    print(some.name.upper())
    print(some.id, some.path or "", some.model_extra)
    assert_type(client.objects.list(query={"fields": "name,path"}), list[models.ObjectSelection])
    assert_type(client.links.get(id="1", query={"fields": ["source"]}), models.LinkSelection)
    assert_type(client.objects.list(), list[models.ObjectListItem])
    # a query whose type leaves `fields` open may be answered either way
    open_query: params.ObjectsListQuery = {}
    assert_type(client.objects.list(query=open_query), list[models.ObjectListItem] | list[models.ObjectSelection])
    # an upload: `files=` (bytes or an open binary file), the body optional then; a web link stays a JSON body
    with open("notes.txt", "rb") as notes:
        doc = client.objects.add_document(id=obj.id, files={"file": ("notes.txt", notes, "text/plain")})
    assert_type(doc, models.Document)
    client.links.add_document(id="1", files={"file": b"bytes"}, body={"name": "Map"})
    client.objects.add_document(id=obj.id, body={"value": "https://wiki.example/runbook"})
    for row in paginate(client.event_log.list, page_size=500):
        print(row.field_id, row.payload)
    try:
        client.objects.get(id=ids[0])
    except SaymonApiError as error:
        print(error.status, error.code, error.server_message)


def raw_answers(client: Client) -> None:
    # every method through `with_raw_response`: the same arguments, a RawResponse of what the method returns
    raw = client.with_raw_response.objects.get(id="1")
    assert_type(raw.status_code, int)
    assert_type(raw.parse(), models.Object)
    assert_type(client.with_raw_response.objects.get(id="1", query={"fields": ["name"]}).parse(), models.ObjectSelection)
    assert_type(client.with_raw_response.objects.list().parse(), list[models.ObjectListItem])
    assert_type(client.with_raw_response.objects.delete(id="1").parse(), None)
    with client.stream_document(client.objects.get_document(id="1", docId="2")) as download:
        for chunk in download.iter_bytes():
            assert_type(chunk, bytes)


async def raw_answers_async(client: AsyncClient) -> None:
    raw = await client.with_raw_response.users.current()
    assert_type(raw.parse(), models.User)
    async with client.stream_document("/node-resources/docs/uid/1/a.txt") as download:
        async for chunk in download.aiter_bytes():
            assert_type(chunk, bytes)


def obj_ids(client: Client) -> list[str]:
    return [o.id for o in client.objects.list()]


async def in_async(client: AsyncClient) -> list[str]:
    names = [o.name for o in await client.objects.list()]
    assert_type(names, list[str])
    return names


def misuse(client: Client) -> None:
    # each line must fail to type-check: `--warn-unused-ignores` turns an ignore that is no longer needed into an error
    client.objects.get(id="1", query={"feilds": "name"})  # type: ignore[call-overload]
    full: models.Object = client.objects.get(id="1", query={"fields": ["name"]})  # type: ignore[assignment]
    print(full.class_id, client.objects.get(id="1", query={"fields": ["name"]}).nmae)  # type: ignore[attr-defined]
    client.objects.create(body={"name": 42})  # type: ignore[typeddict-item]
    client.objects.get(ident="1")  # type: ignore[call-overload]
    client.objects.get(id="1").nmae  # type: ignore[attr-defined]  # noqa: B018
    client.objects.add_document(id="1")  # type: ignore[call-overload]
    client.objects.add_document(id="1", files={"file": 42})  # type: ignore[dict-item]
    # a required query parameter takes no None (only optional ones are "not sent" when None)
    client.objects.history(id="1", query={"from": None})  # type: ignore[typeddict-item]
    client.objects.get(id=1.5)  # type: ignore[call-overload]
    client.with_raw_response.objects.get(ident="1")  # type: ignore[call-overload]
    client.with_raw_response.objects.get(id="1").parse().nmae  # type: ignore[attr-defined]  # noqa: B018


with Client("http://127.0.0.1:8080", auth=BasicAuth("admin", "saymon")) as c:
    everyday(c)
