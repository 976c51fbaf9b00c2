"""bot/logs.py: the token never reaches a line; repeated lines are limited per minute."""

from __future__ import annotations

import io
import logging
import sys

from bot.logs import Logging, Redactor, RepeatLimiter, secret_part

TOKEN = "123456789:AAFakeTokenForOfflineTestsOnly-0123456"
URL = f"http://127.0.0.1:8081/bot{TOKEN}/getMe"


def record(
    msg: str, *args: object, name: str = "aiohttp.client", level: int = logging.ERROR
) -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, msg, args, None)


def test_the_token_is_redacted_in_message_arguments_exception_and_stack() -> None:
    redactor = Redactor()
    redactor.add_secret(secret_part(TOKEN))
    try:
        try:
            raise TimeoutError(f"Connection timeout to host {URL}")
        except TimeoutError as error:
            raise RuntimeError("Request timeout error") from error  # aiogram's, chained
    except RuntimeError:
        exc_info = sys.exc_info()
    rec = logging.LogRecord("aiogram", logging.ERROR, __file__, 1, "POST %s failed", (URL,), exc_info)
    rec.stack_info = f"Stack (most recent call last):\n  {URL}"
    text = redactor.format(rec)
    assert secret_part(TOKEN) not in text
    assert "http://127.0.0.1:8081/bot123456789:***/getMe" in text  # still readable
    assert text.count("***") == 3


def test_short_or_empty_secrets_are_ignored() -> None:
    redactor = Redactor()
    redactor.add_secret("")
    redactor.add_secret("abc")
    assert redactor.format(record("abc def")).endswith("abc def")


def test_setup_redacts_the_root_handler_output() -> None:
    root = logging.getLogger()
    saved = root.handlers[:]
    root.handlers.clear()  # as in a fresh process
    httpx = logging.getLogger("httpx")
    httpx_level = httpx.level
    httpx.setLevel(logging.NOTSET)  # a PtbRuntime built by an earlier test in this worker quiets it
    out = io.StringIO()
    try:
        logs = Logging(verbose=True, stream=out)
        logs.redact(TOKEN)
        httpx.debug('HTTP Request: POST %s "HTTP/1.1 200 OK"', URL)
        logs.close()
    finally:
        root.handlers[:] = saved
        httpx.setLevel(httpx_level)
    assert "bot123456789:***/getMe" in out.getvalue() and secret_part(TOKEN) not in out.getvalue()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_repeats_pass_n_times_a_minute_then_one_summary() -> None:
    clock, summaries = Clock(), []
    limiter = RepeatLimiter(summaries.append, limit=3, window=60, clock=clock)
    passed = [limiter.filter(record("send to %s failed: %s", i, "boom")) for i in range(10)]
    assert passed == [True] * 3 + [False] * 7
    assert limiter.filter(record("another template"))  # counted apart
    assert limiter.filter(record("send to %s failed: %s", 1, "x", name="other"))  # another logger
    assert not summaries
    clock.now += 60
    assert limiter.filter(record("send to %s failed: %s", 11, "boom"))  # a new minute
    [summary] = summaries
    assert summary.getMessage().startswith("… suppressed 7 similar lines")
    assert "send to %s failed" in summary.getMessage() and summary.name == "aiohttp.client"
    assert limiter.filter(summary)  # the summary itself is never held back


def test_a_window_nobody_returns_to_is_summarised_on_the_next_line_and_at_exit() -> None:
    clock, summaries = Clock(), []
    limiter = RepeatLimiter(summaries.append, limit=1, window=60, clock=clock)
    for _ in range(5):
        limiter.filter(record("polling failed"))
    clock.now += 61
    limiter.filter(record("something else"))
    assert [s.getMessage()[:23] for s in summaries] == ["… suppressed 4 similar "]
    for _ in range(3):
        limiter.filter(record("something else"))
    limiter.flush()
    assert summaries[-1].getMessage().startswith("… suppressed 3 similar lines")


def test_debug_lines_are_not_limited() -> None:
    limiter = RepeatLimiter(lambda r: None, limit=1, clock=Clock())
    assert all(limiter.filter(record("Calling %s", i, level=logging.DEBUG)) for i in range(5))


def test_a_loop_of_failures_through_the_handler_stays_bounded() -> None:
    out, clock = io.StringIO(), Clock()
    handler = logging.StreamHandler(out)
    handler.addFilter(RepeatLimiter(handler.handle, limit=5, window=60, clock=clock))
    logger = logging.getLogger("test_logs.loop")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for _minute in range(3):
            for i in range(10_000):
                logger.error("getUpdates failed (%s)", i)
            clock.now += 60
        logger.error("getUpdates failed (%s)", "last")
    finally:
        logger.removeHandler(handler)
    lines = out.getvalue().splitlines()
    assert len(lines) == 3 * 5 + 3 + 1  # five a minute, one summary a minute
    assert sum("suppressed 9995 similar lines" in line for line in lines) == 3
