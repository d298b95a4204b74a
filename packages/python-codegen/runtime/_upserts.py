"""``upsert_properties`` and ``find_or_create_object``: the TypeScript ``upsertProperties`` and ``findOrCreateObject``."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Union

from ._errors import SaymonValidationError
from ._types import RequestOptions

if TYPE_CHECKING:
    from . import models
    from ._client import AsyncClient, Client

#: a property value as SAYMON stores it: text (numbers are compared by their text)
PropertyValue = Union[str, int, float]


@dataclass
class UpsertPropertiesResult:
    """What ``upsert_properties`` did, by property name, in the order the names were given."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class FoundObject:
    """The object ``find_or_create_object`` found or made; ``created`` when nothing matched."""

    object: models.Object
    created: bool


def _text(value: object) -> str:
    """A value as SAYMON stores it and JavaScript's ``String()`` writes it (``4.0`` is ``"4"``)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _check_values(values: Mapping[str, PropertyValue]) -> None:
    for name, value in values.items():
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if not (isinstance(value, str) or (number and math.isfinite(value))):
            kind = "None" if value is None else type(value).__name__
            message = f'upsert_properties: the value of "{name}" must be text or a finite number, received {kind}'
            raise SaymonValidationError(
                message, issues=[{"path": ["values", name], "message": "expected text or a finite number"}]
            )


def _plan(
    existing: list[models.Property], values: Mapping[str, PropertyValue]
) -> tuple[UpsertPropertiesResult, list[tuple[str, PropertyValue, str | None]]]:
    """The result and the writes: ``(name, value, id of the property to update or None to create)``."""
    by_name: dict[str, models.Property] = {}
    for prop in existing:
        by_name.setdefault(prop.name, prop)
    result = UpsertPropertiesResult()
    writes: list[tuple[str, PropertyValue, str | None]] = []
    for name, value in values.items():
        found = by_name.get(name)
        if found is None:
            writes.append((name, value, None))
            result.created.append(name)
        elif _text(found.value) != _text(value):
            writes.append((name, value, found.id))
            result.updated.append(name)
        else:
            result.unchanged.append(name)
    return result, writes


def upsert_properties(
    client: Client,
    object_id: str,
    values: Mapping[str, PropertyValue],
    *,
    options: RequestOptions | None = None,
) -> UpsertPropertiesResult:
    """
    Sets an object's properties by name: creates the missing ones, updates those whose value differs (compared as
    text, as SAYMON stores them: ``4`` equals ``"4"``) and leaves the rest alone. One read, then one write per
    property created or changed, none when nothing changed. Where two properties share a name, the first is updated.
    """
    _check_values(values)
    result, writes = _plan(client.objects.properties(id=object_id, options=options), values)
    for name, value, prop_id in writes:
        if prop_id is None:
            client.properties.create_for_object(id=object_id, body={"name": name, "value": value}, options=options)
        else:
            client.properties.update_for_object(id=object_id, propId=prop_id, body={"value": value}, options=options)
    return result


async def aupsert_properties(
    client: AsyncClient,
    object_id: str,
    values: Mapping[str, PropertyValue],
    *,
    options: RequestOptions | None = None,
) -> UpsertPropertiesResult:
    """``upsert_properties`` for the async client."""
    _check_values(values)
    result, writes = _plan(await client.objects.properties(id=object_id, options=options), values)
    for name, value, prop_id in writes:
        if prop_id is None:
            await client.properties.create_for_object(
                id=object_id, body={"name": name, "value": value}, options=options
            )
        else:
            await client.properties.update_for_object(
                id=object_id, propId=prop_id, body={"value": value}, options=options
            )
    return result


def _check_name(name: str) -> None:
    if not isinstance(name, str) or name == "":
        raise SaymonValidationError(
            "find_or_create_object: name must be a non-empty string",
            issues=[{"path": ["name"], "message": "expected a non-empty string"}],
        )


def _match(children: list[models.Object], name: str, discovery_id: str | None) -> models.Object | None:
    for child in children:
        if (child.name == name) if discovery_id is None else (child.discovery_id == discovery_id):
            return child
    return None


def _create_body(parent_id: str, name: str, discovery_id: str | None, body: Mapping[str, Any] | None) -> Any:
    created: dict[str, Any] = {**(body or {}), "name": name, "parent_id": parent_id}
    if discovery_id is not None:
        created["discovery_id"] = discovery_id
    return created


def find_or_create_object(
    client: Client,
    *,
    parent_id: str,
    name: str,
    discovery_id: str | None = None,
    body: Mapping[str, Any] | None = None,
    options: RequestOptions | None = None,
) -> FoundObject:
    """
    The child of ``parent_id`` with this ``discovery_id`` (when given) or else this ``name``; created under that
    parent (with ``body``'s further fields: ``class_id``, ``properties``, ...) when no child matches. One read of the
    parent's children, one write when nothing matched. The first match wins.
    """
    _check_name(name)
    match = _match(client.objects.children(id=parent_id, options=options), name, discovery_id)
    if match is not None:
        return FoundObject(match, created=False)
    made = client.objects.create(body=_create_body(parent_id, name, discovery_id, body), options=options)
    return FoundObject(made, created=True)


async def afind_or_create_object(
    client: AsyncClient,
    *,
    parent_id: str,
    name: str,
    discovery_id: str | None = None,
    body: Mapping[str, Any] | None = None,
    options: RequestOptions | None = None,
) -> FoundObject:
    """``find_or_create_object`` for the async client."""
    _check_name(name)
    match = _match(await client.objects.children(id=parent_id, options=options), name, discovery_id)
    if match is not None:
        return FoundObject(match, created=False)
    made = await client.objects.create(body=_create_body(parent_id, name, discovery_id, body), options=options)
    return FoundObject(made, created=True)
