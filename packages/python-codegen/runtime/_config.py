"""Client settings shared by the sync and async clients, and how a server address is read."""

from __future__ import annotations

import logging
import os
import random
import re
import ssl
import sys
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


_LOOPBACK = r"^(localhost|127(\.\d{1,3}){3}|\[::1\])$"


def _with_scheme(text: str) -> str:
    """No scheme: ``https://`` (a token rides in the query), loopback hosts ``http://`` (the emulator)."""
    address = "[::1]" if text == "::1" else text
    match = re.match(r"\[[^\]]*\]|[^/:?#]*", address)
    host = match.group(0) if match else ""
    return f"{'http' if re.match(_LOOPBACK, host, re.IGNORECASE) else 'https'}://{address}"


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


class Config:
    """A client's settings. Written out rather than a frozen dataclass: building one costs more at import than the
    rest of this module. Not changed after it is made; ``but`` gives a changed copy."""

    __slots__ = (
        "auth",
        "base_url",
        "headers",
        "max_response_bytes",
        "max_retries",
        "random",
        "response_validation",
        "timeout",
        "warned",
    )

    def __init__(
        self,
        base_url: str,
        auth: Auth | None,
        timeout: float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: dict[str, str] | None = None,
        response_validation: ResponseValidation = "warn",
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        random: Any = random.random,
        warned: set[str] | None = None,
    ) -> None:
        self.base_url = base_url
        self.auth = auth
        self.timeout = timeout
        self.max_retries = max_retries
        self.headers: dict[str, str] = {} if headers is None else headers
        self.response_validation: ResponseValidation = response_validation
        self.max_response_bytes = max_response_bytes
        self.random = random
        #: the endpoints whose unexpected answer was reported (``warn``), shared with ``with_options`` clients
        self.warned: set[str] = set() if warned is None else warned
        if not _env_logging_checked:
            _setup_logging()
        # the auth's secrets stay out of httpx's and httpcore's log lines
        watch_secrets(self.auth)

    def but(self, **changes: Any) -> Config:
        settings = {name: getattr(self, name) for name in self.__slots__}
        settings.update({k: v for k, v in changes.items() if v is not _KEEP})
        return Config(**settings)

    def __repr__(self) -> str:
        shown = ("base_url", "auth", "timeout", "max_retries", "headers", "response_validation", "max_response_bytes")
        return f"Config({', '.join(f'{name}={getattr(self, name)!r}' for name in shown)})"


class _Keep:
    def __repr__(self) -> str:
        return "KEEP"


_KEEP: Any = _Keep()
KEEP: Any = _KEEP
