"""Keep API keys out of every log line, whoever writes it.

Libraries below us (instructor, openai, httpx) log errors and, at debug level, request
details; a server may echo a key back in an error message. Every key the package is
given is registered here, and a log-record factory masks it in the message and its
arguments before any handler sees the record.
"""

from __future__ import annotations

import logging
import threading
from typing import Any
from urllib.parse import urlsplit, urlunsplit

_secrets: set[str] = set()
_lock = threading.Lock()
_installed = False
MASK = "***"


def redact(text: str) -> str:
    """``text`` with every registered secret replaced by ``***``."""
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


def register_secret(value: str | None) -> None:
    """Mask ``value`` in all log records from now on (values shorter than 8 characters are ignored)."""
    global _installed
    if not value or len(value) < 8:
        return
    with _lock:
        _secrets.add(value)
        if not _installed:
            previous = logging.getLogRecordFactory()

            def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
                record = previous(*args, **kwargs)
                if _secrets:
                    record.msg = redact(str(record.msg)) if not isinstance(record.msg, str) else redact(record.msg)
                    if record.args:
                        if isinstance(record.args, dict):
                            record.args = {k: _clean(v) for k, v in record.args.items()}
                        else:
                            record.args = tuple(_clean(a) for a in record.args)
                return record

            logging.setLogRecordFactory(factory)
            _installed = True


def _clean(value: Any) -> Any:
    if isinstance(value, str | bytes):
        text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
        return redact(text)
    if isinstance(value, int | float | bool) or value is None:
        return value
    return redact(str(value))


def public_url(url: str) -> str:
    """``url`` without credentials or query (``https://user:token@host/v1?key=...`` -> ``https://host/v1``)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path.rstrip("/"), "", ""))


__all__ = [
    "MASK",
    "public_url",
    "redact",
    "register_secret",
]
