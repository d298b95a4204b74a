"""Types of the response models that hand out what the TypeScript SDK answers, whatever form a server sends.

- ``Id``: ids are strings; a JSON number id (``"class_id": 4``) is handed out as its text, ``"4"``.
- ``IdList``: a list of ids (``parent_id``); old servers send one id, handed out as a one-item list.
- ``Points``: metric points (``dps``) as ``(timestamp_ms, value)`` pairs, the value ``None`` in a gap; a
  ``{"<ms>": value}`` map, which some servers answer, is handed out as pairs in time order.
- ``OneOrMany[T]``: an answer that is sometimes one record and sometimes a list of them is always a list.

Other JSON numbers stay what the server sent (``2`` is the ``int`` 2, ``2.5`` a ``float``).
"""

from __future__ import annotations

from typing import Annotated, Any, TypeVar

from pydantic import BeforeValidator, Field

T = TypeVar("T")


def _one_or_many(value: Any) -> Any:
    return value if isinstance(value, list) else [value]


def _time(key: str) -> int | float | str:
    try:
        return int(key)
    except ValueError:
        try:
            return float(key)
        except ValueError:
            return key  # not a timestamp: refused by the pair check


def _points(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    pairs = [(_time(str(key)), point) for key, point in value.items()]
    if all(isinstance(ms, (int, float)) for ms, _ in pairs):
        pairs.sort(key=lambda pair: pair[0])
    return pairs


# checked by pydantic-core itself (no Python call per id: lists of thousands of records stay fast); a bool is refused
Id = Annotated[str, Field(coerce_numbers_to_str=True)]
IdList = Annotated[list[Id], BeforeValidator(_one_or_many)]
#: one metric point: ``(timestamp in milliseconds, value)``, the value ``None`` where the series has a gap
Point = tuple[int, int | float | None]
Points = Annotated[list[Point], BeforeValidator(_points)]
OneOrMany = Annotated[list[T], BeforeValidator(_one_or_many)]
