"""The base of every response model."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel


class Record(BaseModel):
    """A record as the server sent it: ``repr`` and ``str`` show the fields that were present (a field sent as
    ``null`` shows as ``None``; one the server left out is not shown), then the unknown fields the server added.
    Reading a field that was left out gives ``None`` (its default) as usual; ``model_fields_set`` says which were
    sent. Field names are the server's own (``class_id``, ``lastStateUpdate``), not converted to snake_case."""

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        sent = self.model_fields_set
        for name, value in super().__repr_args__():
            if name is None or name in sent or name not in type(self).model_fields:
                yield name, value
