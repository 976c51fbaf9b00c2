"""Simulated Telegram users: each action stores the message and queues the update Telegram would send."""

from __future__ import annotations

import copy
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .chats import as_reply_target
from .formatting import utf16_len
from .sending import new_poll

if TYPE_CHECKING:
    from .server import FakeBotApi

Json = dict[str, Any]
MessageRef = int | Json  # a message_id in this chat, or a message dict returned by a helper


def _message_id(message: MessageRef) -> int:
    return message if isinstance(message, int) else int(message["message_id"])


class SimulatedUser:
    """A user talking to the bot, in their private chat (or in a group, see `in_chat`)."""

    def __init__(self, api: FakeBotApi, user: Json, chat: Json) -> None:
        self._api = api
        self._state = api.state
        self.user = user
        self.chat = chat

    @property
    def id(self) -> int:
        return int(self.user["id"])

    def in_chat(self, chat: Json) -> SimulatedUser:
        """The same user acting in another chat, e.g. a group created with `api.group()`."""
        return SimulatedUser(self._api, self.user, chat)

    # --- sending -------------------------------------------------------------------------------

    def _send(self, content: Json, reply_to: MessageRef | None = None, **extra: Any) -> Json:
        reply = None
        if reply_to is not None:
            target = self._state.chats.message(self.chat["id"], _message_id(reply_to))
            if target is None:
                raise AssertionError(
                    f"no message {_message_id(reply_to)} in chat {self.chat['id']} to reply to"
                )
            reply = as_reply_target(target)
        message = self._state.chats.store(self.chat, self.user, content, reply_to_message=reply, **extra)
        self._state.updates.push("message", message)
        return copy.deepcopy(message)

    def send_text(
        self, text: str, entities: list[Json] | None = None, *, reply_to: MessageRef | None = None
    ) -> Json:
        if entities is None and text.startswith("/"):
            # Telegram marks a leading /command itself; PTB's CommandHandler relies on that entity.
            entities = [{"type": "bot_command", "offset": 0, "length": utf16_len(text.split()[0])}]
        content: Json = {"text": text}
        if entities:
            content["entities"] = entities
        return self._send(content, reply_to)

    def send_command(self, command: str, args: str = "", *, reply_to: MessageRef | None = None) -> Json:
        return self.send_text(f"/{command.lstrip('/')}" + (f" {args}" if args else ""), reply_to=reply_to)

    def _media(
        self, kind: str, caption: str | None, caption_entities: list[Json] | None, **file_fields: Any
    ) -> Json:
        media = self._state.files.new(kind, **file_fields)
        content: Json = {kind: media}
        if kind == "animation":
            content["document"] = media
        if caption:
            content["caption"] = caption
            if caption_entities:
                content["caption_entities"] = caption_entities
        return content

    def send_photo(
        self,
        caption: str | None = None,
        caption_entities: list[Json] | None = None,
        *,
        reply_to: MessageRef | None = None,
    ) -> Json:
        return self._send(self._media("photo", caption, caption_entities), reply_to)

    def send_video(
        self,
        caption: str | None = None,
        caption_entities: list[Json] | None = None,
        *,
        reply_to: MessageRef | None = None,
    ) -> Json:
        return self._send(self._media("video", caption, caption_entities), reply_to)

    def send_animation(
        self,
        caption: str | None = None,
        caption_entities: list[Json] | None = None,
        *,
        reply_to: MessageRef | None = None,
    ) -> Json:
        return self._send(self._media("animation", caption, caption_entities), reply_to)

    def send_document(
        self,
        caption: str | None = None,
        caption_entities: list[Json] | None = None,
        *,
        file_name: str = "document.pdf",
        mime_type: str = "application/pdf",
        reply_to: MessageRef | None = None,
    ) -> Json:
        media = self._media("document", caption, caption_entities, file_name=file_name, mime_type=mime_type)
        return self._send(media, reply_to)

    def send_audio(
        self,
        caption: str | None = None,
        caption_entities: list[Json] | None = None,
        *,
        reply_to: MessageRef | None = None,
    ) -> Json:
        return self._send(self._media("audio", caption, caption_entities), reply_to)

    def send_voice(
        self,
        caption: str | None = None,
        caption_entities: list[Json] | None = None,
        *,
        reply_to: MessageRef | None = None,
    ) -> Json:
        return self._send(self._media("voice", caption, caption_entities), reply_to)

    def send_video_note(self, *, reply_to: MessageRef | None = None) -> Json:
        return self._send(self._media("video_note", None, None), reply_to)

    def send_sticker(self, emoji: str = "👍", *, reply_to: MessageRef | None = None) -> Json:
        return self._send(self._media("sticker", None, None, emoji=emoji), reply_to)

    def send_location(
        self, latitude: float = 55.7558, longitude: float = 37.6173, *, reply_to: MessageRef | None = None
    ) -> Json:
        return self._send({"location": {"latitude": latitude, "longitude": longitude}}, reply_to)

    def send_venue(
        self,
        title: str = "Pickup point",
        address: str = "1 Main Street",
        latitude: float = 55.7558,
        longitude: float = 37.6173,
        *,
        reply_to: MessageRef | None = None,
    ) -> Json:
        location = {"latitude": latitude, "longitude": longitude}
        venue = {"location": location, "title": title, "address": address}
        return self._send({"venue": venue, "location": location}, reply_to)

    def send_contact(
        self,
        phone_number: str = "+10000000000",
        first_name: str | None = None,
        last_name: str | None = None,
        *,
        reply_to: MessageRef | None = None,
    ) -> Json:
        contact: Json = {"phone_number": phone_number, "first_name": first_name or self.user["first_name"]}
        if last_name:
            contact["last_name"] = last_name
        if first_name is None:
            contact["user_id"] = self.id  # sharing one's own contact links the account
        return self._send({"contact": contact}, reply_to)

    def send_poll(
        self,
        question: str = "Which one?",
        options: Sequence[str] = ("A", "B"),
        *,
        reply_to: MessageRef | None = None,
    ) -> Json:
        return self._send({"poll": new_poll(self._state, question, list(options))}, reply_to)

    def send_dice(self, emoji: str = "🎲", value: int = 6, *, reply_to: MessageRef | None = None) -> Json:
        return self._send({"dice": {"emoji": emoji, "value": value}}, reply_to)

    def send_album(
        self,
        kinds: Sequence[str] = ("photo", "photo"),
        caption: str | None = None,
        caption_entities: list[Json] | None = None,
        *,
        reply_to: MessageRef | None = None,
    ) -> list[Json]:
        """An album: one update per item, sharing a media_group_id; the caption goes on the first."""
        if not 2 <= len(kinds) <= 10:
            raise ValueError("an album has 2-10 items")
        group_id = self._state.chats.new_media_group_id()
        return [
            self._send(
                self._media(kind, caption if index == 0 else None, caption_entities),
                reply_to,
                media_group_id=group_id,
            )
            for index, kind in enumerate(kinds)
        ]

    # --- other actions -------------------------------------------------------------------------

    def edit(
        self,
        message: MessageRef,
        *,
        text: str | None = None,
        caption: str | None = None,
        entities: list[Json] | None = None,
    ) -> Json:
        """Edit one of this user's messages; queues an `edited_message` update."""
        stored = self._state.chats.message(self.chat["id"], _message_id(message))
        if stored is None or stored["from"]["id"] != self.id:
            raise AssertionError(f"user {self.id} has no message {_message_id(message)} to edit")
        text_key, entities_key = ("text", "entities") if text is not None else ("caption", "caption_entities")
        if (text_key == "text") != ("text" in stored):
            raise AssertionError(f"message {stored['message_id']} has no {text_key} to edit")
        stored[text_key] = text if text is not None else caption
        stored.pop(entities_key, None)
        if entities:
            stored[entities_key] = entities
        stored["edit_date"] = int(time.time())
        self._state.updates.push("edited_message", stored)
        return copy.deepcopy(stored)

    def press_button(self, message: MessageRef, *, data: str | None = None, text: str | None = None) -> str:
        """Press an inline button (chosen by callback data or label); returns the callback query id."""
        stored = self._state.chats.message(self.chat["id"], _message_id(message))
        rows = (stored or {}).get("reply_markup", {}).get("inline_keyboard", [])
        buttons = [button for row in rows for button in row if "callback_data" in button]
        chosen = [
            b for b in buttons if (data is None or b["callback_data"] == data) and (text in (None, b["text"]))
        ]
        if stored is None or not chosen:
            raise AssertionError(
                f"no button data={data!r} text={text!r} on message {_message_id(message)}: {rows}"
            )
        query_id = f"{self.id}{self._state.next_serial():06d}"
        query = {
            "id": query_id,
            "from": self.user,
            "message": copy.deepcopy(stored),
            "chat_instance": f"-{abs(self.chat['id'])}00",
            "data": chosen[0]["callback_data"],
        }
        self._state.callback_queries[query_id] = query
        self._state.updates.push("callback_query", query)
        return query_id

    def _member_update(self, old: str, new: str) -> None:
        bot = self._state.bot
        self._state.updates.push(
            "my_chat_member",
            {
                "chat": self.chat,
                "from": self.user,
                "date": int(time.time()),
                "old_chat_member": {
                    "status": old,
                    "user": bot,
                    **({"until_date": 0} if old == "kicked" else {}),
                },
                "new_chat_member": {
                    "status": new,
                    "user": bot,
                    **({"until_date": 0} if new == "kicked" else {}),
                },
            },
        )

    def block_bot(self) -> None:
        """Block the bot: sends to this user now fail with 403, and a my_chat_member update is queued."""
        self._api.block(self.id)
        self._member_update("member", "kicked")

    def unblock_bot(self) -> None:
        self._api.unblock(self.id)
        self._member_update("kicked", "member")

    # --- what the bot sent to this chat ---------------------------------------------------------

    def received(self) -> list[Json]:
        return self._api.received(self.chat["id"])

    async def wait_received(self, count: int, timeout: float = 5.0) -> list[Json]:  # noqa: ASYNC109
        return await self._api.wait_received(self.chat["id"], count, timeout=timeout)
