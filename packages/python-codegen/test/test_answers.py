"""What the client answers, as the TypeScript SDK does: ids ``str``, integers ``int``, lists as lists, metric points
as pairs; ``None`` in a query left out; ``repr`` of what was sent; a mismatching answer logged once, not raised."""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from saymon_sdk import BasicAuth, Client, SaymonResponseValidationError, models

ADMIN = BasicAuth("admin", "saymon")

# an object as some servers send it: numeric ids, `parent_id` as one id, a numeric string for an integer field
WIRE_OBJECT = {
    "id": 5,
    "name": "db",
    "class_id": 2,
    "state_id": 1,
    "parent_id": "7",
    "child_ids": [8, "9"],
    "child_link_ids": [],
    "child_ref_ids": [],
    "properties": [],
    "operations": [],
    "tags": [],
    "created": 1700000000000,
    "updated": 1700000000001,
    "last_state_update": 1700000000002,
    "weight": 1,
    "geoposition": [37.5, 55.75],
    "geopositionRadius": "20",
}


def serving(answer: Callable[[httpx.Request], Any]) -> tuple[httpx.Client, list[httpx.Request]]:
    """An httpx client whose server answers ``answer(request)`` as JSON."""
    sent: list[httpx.Request] = []

    def respond(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=answer(request))

    return httpx.Client(transport=httpx.MockTransport(respond)), sent


def test_ids_are_strings_integers_ints_and_parent_id_a_list() -> None:
    http, _ = serving(lambda _: WIRE_OBJECT)
    with Client("http://saymon.test", auth=ADMIN, http_client=http, response_validation="strict") as client:
        obj = client.objects.get(id="5")
    assert (obj.id, obj.class_id, obj.state_id) == ("5", "2", "1")
    assert obj.parent_id == ["7"] and obj.child_ids == ["8", "9"]
    assert type(obj.created) is int and obj.created == 1700000000000
    assert type(obj.weight) is int and type(obj.geopositionRadius) is int and obj.geopositionRadius == 20
    assert obj.geoposition == [37.5, 55.75]  # a fractional number stays a float
    assert json.loads(obj.model_dump_json())["class_id"] == "2"


def test_a_csv_round_trip_sends_class_id_back_unchanged(emulator: Any) -> None:
    with Client(emulator.url, auth=ADMIN, response_validation="strict") as client:
        source = next(o for o in client.objects.list() if o.parent_id)
        out = io.StringIO()
        csv.writer(out).writerow([source.name, source.class_id, source.parent_id[0]])
        name, class_id, parent = next(csv.reader(io.StringIO(out.getvalue())))
        assert class_id == source.class_id and "." not in class_id  # was "2.0" when ids came back as floats
        made = client.objects.create(body={"name": f"{name} copy", "class_id": class_id, "parent_id": parent})
        try:
            again = client.objects.get(id=made.id)
            assert again.class_id == source.class_id and type(again.created) is int
            assert again.parent_id == [parent]
        finally:
            client.objects.delete(id=made.id)


def test_one_class_where_a_list_is_declared_is_a_list() -> None:
    one = {"id": 3, "name": "Host", "client_data": "{}", "operations": []}
    http, _ = serving(lambda _: one)
    with Client("http://saymon.test", auth=ADMIN, http_client=http, response_validation="strict") as client:
        classes = client.classes.list()
    assert [(c.id, c.name) for c in classes] == [("3", "Host")]
    assert all(isinstance(c, models.Class) for c in classes)


@pytest.mark.parametrize(
    ("dps", "expected"),
    [
        ([[2000, None], [1000, 3]], [(2000, None), (1000, 3)]),  # pairs: as sent
        ({"2000": None, "1000": 3}, [(1000, 3), (2000, None)]),  # a map: pairs in time order
    ],
    ids=["pairs", "map"],
)
def test_metric_points_are_typed_pairs_whichever_form_the_server_sends(dps: Any, expected: Any) -> None:
    http, _ = serving(lambda _: [{"metric": "cpu", "dps": dps}])
    with Client("http://saymon.test", auth=ADMIN, http_client=http, response_validation="strict") as client:
        (series,) = client.objects.history(id="1", query={"metrics": ["cpu"], "from": "1h-ago"})
    assert series.dps == expected
    assert all(type(point) is tuple and type(point[0]) is int for point in series.dps)


def test_none_in_a_query_is_not_sent_none_in_a_body_is_null() -> None:
    http, sent = serving(lambda r: [] if r.url.path.endswith("/history") else {"id": "1", "name": "x"})
    with Client("http://saymon.test", auth=ADMIN, http_client=http) as client:
        client.objects.history(id="1", query={"metrics": "cpu", "from": "1h-ago", "downsample": None, "to": None})
        client.classes.update(id="1", body={"name": "x", "description": None})
    assert dict(sent[0].url.params) == {"metrics": "cpu", "from": "1h-ago"}
    assert json.loads(sent[1].content) == {"name": "x", "description": None}


def test_repr_shows_the_fields_the_server_sent() -> None:
    http, _ = serving(lambda _: {"id": "1", "name": "root", "path": None, "x_custom": 1})
    with Client("http://saymon.test", auth=ADMIN, http_client=http) as client:
        some = client.objects.get(id="1", query={"fields": ["name", "path"]})
    assert repr(some) == "ObjectSelection(name='root', id='1', path=None, x_custom=1)"
    assert str(some) == "name='root' id='1' path=None x_custom=1"
    with pytest.raises(AttributeError):
        print(some.class_id)  # not selected: not shown, and not read as None


def test_a_missing_field_is_logged_once_by_default_and_raised_when_strict(caplog: pytest.LogCaptureFixture) -> None:
    broken = {k: v for k, v in WIRE_OBJECT.items() if k != "name"}
    http, _ = serving(lambda _: broken)
    with caplog.at_level(logging.WARNING, logger="saymon_sdk"):
        with Client("http://saymon.test", auth=ADMIN, http_client=http) as client:
            first = client.objects.get(id="5")
            second = client.objects.get(id="5")
            client.with_options(timeout=5).objects.get(id="5")  # a derived client shares what was reported
    warned = [r.getMessage() for r in caplog.records if r.name == "saymon_sdk"]
    assert len(warned) == 1 and "objects.get" in warned[0] and "name" in warned[0]
    # everything that matched is typed as usual; the missing field is missing
    assert isinstance(first, models.Object) and first.class_id == "2" and first.parent_id == ["7"]
    assert type(first.created) is int and "name" not in first.model_fields_set and second.id == "5"
    with pytest.raises(AttributeError):
        print(first.name)
    # a selection the server answered without a field it requires is handed out the same way in warn mode
    http, _ = serving(lambda _: {"id": 5, "path": 1})
    with Client("http://saymon.test", auth=ADMIN, http_client=http) as client:
        partial = client.objects.get(id="5", query={"fields": ["name", "path"]})
    assert partial.id == "5" and partial.model_extra == {} and "path" in partial.model_fields_set
    assert partial.path == 1 and "name" not in partial.__dict__  # path kept as sent (not a str), name absent
    with Client("http://saymon.test", auth=ADMIN, http_client=http, response_validation="strict") as client:
        with pytest.raises(SaymonResponseValidationError) as caught:
            client.objects.get(id="5")
    assert caught.value.issues[0]["path"] == ["name"]
    with Client("http://saymon.test", auth=ADMIN, http_client=http) as client:
        with pytest.raises(SaymonResponseValidationError):
            client.objects.get(id="5", options={"response_validation": "strict"})
