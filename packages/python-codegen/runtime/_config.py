"""Client settings shared by the sync and async clients, and how a server address is read."""

from __future__ import annotations

import logging
import os
import random
import re
import ssl
import sys
from dataclasses import dataclass, field, replace
from typing import Any

from ._answer import DEFAULT_MAX_RESPONSE_BYTES
from ._auth import Auth
from ._errors import SaymonValidationError
from ._logs import watch_secrets
from ._types import ResponseValidation

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2

logger = logging.getLogger("saymon_sdk")


_env_logging_checked = False


def _setup_logging() -> None:
    """``SAYMON_LOG=debug``: a stderr handler at DEBUG on the ``saymon_sdk`` logger, added when the first client is
    made (importing the package configures no logger), and only when that logger has no handler of its own."""
    global _env_logging_checked
    _env_logging_checked = True
    if os.environ.get("SAYMON_LOG", "").lower() == "debug" and not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s saymon_sdk %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)


_LOOPBACK = re.compile(r"^(localhost|127(\.\d{1,3}){3}|\[::1\])$", re.IGNORECASE)


def _with_scheme(text: str) -> str:
    """No scheme: ``https://`` (a token rides in the query), loopback hosts ``http://`` (the emulator)."""
    address = "[::1]" if text == "::1" else text
    match = re.match(r"\[[^\]]*\]|[^/:?#]*", address)
    host = match.group(0) if match else ""
    return f"{'http' if _LOOPBACK.match(host) else 'https'}://{address}"


def normalize_url(url: str) -> str:
    """``saymon.example.com`` → ``https://saymon.example.com``, ``localhost:8080`` → ``http://localhost:8080``
    (loopback hosts stay plain HTTP); a trailing ``/node/api`` or slash is dropped (paths carry it)."""
    text = url.strip()
    if not text:
        raise SaymonValidationError("The SAYMON url is empty", issues=[{"path": ["url"], "message": "empty"}])
    if "://" not in text:
        text = _with_scheme(text)
    if not text.startswith(("http://", "https://")):
        raise SaymonValidationError(
            f"The SAYMON url must be http or https, got {text.split('://', 1)[0]!r}",
            issues=[{"path": ["url"], "message": "expected http:// or https://"}],
        )
    text = text.rstrip("/")
    if text.endswith("/node/api"):
        text = text[: -len("/node/api")]
    return text


def tls_verify(verify: bool | str | ssl.SSLContext) -> bool | ssl.SSLContext:
    """``verify=`` for httpx: a CA file (PEM) becomes an SSL context that trusts it; ``False`` skips checks."""
    if isinstance(verify, str):
        return ssl.create_default_context(cafile=verify)
    return verify


@dataclass(frozen=True)
class Config:
    base_url: str
    auth: Auth | None
    timeout: float | None = DEFAULT_TIMEOUT
    max_retries: int = DEFAULT_MAX_RETRIES
    headers: dict[str, str] = field(default_factory=dict)
    response_validation: ResponseValidation = "warn"
    max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES
    random: Any = field(default=random.random, repr=False)
    #: the endpoints whose unexpected answer was reported (``warn``), shared with ``with_options`` clients
    warned: set[str] = field(default_factory=set, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not _env_logging_checked:
            _setup_logging()
        # the auth's secrets stay out of httpx's and httpcore's log lines
        watch_secrets(self.auth)

    def but(self, **changes: Any) -> Config:
        return replace(self, **{k: v for k, v in changes.items() if v is not _KEEP})


class _Keep:
    def __repr__(self) -> str:
        return "KEEP"


_KEEP: Any = _Keep()
KEEP: Any = _KEEP
