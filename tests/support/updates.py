"""Bot API update JSON as Telegram sends it, for the parser's and the adapters' tests."""

from __future__ import annotations

from typing import Any

Json = dict[str, Any]

BUYER: Json = {"id": 111, "is_bot": False, "first_name": "Ann", "last_name": "Lee", "username": "ann"}
CHAT: Json = {"id": 111, "type": "private", "first_name": "Ann"}
DATE = 1_700_000_000
BOLD: Json = {"type": "bold", "offset": 0, "length": 5}
LINK: Json = {"type": "text_link", "offset": 6, "length": 4, "url": "https://example.com/"}
PHOTO_SIZES = [
    {"file_id": "small", "file_unique_id": "s", "width": 90, "height": 60},
    {"file_id": "large", "file_unique_id": "l", "width": 1280, "height": 853},
    {"file_id": "medium", "file_unique_id": "m", "width": 320, "height": 213},
]
LOCATION: Json = {"latitude": 55.75, "longitude": 37.61}


def file(file_id: str, **fields: Any) -> Json:
    return {"file_id": file_id, "file_unique_id": file_id + "-u", **fields}


def message(update_id: int = 1, message_id: int = 10, **content: Any) -> Json:
    """A private message update from BUYER carrying ``content`` fields."""
    return {
        "update_id": update_id,
        "message": {"message_id": message_id, "from": BUYER, "chat": CHAT, "date": DATE, **content},
    }


# Content samples, valid for aiogram's and PTB's models too (tests/bot/test_adapters.py reuses them).
CONTENT_SAMPLES: dict[str, Json] = {
    "text": {"text": "Hello link", "entities": [BOLD, LINK]},
    "photo": {"photo": PHOTO_SIZES, "caption": "Hello", "caption_entities": [BOLD]},
    "video": {"video": file("vid", width=640, height=480, duration=3), "caption": "clip"},
    "animation": {
        "animation": file("gif", width=320, height=240, duration=2),
        "document": file("gif", file_name="a.mp4"),
    },
    "document": {"document": file("doc", file_name="invoice.pdf")},
    "audio": {"audio": file("song", duration=200)},
    "voice": {"voice": file("ogg", duration=4)},
    "video_note": {"video_note": file("round", length=240, duration=5)},
    "sticker": {
        "sticker": file("stk", type="regular", width=512, height=512, is_animated=False, is_video=False)
    },
    "location": {"location": LOCATION},
    "venue": {
        "venue": {"location": LOCATION, "title": "Red Square", "address": "Moscow"},
        "location": LOCATION,
    },
    "contact": {"contact": {"phone_number": "+100200300", "first_name": "Bob"}},
    "dice": {"dice": {"emoji": "🎲", "value": 4}},
    "game": {"game": {"title": "G", "description": "d", "photo": PHOTO_SIZES}},
}
