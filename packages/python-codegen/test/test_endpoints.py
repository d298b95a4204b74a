"""Every registry endpoint through its typed method, against the emulator over HTTP."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from registry_cases import Resolver, catalog_examples, ordered, snake

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


def typed_method(client: Client, endpoint_id: str) -> Any:
    group, verb = endpoint_id.split(".")
    return getattr(getattr(client, snake(group)), snake(verb))


def test_every_endpoint_has_a_typed_method_with_the_registry_parameter_names() -> None:
    client = Client("http://127.0.0.1:9", auth=BasicAuth("admin", "saymon"))
    for ep in ENDPOINTS.values():
        method = typed_method(client, ep.id)
        params = inspect.signature(method).parameters
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params.values()), ep.id
        assert [name for name, _ in ep.path_params] == [n for n in params if n not in ("query", "body", "options")]
        assert ("query" in params) == (ep.query_type is not None), ep.id
        assert ("body" in params) == (ep.body_type is not None), ep.id
        assert ep.method in method.__doc__ and ep.path in method.__doc__, ep.id
    assert len(ENDPOINTS) >= 229


def call_once(client: Client, resolver: Resolver, ep: Any, examples: Any) -> int:
    """Calls the endpoint through its typed method: 0 on success, else the status of the typed error answer."""
    path = resolver.path_for(ep)
    kwargs: dict[str, Any] = dict(path) if path is not None else {n: UNKNOWN_ID for n, _ in ep.path_params}
    query, body = example_input(ep, examples)
    if ep.query_type is not None and query is not None:
        kwargs["query"] = query
    if ep.body_type is not None:
        kwargs["body"] = body if body is not None else ({} if ep.body_kind == "json" else "")
    method = typed_method(client, ep.id)
    try:
        try:
            result = method(**kwargs)
        except SaymonValidationError:
            # the documented example does not fit the registry's input types: send the bare call instead
            kwargs.pop("query", None)
            if ep.body_type is not None:
                kwargs["body"] = {}
            result = method(**kwargs)
    except SaymonApiError as error:
        # a SAYMON error answer, parsed into the typed exception: the handler understood the call
        assert error.status < 500, f"{ep.id}: {error}"
        assert error.code, f"{ep.id}: error without a SAYMON code: {error}"
        return error.status
    except SaymonValidationError:
        return -1
    if ep.response_kind == "empty":
        assert result is None
    return 0


def test_every_endpoint_against_the_emulator(fresh_emulator: Any) -> None:
    emulator = fresh_emulator("--seed", "demo")
    examples = catalog_examples()
    answered: dict[str, int] = {}
    with Client(emulator.url, auth=BasicAuth("admin", "saymon"), max_retries=0) as client:
        resolver = Resolver(client)
        pending = ordered()
        # a second pass retries what found no record, now that the first pass's creates have run
        for _ in range(2):
            for ep in pending:
                answered[ep.id] = call_once(client, resolver, ep, examples)
            resolver.cache.clear()
            pending = [ep for ep in pending if answered[ep.id] != 0]
    succeeded = [k for k, v in answered.items() if v == 0]
    failed = {k: v for k, v in answered.items() if v != 0}
    total = len(ENDPOINTS)
    print(
        f"\nendpoints called through typed methods: {total}; succeeded {len(succeeded)}, typed error answers {len(failed)}"
    )
    print(sorted(failed.items()))
    assert len(answered) == total
    # most calls must succeed with validated responses, not just reach an error handler
    assert len(succeeded) >= total * 0.6, sorted(failed.items())


def example_input(ep: Any, examples: Any) -> tuple[Any, Any]:
    from registry_cases import example_input as derived

    return derived(ep, examples)


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
