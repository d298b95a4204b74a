"""Validation messages in core's plain words: no pydantic kind in a path, no validator type name in a message."""

from __future__ import annotations

import re
import typing
from typing import Any

import pytest

from saymon_sdk import SaymonValidationError
from saymon_sdk._endpoints import ENDPOINTS
from saymon_sdk._wire import _adapter, _check_input
from saymon_sdk._words import WORDS

#: validator vocabulary (pydantic's and zod's kind names), never plain words
JARGON = re.compile(
    r"\b(str|int|float|bool|dict|tuple|NoneType|literal|union|function-\w+|constrained-\w+|"
    r"template_literal|string|boolean|integer|typed_dict)\b|\[|\]",
    re.IGNORECASE,
)
BAD_VALUES: list[Any] = [True, "ten", 1.5, -1, "", None, [], [True], {}, {"x": True}]


def _fields(type_name: str) -> list[str]:
    kind = getattr(__import__("saymon_sdk._params", fromlist=[type_name]), type_name)
    return list(typing.get_type_hints(kind)) if hasattr(kind, "__annotations__") else []


def _messages() -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = []
    for ep in ENDPOINTS.values():
        for where, type_name in (("query", ep.query_type), ("body", ep.body_type)):
            if type_name is None:
                continue
            _adapter("params", type_name)
            inputs: list[Any] = [*BAD_VALUES, *({key: bad} for key in _fields(type_name) for bad in BAD_VALUES)]
            for value in inputs:
                try:
                    _check_input(ep, where, type_name, value)
                except SaymonValidationError as error:
                    for issue in error.issues:
                        path = ".".join(str(p) for p in issue["path"])
                        found.append((ep.id, path, issue["message"]))
    return found


def test_no_message_names_a_validator_type() -> None:
    found = _messages()
    assert len(found) > 1000
    jargon = [f for f in found if JARGON.search(f[2]) or JARGON.search(f[1].replace("[]", ""))]
    assert jargon[:10] == []


def test_messages_use_cores_words() -> None:
    from saymon_sdk import BasicAuth, Client

    with Client("localhost:1", auth=BasicAuth("a", "b")) as client:
        with pytest.raises(SaymonValidationError) as limit:
            client.event_log.list(query={"limit": {}})  # type: ignore[typeddict-item]
        with pytest.raises(SaymonValidationError) as fields:
            client.objects.list(query={"fields": 5})  # type: ignore[typeddict-item]
        with pytest.raises(SaymonValidationError) as name:
            client.objects.create(body={"name": 5})  # type: ignore[typeddict-item]
    assert limit.value.issues == [{"path": ["query", "limit"], "message": "expected a number or text, received an object"}]
    assert fields.value.issues == [{"path": ["query", "fields"], "message": "expected text or a list, received a number"}]
    assert str(name.value) == "Invalid input for objects.create: body.name: expected text, received a number"
    assert WORDS["string"] == "text"
