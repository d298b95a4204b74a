"""``response_validation="warn"``: an answer that does not match its model is still handed out, typed where it matches.

A record missing a field the model requires becomes the model without that field (reading it raises
``AttributeError``); a field whose value does not fit stays as the server sent it; every other field, list item and
record is the model's value (ids strings, points pairs), as the TypeScript SDK answers in ``warn`` mode.
"""

from __future__ import annotations

import operator
import types
from collections.abc import Sequence
from functools import lru_cache
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, BeforeValidator, TypeAdapter, ValidationError

from ._record import Selection


@lru_cache(maxsize=None)
def _adapter(tp: Any) -> TypeAdapter[Any]:
    return TypeAdapter(tp)


def _fits(tp: Any, data: Any) -> tuple[bool, Any]:
    try:
        return True, _adapter(tp).validate_python(data)
    except (ValidationError, TypeError):
        return False, data


def lenient(tp: Any, data: Any) -> Any:
    """``data`` as ``tp`` wherever it matches, as sent where it does not."""
    ok, value = _fits(tp, data)
    if ok:
        return value
    origin = get_origin(tp)
    if origin is Annotated:
        inner, *metadata = get_args(tp)
        for item in metadata:
            if isinstance(item, BeforeValidator):
                data = item.func(data)  # type: ignore[call-arg]
        return lenient(inner, data)
    if origin in (list, Sequence) and isinstance(data, list):
        (item_type,) = get_args(tp) or (Any,)
        return [lenient(item_type, item) for item in data]
    if origin in (Union, types.UnionType):
        models = [arg for arg in get_args(tp) if isinstance(arg, type) and issubclass(arg, BaseModel)]
        lists = [arg for arg in get_args(tp) if get_origin(arg) in (list, Sequence, Annotated)]
        if isinstance(data, dict) and models:
            return lenient(models[0], data)
        if isinstance(data, list) and lists:
            return lenient(lists[0], data)
        return data
    if isinstance(tp, type) and issubclass(tp, BaseModel) and isinstance(data, dict):
        return _record(tp, data)
    return data


def _annotated(tp: Any, metadata: list[Any]) -> Any:
    special: Any = Annotated  # subscripted at run time with a field's own metadata
    return operator.getitem(special, (tp, *metadata))


def _record(model: type[BaseModel], data: dict[str, Any]) -> BaseModel:
    values: dict[str, Any] = {}
    known: set[str] = set()
    for name, info in model.model_fields.items():
        key = info.alias or name
        known.add(key)
        if key in data:
            # the field's own validators (an id's number → str) sit in its metadata
            annotation = _annotated(info.annotation, info.metadata) if info.metadata else info.annotation
            values[key] = lenient(annotation, data[key])
    extra = {key: value for key, value in data.items() if key not in known}
    record = model.model_construct(**values, **extra)
    if isinstance(record, Selection):
        record._drop_unsent()  # model_construct runs no validator: the defaults of what was not sent go here
    return record
