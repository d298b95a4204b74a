"""No log line of a library the client drives (httpx, httpcore) carries a secret.

httpx logs every request at INFO (``HTTP Request: GET https://…?api-token=… "HTTP/1.1 200 OK"``) and httpcore
logs response headers (``Set-Cookie: sid=…``) at DEBUG. A filter on their loggers rewrites each record with
the secrets of every live client's auth removed, and the values of secret ``name=value`` pairs.
"""

from __future__ import annotations

import logging
import weakref
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import httpx

from ._redact import redact_text, redact_url

#: the loggers httpx and httpcore write to (a logger's filter does not see its children's records)
LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


class _HasSecrets(Protocol):
    def secrets(self) -> list[str]: ...


class _SecretFilter(logging.Filter):
    def __init__(self) -> None:
        super().__init__("saymon_sdk")
        self._sources: weakref.WeakSet[_HasSecrets] = weakref.WeakSet()

    def watch(self, source: _HasSecrets) -> None:
        self._sources.add(source)

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = [s for source in list(self._sources) for s in source.secrets() if s]
        try:
            message = record.getMessage()
        except Exception:  # a broken record stays the logging module's business
            return True
        clean = redact_text(message, secrets)
        if clean != message:
            record.msg, record.args = clean, None
        return True


_FILTER = _SecretFilter()
_installed = False


def _install() -> None:
    global _installed
    names = set(LOGGERS) | {
        name for name in logging.root.manager.loggerDict if name.startswith(("httpx.", "httpcore."))
    }
    for name in names:
        log = logging.getLogger(name)
        if _FILTER not in log.filters:
            log.addFilter(_FILTER)
    _installed = True


def watch_secrets(source: _HasSecrets | None) -> None:
    """
    Keeps ``source.secrets()`` out of httpx's and httpcore's log lines while it lives. The filter goes onto their
    loggers when the first client is made, not on import: importing the package touches no logger.
    """
    if not _installed:
        _install()
    if source is not None:
        _FILTER.watch(source)


def log_retry(method: str, request: httpx.Request, outcome: str, delay: float, attempt: int, max_retries: int) -> None:
    """The DEBUG line of a retry: what failed, the wait and which attempt comes next (the URL redacted)."""
    logging.getLogger("saymon_sdk").debug(
        "%s %s -> %s; retrying in %.2f s (attempt %d of %d)",
        method,
        redact_url(str(request.url)),
        outcome,
        delay,
        attempt + 2,
        max_retries + 1,
    )
