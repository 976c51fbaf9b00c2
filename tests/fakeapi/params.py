"""Decoding of Bot API requests, whichever way the client encoded them.

aiogram posts multipart/form-data, PTB posts urlencoded forms (multipart when uploading), other
clients post JSON or use the query string. In forms every value is a string, and objects/arrays
are JSON text; Telegram decodes them by parameter name, and so do we.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from .errors import bad_request

JSON_FIELDS = frozenset(
    {
        "allowed_updates",
        "caption_entities",
        "commands",
        "entities",
        "explanation_entities",
        "link_preview_options",
        "media",
        "menu_button",
        "message_ids",
        "options",
        "question_entities",
        "reaction",
        "reply_markup",
        "reply_parameters",
        "results",
        "scope",
    }
)
INT_FIELDS = frozenset(
    {
        "cache_time",
        "chat_id",
        "duration",
        "from_chat_id",
        "height",
        "length",
        "limit",
        "message_id",
        "message_thread_id",
        "offset",
        "reply_to_message_id",
        "timeout",
        "user_id",
        "width",
    }
)
FLOAT_FIELDS = frozenset({"latitude", "longitude", "horizontal_accuracy"})
BOOL_FIELDS = frozenset(
    {
        "allow_sending_without_reply",
        "allows_multiple_answers",
        "disable_notification",
        "disable_web_page_preview",
        "drop_pending_updates",
        "has_spoiler",
        "is_anonymous",
        "protect_content",
        "remove_caption",
        "show_alert",
        "show_caption_above_media",
        "supports_streaming",
    }
)


@dataclass(frozen=True)
class Upload:
    """A file part of a multipart request. The bytes are kept so tests can check what was uploaded
    (a chart must be a real PNG)."""

    filename: str
    content_type: str
    size: int
    data: bytes = field(default=b"", repr=False)


class Params(dict[str, Any]):
    """Decoded parameters with Telegram-style errors for missing ones."""

    def required(self, name: str) -> Any:
        value = self.get(name)
        if value is None or value == "":
            raise bad_request(f'parameter "{name}" is required')
        return value

    def required_int(self, name: str) -> int:
        value = self.required(name)
        if not isinstance(value, int):
            raise bad_request(f'parameter "{name}" must be a Number')
        return value

    def chat_key(self, name: str = "chat_id") -> int | str | None:
        """The chat a call targets, used for recording, fault matching and rate statistics."""
        value = self.get(name)
        return value if isinstance(value, int | str) else None


def coerce(name: str, value: Any) -> Any:
    """Turn one form value (always a string) into what Telegram would read it as."""
    if not isinstance(value, str):
        return value
    try:
        if name in JSON_FIELDS:
            return json.loads(value)
        if name in INT_FIELDS:
            # chat_id may legitimately be "@channelusername".
            return int(value) if value.lstrip("-").isdigit() else value
        if name in FLOAT_FIELDS:
            return float(value)
    except ValueError as exc:
        raise bad_request(f"can't parse {name} JSON object") from exc
    if name in BOOL_FIELDS:
        return value.lower() in {"true", "1"}
    return value


async def decode_request(request: web.Request) -> Params:
    """Merge query string and body into one `Params`, decoding per parameter name."""
    raw: dict[str, Any] = dict(request.query)
    if request.method == "POST" and request.can_read_body:
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError as exc:
                raise bad_request("can't parse JSON encoded request body") from exc
            if not isinstance(body, dict):
                raise bad_request("request body must be a JSON object")
            raw.update(body)
        else:
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    content = value.file.read()
                    raw[key] = Upload(value.filename, value.content_type, len(content), content)
                else:
                    raw[key] = value
    return Params({key: coerce(key, value) for key, value in raw.items()})
