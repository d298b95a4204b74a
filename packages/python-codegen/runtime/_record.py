"""The base of every response model, and of the partial records answered to a ``fields=`` selection."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, model_validator
from typing_extensions import Self


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


#: the default of a field a ``fields=`` selection may leave out; never handed out (see ``Selection``)
UNSENT: Any = object()


class Selection(Record):
    """A record answered to a ``fields=`` selection: the fields the server sent, typed as in the full record
    (``name`` is ``str``, as TypeScript types ``fields: ['name']``). Reading a field that is not in the answer raises
    ``AttributeError`` naming it, instead of giving ``None``."""

    @model_validator(mode="after")
    def _only_sent(self) -> Self:
        self._drop_unsent()
        return self

    def _drop_unsent(self) -> None:
        sent = self.model_fields_set
        for name in [name for name in self.__dict__ if name not in sent]:
            del self.__dict__[name]

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            try:
                return super().__getattr__(name)
            except AttributeError:
                if name in type(self).model_fields:
                    raise AttributeError(
                        f"{type(self).__name__}.{name} is not in the answer: a fields= selection holds the selected "
                        "fields (and id) only"
                    ) from None
                raise
