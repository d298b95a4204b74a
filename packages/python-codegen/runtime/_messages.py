"""Validation messages in the words of core's table (``_words.py``): what was expected, what kind of value came.

pydantic names the kinds of a union in the path (``query.fields.list[str]``) and words its messages its own way; here
a path holds the caller's keys only, and one message per place says what would do, as the TypeScript SDK's do.
"""

from __future__ import annotations

from typing import Any

from ._words import WORDS

# pydantic's error types, as the kinds core's table has words for
_KINDS = {
    "string_type": "string",
    "string_sub_type": "string",
    "int_type": "int",
    "int_parsing": "int",
    "int_from_float": "int",
    "float_type": "number",
    "float_parsing": "number",
    "bool_type": "boolean",
    "bool_parsing": "boolean",
    "list_type": "array",
    "tuple_type": "array",
    "dict_type": "object",
    "model_type": "object",
    "model_attributes_type": "object",
    "typed_dict_type": "object",
    "none_required": "null",
    # `Sequence` / `Mapping` parameters (a plain list or dict is accepted where the items' type is wider)
    "sequence_str": "array",
    "iterable_type": "array",
    "mapping_type": "object",
}

# `is_instance_of` errors name a class: the abstract containers parameters are typed with
_CLASSES = {"Sequence": "array", "Mapping": "object"}

_ABSENT = object()


def words(kind: str) -> str:
    """The words for a kind of value; a kind the table lacks is never shown by its name."""
    return WORDS.get(kind, "another kind of value")


def received(value: Any) -> str:
    """What a value is, in plain words, never the value itself (it may be a secret)."""
    if value is _ABSENT:
        return words("undefined")
    if value is None:
        return words("null")
    if isinstance(value, bool):
        return words("boolean")
    if isinstance(value, (int, float)):
        return words("number")
    if isinstance(value, str):
        return words("string")
    if isinstance(value, (list, tuple)):
        return words("array")
    if isinstance(value, dict):
        return words("object")
    return "another kind of value"


def _place(value: Any, loc: tuple[Any, ...], missing: bool) -> tuple[tuple[Any, ...], Any]:
    """The caller's path to an error and the value there: the steps pydantic adds (union kinds) left out."""
    path: list[Any] = []
    current = value
    for index, part in enumerate(loc):
        last = index == len(loc) - 1
        if isinstance(current, dict) and part in current:
            current = current[part]
        elif isinstance(current, (list, tuple)) and isinstance(part, int) and 0 <= part < len(current):
            current = current[part]
        elif isinstance(current, dict) and isinstance(part, str) and last and missing:
            current = _ABSENT
        else:
            continue  # a union kind or validator step pydantic names in the path
        path.append(part)
    return tuple(path), current


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


def issues_of(error: Any, value: Any) -> list[dict[str, Any]]:
    """The issues of a pydantic ``ValidationError`` raised for ``value``: one per place, in plain words."""
    places: dict[tuple[Any, ...], tuple[Any, list[str], list[str]]] = {}
    for e in error.errors(include_url=False, include_input=False):
        kind = _KINDS.get(e["type"])
        if kind is None and e["type"] == "is_instance_of":
            kind = _CLASSES.get(str(e.get("ctx", {}).get("class", "")))
        path, at = _place(value, tuple(e["loc"]), e["type"] == "missing")
        _, kinds, others = places.setdefault(path, (at, [], []))
        if kind is not None:
            if words(kind) not in kinds:
                kinds.append(words(kind))
        elif e["type"] == "missing":
            others.append(f"a value is required, received {words('undefined')}")
        elif e["type"] == "literal_error":
            others.append(f"expected {e.get('ctx', {}).get('expected', 'one of the allowed values')}")
        else:
            others.append(str(e["msg"]))
    issues: list[dict[str, Any]] = []
    for path, (at, kinds, others) in places.items():
        # a kind that fits explains more than the kinds that do not: those are only listed when nothing else failed
        message = others[0] if others else f"expected {_listed(kinds)}, received {received(at)}"
        issues.append({"path": list(path), "message": message})
    return issues
