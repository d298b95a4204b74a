"""Every registry endpoint through its typed method, against the emulator over HTTP."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from registry_cases import Cases, catalog_examples, ordered, typed_method
from setups import BODIES, MAKERS, SETUPS, UNREACHABLE

from saymon_sdk import (
    NOT_GIVEN,
    BasicAuth,
    Client,
    SaymonApiError,
    SaymonNotFoundError,
    SaymonValidationError,
)
from saymon_sdk._endpoints import ENDPOINTS

UNKNOWN_ID = "ffffffffffffffffffffffff"


def test_every_endpoint_has_a_typed_method_with_the_registry_parameter_names() -> None:
    client = Client("http://127.0.0.1:9", auth=BasicAuth("admin", "saymon"))
    for ep in ENDPOINTS.values():
        method = typed_method(client, ep.id)
        params = inspect.signature(method).parameters
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params.values()), ep.id
        assert [name for name, _ in ep.path_params] == [
            n for n in params if n not in ("query", "body", "files", "options")
        ]
        assert ("query" in params) == (ep.query_type is not None), ep.id
        assert ("files" in params) == ep.upload, ep.id
        assert ("body" in params) == (ep.body_type is not None), ep.id
        assert ep.method in method.__doc__ and ep.path in method.__doc__, ep.id
        assert f"``{ep.id}``" in method.__doc__ and "Permissions: " in method.__doc__, ep.id
    assert len(ENDPOINTS) >= 229


def call_once(cases: Cases, ep: Any) -> tuple[int, str]:
    """Calls the endpoint through its typed method: (0, "") on a 2xx answer, else the status and the error."""
    case = cases.case(ep)
    method = typed_method(case.client or cases.client, ep.id)
    kwargs = case.kwargs
    try:
        try:
            result = method(**kwargs)
        except SaymonValidationError:
            if ep.id in SETUPS:
                raise
            # the documented example does not fit the registry's input types: send the bare call instead
            kwargs = {k: v for k, v in kwargs.items() if k != "query"}
            if ep.body_type is not None:
                kwargs["body"] = {} if ep.body_kind == "json" else ""
            result = method(**kwargs)
    except SaymonApiError as error:
        # a SAYMON error answer, parsed into the typed exception: the handler understood the call
        assert error.status < 500, f"{ep.id}: {error}"
        assert error.code, f"{ep.id}: error without a SAYMON code: {error}"
        return error.status, str(error)
    except SaymonValidationError as error:
        return -1, str(error)
    if ep.response_kind == "empty":
        assert result is None
    return 0, ""


def test_every_endpoint_against_the_emulator(fresh_emulator: Any) -> None:
    emulator = fresh_emulator("--seed", "demo")
    answered: dict[str, tuple[int, str]] = {}
    # strict: every answer must match its model (the default, warn, would only log a mismatch)
    with Client(emulator.url, auth=BasicAuth("admin", "saymon"), max_retries=0, response_validation="strict") as client:
        cases = Cases(client, catalog_examples(), SETUPS, BODIES, MAKERS)
        for ep in ordered():
            answered[ep.id] = call_once(cases, ep)
    succeeded = [k for k, (status, _) in answered.items() if status == 0]
    failed = {k: v for k, v in answered.items() if v[0] != 0}
    total = len(ENDPOINTS)
    print(f"\nendpoints called through typed methods: {total}; 2xx answers {len(succeeded)}, unreachable {len(failed)}")
    for endpoint_id in sorted(failed):
        print(f"  {endpoint_id}: {UNREACHABLE.get(endpoint_id, failed[endpoint_id][1])}")
    assert len(answered) == total
    # every endpoint reaches a validated 2xx answer, except those listed with the reason they cannot
    assert {k: v[1] for k, v in failed.items() if k not in UNREACHABLE} == {}
    assert [k for k in UNREACHABLE if k not in failed] == [], "listed as unreachable but answered: remove from the list"
    assert set(UNREACHABLE) <= set(ENDPOINTS)


def test_unknown_id_is_a_typed_not_found(emulator: Any) -> None:
    with Client(emulator.url, auth=BasicAuth("admin", "saymon")) as client:
        with pytest.raises(SaymonNotFoundError) as caught:
            client.objects.get(id=UNKNOWN_ID)
    assert caught.value.status == 404
    assert caught.value.code
    assert caught.value.server_message


def test_bad_input_is_refused_before_sending(emulator: Any) -> None:
    with Client(emulator.url, auth=BasicAuth("admin", "saymon")) as client:
        with pytest.raises(SaymonValidationError) as caught:
            client.objects.create(body={"name": 42})  # type: ignore[typeddict-item]
        assert caught.value.issues[0]["path"][:2] == ["body", "name"]
        with pytest.raises(SaymonValidationError):
            client.objects.get(id="")
        with pytest.raises(SaymonValidationError):
            client.call("objects.get", path={"id": "1", "nope": "2"})
        with pytest.raises(SaymonValidationError):
            client.call("objects.nothing")
        assert NOT_GIVEN is not None and not NOT_GIVEN


def test_every_endpoint_says_what_it_does_to_the_data() -> None:
    # a search sent as POST reads; deletes are told apart from edits (the registry's effect marks)
    assert {e.effect for e in ENDPOINTS.values()} == {"read", "write", "destructive"}
    for id_ in ("objects.search", "stat.history", "stat.search", "v2.getObjects"):
        assert ENDPOINTS[id_].method == "POST" and ENDPOINTS[id_].effect == "read" and ENDPOINTS[id_].idempotent, id_
    assert ENDPOINTS["objects.delete"].effect == "destructive"
    assert ENDPOINTS["objects.update"].effect == "write"
    assert not ENDPOINTS["objects.create"].idempotent
    from saymon_sdk.resources.objects import Objects

    assert "Effect: read, idempotent." in (inspect.getdoc(Objects.search) or "")


def test_fields_real_programs_send_are_typed_and_documented(fresh_emulator: Any) -> None:
    from saymon_sdk.resources.links import Links

    assert "body ``weight``" in (inspect.getdoc(Links.create) or "")
    emulator = fresh_emulator("--seed", "demo")
    with Client(emulator.url, auth=BasicAuth("admin", "saymon")) as client:
        made = client.objects.create(body={"name": "fields probe", "tags": [], "background": "b.png"})
        client.objects.set_stat(id=made.id, body={"cpu": {"load": 1}})
        assert client.objects.get(id=made.id).metrics_cache == ["cpu.load"]
