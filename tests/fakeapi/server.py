"""FakeBotApi: an in-process HTTP server speaking the Telegram Bot API to the real bot."""

from __future__ import annotations

import asyncio
import copy
import inspect
import json
import logging
import socket
from collections.abc import Callable
from functools import partial
from types import TracebackType
from typing import Any, TypeVar

from aiohttp import web

# Importing the method modules registers their handlers.
from . import editing, sending, service  # noqa: F401
from .chats import private_chat
from .errors import ApiError, api_error
from .faults import Fault, FaultPlan, FloodLimits
from .notify import Notifier
from .params import Params, decode_request
from .recording import MESSAGE_METHODS, Call, CallLog, RateStats
from .state import ApiState, Handler, find_method
from .users import SimulatedUser
from .waiting import wait_until

Json = dict[str, Any]
T = TypeVar("T")

logger = logging.getLogger(__name__)
DEFAULT_TOKEN = "123456789:AAFakeTokenForOfflineTestsOnly-0123456"
_dumps = partial(json.dumps, ensure_ascii=False)


class FakeBotApi:
    """Telegram's Bot API for one bot, served on 127.0.0.1:<random port>.

    Use as `async with FakeBotApi() as api:` and point the bot at `api.base_url`.
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_first_name: str = "Seller Bot",
        bot_username: str = "sellerbot_test_bot",
    ) -> None:
        self.token = token
        self._notifier = Notifier()
        bot = {"id": int(token.split(":", 1)[0]), "is_bot": True, "first_name": bot_first_name}
        self.state = ApiState(bot={**bot, "username": bot_username}, notifier=self._notifier)
        self._log = CallLog()
        self._faults = FaultPlan()
        self._flood: FloodLimits | None = None
        self._released = asyncio.Event()  # set at shutdown so hung requests can end
        self._runner: web.AppRunner | None = None
        self._base_url: str | None = None

    # --- lifecycle ------------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._serve_file)
        # handler_cancellation: a client that gives up (timeout, shutdown) ends its request here
        # too, so an abandoned long poll can't linger and answer 409 to the next one.
        self._runner = web.AppRunner(app, handler_cancellation=True, shutdown_timeout=2.0, access_log=None)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        await web.SockSite(self._runner, sock).start()
        self._base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"

    async def stop(self) -> None:
        if self._runner is None:
            return
        self.state.updates.close()
        self._released.set()
        await self._runner.cleanup()
        self._runner = None

    async def __aenter__(self) -> FakeBotApi:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """e.g. http://127.0.0.1:41234 — requests go to {base_url}/bot{token}/{method}."""
        if self._base_url is None:
            raise RuntimeError("FakeBotApi is not started")
        return self._base_url

    @property
    def bot_user(self) -> Json:
        return copy.deepcopy(self.state.bot)

    # --- HTTP -----------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        found = find_method(request.match_info["method"])
        decode_error: ApiError | None = None
        try:
            params = await decode_request(request)
        except ApiError as error:
            params, decode_error = Params(), error
        call = Call(
            method=found[0] if found else request.match_info["method"],
            params=dict(params),
            started_at=asyncio.get_running_loop().time(),
            chat_id=params.chat_key(),
        )
        self._log.add(call)
        self._notifier.notify()
        try:
            if request.match_info["token"] != self.token:
                raise ApiError(401, "Unauthorized")
            if decode_error is not None:
                raise decode_error
            if found is None:
                raise ApiError(404, "Not Found")
            return await self._perform(request, call, found[1], params)
        except ApiError as error:
            return self._answer(call, error.status, error.body())
        except asyncio.CancelledError:
            call.note = call.note or "client went away before the answer"
            raise
        except Exception as bug:
            # A defect of the fake must show up in the call dump, not as an opaque non-JSON 500.
            logger.exception("FakeBotApi failed on %s", call.method)
            call.note = f"fake Bot API bug: {bug!r}"
            return self._answer(call, 500, api_error(500, f"Internal Server Error: {bug!r}").body())

    async def _perform(
        self, request: web.Request, call: Call, handler: Handler, params: Params
    ) -> web.StreamResponse:
        fault = self._faults.take(call.method, call.chat_id)
        if fault is None or fault.action == "delay":
            if fault is not None:
                call.note = f"delayed {fault.seconds}s"
                await asyncio.sleep(fault.seconds)
            self._check_flood(call)
            result = await self._run(handler, params)
            if self._flood is not None and call.method.lower() in MESSAGE_METHODS:
                self._flood.count_send(call.chat_id, call.started_at)
            return self._answer(call, 200, {"ok": True, "result": result})
        if fault.action == "error":
            assert fault.error is not None
            call.note = f"injected {fault.error.status}"
            raise fault.error
        if fault.action == "page":
            call.note = f"injected {fault.status} page"
            call.status, call.finished_at = fault.status, asyncio.get_running_loop().time()
            self._notifier.notify()
            return web.Response(status=fault.status, text=fault.page, content_type="text/html")
        call.note = "hung" if fault.action == "hang" else "connection dropped"
        if fault.deliver:
            call.note += " after performing the call"
            await self._run(handler, params)
        if fault.action == "hang":
            await self._released.wait()
        call.finished_at = asyncio.get_running_loop().time()
        if request.transport is not None:
            request.transport.close()  # the client sees the connection die without an answer
        return web.Response()

    async def _run(self, handler: Handler, params: Params) -> Any:
        result = handler(self.state, params)
        return await result if inspect.isawaitable(result) else result

    def _answer(self, call: Call, status: int, body: Json) -> web.Response:
        call.status, call.response = status, body
        call.finished_at = asyncio.get_running_loop().time()
        self._notifier.notify()
        return web.json_response(body, status=status, dumps=_dumps)

    def _check_flood(self, call: Call) -> None:
        limits = self._flood
        if limits is None or call.method.lower() not in MESSAGE_METHODS:
            return
        recent: list[Call] = []
        for earlier in reversed(self._log.calls):
            if call.started_at - earlier.started_at >= 1.0:
                break
            if earlier.ok and earlier.method.lower() in MESSAGE_METHODS:
                recent.append(earlier)
        if limits.per_chat_burst is None:
            in_chat = sum(1 for earlier in recent if earlier.chat_id == call.chat_id)
            chat_full = in_chat >= limits.per_chat_per_second
        else:
            chat_full = limits.chat_bucket_full(call.chat_id, call.started_at)
        if len(recent) >= limits.overall_per_second or chat_full:
            call.note = "flood limit"
            raise api_error(429, retry_after=limits.retry_after)

    async def _serve_file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            raise web.HTTPUnauthorized()
        return web.Response(body=f"fake content of {request.match_info['path']}".encode())

    # --- simulated users and updates ------------------------------------------------------------

    def user(
        self,
        id: int,
        first_name: str,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
    ) -> SimulatedUser:
        """A user who has started the bot (their private chat exists)."""
        user: Json = {"id": id, "is_bot": False, "first_name": first_name}
        optional = {"last_name": last_name, "username": username, "language_code": language_code}
        user.update({key: value for key, value in optional.items() if value})
        self.state.users[id] = user
        chat = self.state.chats.add_chat(private_chat(user))
        return SimulatedUser(self, user, chat)

    def group(
        self, chat_id: int, title: str, *, username: str | None = None, type: str = "supergroup"
    ) -> Json:
        """A group the bot is a member of; act in it with `user.in_chat(group)`."""
        chat: Json = {"id": chat_id, "type": type, "title": title}
        if username:
            chat["username"] = username
        return self.state.chats.add_chat(chat)

    def queue_update(self, kind: str, payload: Json) -> Json:
        """Queue an arbitrary update (e.g. "message_reaction"); returns it with its update_id."""
        return self.state.updates.push(kind, payload)

    def redeliver(self, update_id: int) -> Json:
        """Serve an already confirmed update again (same id and content), as after a crash that
        happened before the bot's offset advanced; the next getUpdates returns it whatever its offset."""
        return self.state.updates.redeliver(update_id)

    def update_of(self, message: Json) -> int:
        """The update_id that carried ``message`` (a dict a SimulatedUser method returned)."""
        for update in self.state.updates.history():
            sent = update.get("message") or update.get("edited_message") or {}
            if sent.get("message_id") == message["message_id"] and sent.get("chat") == message["chat"]:
                return int(update["update_id"])
        raise KeyError(f"no update carried message {message['message_id']}")

    @property
    def pending_updates(self) -> list[Json]:
        return self.state.updates.pending

    @property
    def filtered_updates(self) -> list[Json]:
        """Updates dropped because the bot's allowed_updates did not include their type."""
        return copy.deepcopy(self.state.updates.filtered_out)

    # --- failures -------------------------------------------------------------------------------

    def _plan(self, method: str, **fault: Any) -> None:
        found = find_method(method)
        if found is None:
            raise ValueError(f"unknown Bot API method {method!r}")
        self._faults.add(Fault(method=found[0].lower(), **fault))

    def fail(
        self,
        method: str,
        status: int = 500,
        times: int = 1,
        retry_after: int | None = None,
        description: str | None = None,
        chat_id: int | str | None = None,
        migrate_to_chat_id: int | None = None,
    ) -> None:
        """The next `times` calls of `method` (only those for `chat_id`, if given) answer an error
        in Telegram's format, e.g. 429 {"description": "Too Many Requests: retry after 1",
        "parameters": {"retry_after": 1}}. Nothing is performed."""
        error = api_error(status, description, retry_after, migrate_to_chat_id)
        self._plan(method, action="error", times=times, chat_id=chat_id, error=error)

    def proxy_error(
        self,
        method: str,
        status: int = 502,
        page: str = "<html><body><h1>502 Bad Gateway</h1></body></html>",
        times: int = 1,
        chat_id: int | str | None = None,
    ) -> None:
        """The next calls are answered by a proxy in front of Telegram: `status` with an HTML page,
        no JSON to parse. Nothing is performed."""
        self._plan(method, action="page", times=times, chat_id=chat_id, status=status, page=page)

    def hang(
        self, method: str, times: int = 1, chat_id: int | str | None = None, deliver: bool = False
    ) -> None:
        """The next calls never get an answer (the client's timeout fires). With deliver=True the
        call is still performed, as when Telegram sent the message but the answer was lost."""
        self._plan(method, action="hang", times=times, chat_id=chat_id, deliver=deliver)

    def disconnect(
        self, method: str, times: int = 1, chat_id: int | str | None = None, deliver: bool = False
    ) -> None:
        """The next calls see the connection closed without an answer (a network error)."""
        self._plan(method, action="disconnect", times=times, chat_id=chat_id, deliver=deliver)

    def delay(self, method: str, seconds: float, times: int = 1, chat_id: int | str | None = None) -> None:
        """The next calls are answered normally, but only after `seconds`."""
        self._plan(method, action="delay", times=times, chat_id=chat_id, seconds=seconds)

    def block(self, user_id: int) -> None:
        """From now on every send/copy/forward to this user's chat answers 403 "bot was blocked"."""
        self.state.blocked_by.add(user_id)

    def unblock(self, user_id: int) -> None:
        self.state.blocked_by.discard(user_id)

    def enforce_flood_limits(
        self,
        overall_per_second: int = 30,
        per_chat_per_second: int = 1,
        retry_after: int = 1,
        *,
        per_chat_burst: int | None = None,
    ) -> None:
        """From now on answer 429 (retry_after) to a message send that would exceed, within one
        second, `overall_per_second` successful sends overall or `per_chat_per_second` in its chat.
        With `per_chat_burst`, a chat may instead take that many sends at once, then
        `per_chat_per_second` (a bucket per chat, refilling while the chat is quiet)."""
        self._flood = FloodLimits(overall_per_second, per_chat_per_second, retry_after, per_chat_burst)

    def stop_flood_limits(self) -> None:
        self._flood = None

    # --- what happened --------------------------------------------------------------------------

    @property
    def calls(self) -> list[Call]:
        return list(self._log.calls)

    def calls_to(self, method: str) -> list[Call]:
        return self._log.to(method)

    def received(self, chat_id: int, *, include_deleted: bool = False) -> list[Json]:
        """The bot's messages in `chat_id`, in sending order, as they are now (edits applied)."""
        return self.state.chats.received(chat_id, include_deleted=include_deleted)

    def messages(self, chat_id: int) -> list[Json]:
        """Every message in the chat, from users and the bot, by message_id."""
        return self.state.chats.messages(chat_id)

    def message(self, chat_id: int, message_id: int) -> Json | None:
        found = self.state.chats.message(chat_id, message_id)
        return copy.deepcopy(found)

    def callback_answer(self, query_id: str) -> Json | None:
        """The bot's answerCallbackQuery parameters for a pressed button, if it answered."""
        return self.state.callback_answers.get(query_id)

    def commands(self, scope: Json | None = None, language_code: str = "") -> list[Json]:
        return service.get_my_commands(self.state, Params(scope=scope, language_code=language_code))

    def rate_stats(self, methods: set[str] | None = None) -> RateStats:
        """Peak calls per second overall and per chat; by default over message-sending methods."""
        return self._log.rate_stats(methods)

    def describe(self, last: int = 30) -> str:
        """Recent calls and pending updates, for assertion messages."""
        pending = [f"{u['update_id']}:{next(k for k in u if k != 'update_id')}" for u in self.pending_updates]
        return f"{self._log.dump(last)}\npending updates: {pending or 'none'}"

    # --- waiting --------------------------------------------------------------------------------
    # These take `timeout` (hence the ASYNC109 waivers) because running out of time must fail the
    # test with a dump of recent calls, which wrapping them in asyncio.timeout() could not give.

    async def wait_for(self, predicate: Callable[[], T], timeout: float = 5.0, what: str | None = None) -> T:  # noqa: ASYNC109
        """Wait until `predicate()` is truthy and return its value; AssertionError with recent calls
        if it is not within `timeout` seconds."""
        what = what or str(getattr(predicate, "__name__", "condition"))
        return await wait_until(self._notifier, predicate, within=timeout, what=what, describe=self.describe)

    async def wait_received(self, chat_id: int, count: int, timeout: float = 5.0) -> list[Json]:  # noqa: ASYNC109
        """Wait until the bot has put at least `count` messages into `chat_id`; returns them all."""

        def enough() -> list[Json]:
            # Count first: copying every message on every wake-up made long waits quadratic.
            if self.state.chats.count_received(chat_id) < count:
                return []
            return self.received(chat_id)

        return await self.wait_for(enough, timeout, f"{count} message(s) received in chat {chat_id}")

    async def wait_calls(self, method: str, count: int = 1, timeout: float = 5.0) -> list[Call]:  # noqa: ASYNC109
        """Wait until `method` was answered at least `count` times; returns those calls."""

        def answered() -> list[Call]:
            done = [call for call in self.calls_to(method) if call.finished_at is not None]
            return done if len(done) >= count else []

        return await self.wait_for(answered, timeout, f"{count} answered {method} call(s)")

    async def wait_updates_confirmed(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Wait until the bot confirmed (offset past) every queued update."""
        await self.wait_for(lambda: not self.pending_updates, timeout, "all updates confirmed")
