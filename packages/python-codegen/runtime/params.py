"""The query and body types of every endpoint (TypedDict), to annotate what you pass: ``q: params.ObjectsListQuery``."""

from ._params import *  # noqa: F403
