"""The update queue behind getUpdates, with Telegram's long-polling and confirmation rules."""

from __future__ import annotations

import asyncio
import copy
import itertools
from dataclasses import dataclass
from typing import Any

from .errors import ApiError, bad_request
from .notify import Notifier
from .params import Params

Json = dict[str, Any]

# Sent only when asked for explicitly, as documented for `allowed_updates`.
OPT_IN_UPDATE_TYPES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
CONFLICT = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"


def update_type(update: Json) -> str:
    return next(key for key in update if key != "update_id")


@dataclass
class QueuedUpdate:
    update: Json
    # A re-delivered update is served by the next getUpdates whatever its offset, like a restarted
    # bot that lost its offset would receive it; afterwards ordinary confirmation applies again.
    forced: bool = False


class UpdateQueue:
    def __init__(self, notifier: Notifier) -> None:
        self._notifier = notifier
        self._pending: list[QueuedUpdate] = []
        self._history: dict[int, Json] = {}
        self._update_ids = itertools.count(1)
        self._allowed: list[str] = []
        self._poller: object | None = None
        self._closed = False
        self.filtered_out: list[Json] = []  # dropped because allowed_updates excluded them
        self.webhook_url = ""

    @property
    def pending(self) -> list[Json]:
        return [copy.deepcopy(item.update) for item in self._pending]

    def history(self) -> list[Json]:
        """Every update ever queued, oldest first."""
        return [copy.deepcopy(u) for _, u in sorted(self._history.items())]

    def push(self, kind: str, payload: Json) -> Json:
        update: Json = {"update_id": next(self._update_ids), kind: copy.deepcopy(payload)}
        self._history[update["update_id"]] = update
        self._pending.append(QueuedUpdate(update))
        self._notifier.notify()
        return copy.deepcopy(update)

    def redeliver(self, update_id: int) -> Json:
        if update_id not in self._history:
            raise KeyError(f"update {update_id} was never queued")
        self._pending = [item for item in self._pending if item.update["update_id"] != update_id]
        self._pending.append(QueuedUpdate(self._history[update_id], forced=True))
        self._pending.sort(key=lambda item: item.update["update_id"])
        self._notifier.notify()
        return copy.deepcopy(self._history[update_id])

    def drop_pending(self) -> None:
        self._pending.clear()

    def close(self) -> None:
        """Answer every waiting long poll now, so the server can shut down without waiting."""
        self._closed = True
        self._notifier.notify()

    def _confirm(self, offset: int | None) -> None:
        if offset is None:
            return
        if offset < 0:
            # A negative offset keeps only the last -offset updates and forgets the rest.
            self._pending = self._pending[offset:]
            return
        self._pending = [item for item in self._pending if item.update["update_id"] >= offset or item.forced]

    def _is_allowed(self, update: Json) -> bool:
        kind = update_type(update)
        if self._allowed:
            return kind in self._allowed
        return kind not in OPT_IN_UPDATE_TYPES

    def _take(self, limit: int) -> list[Json]:
        for item in [item for item in self._pending if not self._is_allowed(item.update)]:
            self._pending.remove(item)
            self.filtered_out.append(item.update)
        batch = self._pending[:limit]
        for item in batch:
            item.forced = False
        return [copy.deepcopy(item.update) for item in batch]

    async def get_updates(self, params: Params) -> list[Json]:
        if self.webhook_url:
            raise ApiError(
                409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook first"
            )
        limit, timeout = params.get("limit") or 100, params.get("timeout") or 0
        if not isinstance(limit, int) or not isinstance(timeout, int | float):
            raise bad_request("limit and timeout must be Numbers")
        limit, timeout = min(max(limit, 1), 100), max(timeout, 0)
        if params.get("allowed_updates") is not None:
            self._allowed = list(params["allowed_updates"])  # remembered for later calls, as Telegram does
        me = object()
        self._poller = me
        self._notifier.notify()  # an older poll still waiting is terminated with 409
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        try:
            while True:
                self._confirm(params.get("offset"))
                batch = self._take(limit)
                remaining = deadline - loop.time()
                if batch or self._closed or remaining <= 0:
                    return batch
                await self._notifier.wait(remaining)
                if self._poller is not me:
                    raise ApiError(409, CONFLICT)
        finally:
            if self._poller is me:
                self._poller = None
