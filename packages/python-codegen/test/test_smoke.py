"""Everyday reads, and what a `fields=` selection is answered with (a partial record, typed as such)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from saymon_sdk import AsyncClient, BasicAuth, Client, SaymonResponseValidationError, models


def test_list_objects_gives_full_items_with_names(emulator: Any) -> None:
    with Client(emulator.url, auth=BasicAuth("admin", "saymon")) as client:
        objects = client.objects.list()
        assert objects and all(isinstance(o, models.ObjectListItem) for o in objects)
        assert all(isinstance(o.name, str) and o.name for o in objects)
        full = client.objects.get(id=objects[0].id)
        assert isinstance(full, models.Object) and full.name == objects[0].name


def test_a_fields_selection_is_a_partial_record(emulator: Any) -> None:
    with Client(emulator.url, auth=BasicAuth("admin", "saymon")) as client:
        first = client.objects.list()[0]
        some = client.objects.get(id=first.id, query={"fields": ["name", "path"]})
        assert type(some) is models.ObjectSelection
        assert some.id == first.id and some.name == first.name and some.path
        assert "class_id" not in some.model_fields_set
        with pytest.raises(AttributeError, match="class_id is not in the answer"):
            print(some.class_id)  # not selected: an error naming it, not a silent None
        listed = client.objects.list(query={"fields": ["name"]})
        assert listed and all(type(o) is models.ObjectSelection and o.name for o in listed)
        link = client.links.list()[0]
        assert type(client.links.get(id=link.id, query={"fields": ["source"]})) is models.LinkSelection


def test_a_selection_is_still_checked() -> None:
    # the partial record keeps the field types: a wrong type in a selected field is refused, not passed on
    def answer(request: httpx.Request) -> httpx.Response:
        assert request.url.params["fields"] == "name"
        return httpx.Response(200, json={"id": "1", "name": 42})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with Client(
        "http://saymon.test", auth=BasicAuth("admin", "saymon"), http_client=http, response_validation="strict"
    ) as client:
        with pytest.raises(SaymonResponseValidationError) as caught:
            client.objects.get(id="1", query={"fields": ["name"]})
    assert caught.value.issues[0]["path"] == ["name"]
    http.close()


async def test_async_selection(emulator: Any) -> None:
    async with AsyncClient(emulator.url, auth=BasicAuth("admin", "saymon")) as client:
        listed = await client.objects.list(query={"fields": "name,path"})
        assert listed and all(type(o) is models.ObjectSelection and o.path for o in listed)
