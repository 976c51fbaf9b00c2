"""The process's logging: one handler on the root logger that keeps the token out of every line and
keeps a loop of failures from growing the log without bound.

- ``Redactor`` formats a record as usual, then replaces the token's secret part (what follows
  ``<bot id>:``) with ``***`` in the finished text: message, arguments, exception and stack alike, from
  any logger (aiogram, aiohttp, python-telegram-bot, httpx, httpcore and ours). Both libraries put the
  token into request URLs (``…/bot<token>/getMe``), and exceptions quote those URLs. One
  ``str.replace`` per formatted record.
- ``RepeatLimiter`` lets the same (logger, message template) through at most ``limit`` times a
  window (a minute), then drops the rest and, once the window is over, logs one "suppressed K similar
  lines" summary. Debug records are not limited: ``-v`` is for seeing everything.
- ``bot.cli`` logs an exception that ends the process through the same handler (rather than letting
  Python print it raw), so that traceback is redacted too.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MASK = "***"
MIN_SECRET = 8  # shorter strings are no token; replacing them would mangle ordinary text
REPEAT_LIMIT = 10
REPEAT_WINDOW = 60.0  # seconds


def secret_part(token: str) -> str:
    """What must never be shown: the part after ``<bot id>:`` (the id alone is public, and keeping it
    leaves URLs readable: ``…/bot123456:***/getMe``)."""
    _, colon, secret = token.partition(":")
    return secret if colon else token


class Redactor(logging.Formatter):
    """A formatter whose output never contains the secrets it was told about."""

    def __init__(self, fmt: str = FORMAT) -> None:
        super().__init__(fmt)
        self.secrets: tuple[str, ...] = ()

    def add_secret(self, value: str) -> None:
        if len(value) >= MIN_SECRET and value not in self.secrets:
            self.secrets += (value,)

    def format(self, record: logging.LogRecord) -> str:
        return self.redact(super().format(record))

    def redact(self, text: str) -> str:
        for secret in self.secrets:  # one secret, the token, in practice
            text = text.replace(secret, MASK)
        return text


@dataclass
class _Window:
    started: float
    passed: int = 0
    suppressed: int = 0
    level: int = logging.INFO
    template: str = ""


class RepeatLimiter(logging.Filter):
    """At most ``limit`` records per (logger, template) and ``window`` seconds; then one summary.

    ``emit`` writes a summary record (the handler's ``handle``); ``clock`` is injectable for tests."""

    def __init__(
        self,
        emit: Callable[[logging.LogRecord], object],
        limit: int = REPEAT_LIMIT,
        window: float = REPEAT_WINDOW,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.emit, self.limit, self.window, self.clock = emit, limit, window, clock
        self._windows: dict[tuple[str, str], _Window] = {}
        self._next_sweep = clock() + window
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno <= logging.DEBUG or getattr(record, "repeat_summary", False):
            return True
        now = self.clock()
        due: list[tuple[tuple[str, str], _Window]] = []
        with self._lock:
            if now >= self._next_sweep:  # windows no record came back to: summarise and forget them
                due = [(k, w) for k, w in self._windows.items() if now >= w.started + self.window]
                for key, _ in due:
                    del self._windows[key]
                self._next_sweep = now + self.window
            key = (record.name, str(record.msg))
            window = self._windows.get(key)
            if window is not None and now >= window.started + self.window:
                due.append((key, window))
                window = None
            if window is None:
                window = self._windows[key] = _Window(started=now, template=str(record.msg))
            if window.passed < self.limit:
                window.passed += 1
                allowed = True
            else:
                window.suppressed += 1
                window.level = max(window.level, record.levelno)
                allowed = False
        for (name, _), ended in due:
            if ended.suppressed:
                self.emit(self._summary(name, ended))
        return allowed

    def flush(self) -> None:
        """Summarise every window that suppressed something (at exit)."""
        with self._lock:
            ended, self._windows = list(self._windows.items()), {}
        for (name, _), window in ended:
            if window.suppressed:
                self.emit(self._summary(name, window))

    def _summary(self, name: str, window: _Window) -> logging.LogRecord:
        record = logging.LogRecord(
            name,
            window.level,
            __file__,
            0,
            "… suppressed %d similar lines (at most %d a minute): %r",
            (window.suppressed, self.limit, window.template[:200]),
            None,
        )
        record.repeat_summary = True
        return record


class Logging:
    """The installed setup; ``close()`` summarises what was suppressed and puts back what was there
    before (``sellerbot`` runs once per process, but tests call ``main()`` many times)."""

    def __init__(self, verbose: bool, stream: object = None) -> None:
        self.handler: logging.StreamHandler[Any] = logging.StreamHandler(stream)
        self.redactor = Redactor()
        self.handler.setFormatter(self.redactor)
        self.limiter = RepeatLimiter(self.handler.handle)
        self.handler.addFilter(self.limiter)
        root = logging.getLogger()
        apscheduler = logging.getLogger("apscheduler")
        self._restore = (root.level, apscheduler.level)
        # Like logging.basicConfig: a program that configured logging itself (a test runner) keeps it.
        if not root.handlers:
            root.addHandler(self.handler)
            root.setLevel(logging.DEBUG if verbose else logging.INFO)
        # APScheduler logs two INFO lines per tick (twice a second); its warnings and errors still show.
        apscheduler.setLevel(logging.WARNING)

    def redact(self, token: str) -> None:
        """From now on, ``token`` (its secret part) appears in no line."""
        self.redactor.add_secret(secret_part(token))

    def close(self) -> None:
        self.limiter.flush()
        root = logging.getLogger()
        root.removeHandler(self.handler)
        root_level, apscheduler_level = self._restore
        root.setLevel(root_level)
        logging.getLogger("apscheduler").setLevel(apscheduler_level)


def setup(verbose: bool = False, stream: object = None) -> Logging:
    """Add the root logger's redacting, repeat-limited handler (stderr unless ``stream``)."""
    return Logging(verbose, stream)
