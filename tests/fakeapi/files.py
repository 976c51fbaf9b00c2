"""Generated file ids and the media objects Telegram attaches to messages.

Ids are deterministic (a counter per server) so failures reproduce exactly; the "-AgAD" part only
makes them look like Telegram's in logs. Sending a file by id is validated like Telegram does:
unknown ids and photos used as other media are rejected.
"""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass
from typing import Any

from .errors import bad_request
from .params import Params, Upload

Json = dict[str, Any]

PHOTO_SIZES = ((90, 67), (320, 240), (1280, 960))
MEDIA_DEFAULTS: dict[str, Json] = {
    "video": {"width": 1280, "height": 720, "duration": 5, "mime_type": "video/mp4", "file_size": 524288},
    "animation": {
        "width": 320,
        "height": 240,
        "duration": 2,
        "file_name": "animation.gif.mp4",
        "mime_type": "video/mp4",
        "file_size": 65536,
    },
    "document": {"file_name": "document.pdf", "mime_type": "application/pdf", "file_size": 32768},
    "audio": {
        "duration": 180,
        "performer": "Artist",
        "title": "Song",
        "file_name": "song.mp3",
        "mime_type": "audio/mpeg",
        "file_size": 2097152,
    },
    "voice": {"duration": 3, "mime_type": "audio/ogg", "file_size": 8192},
    "video_note": {"length": 240, "duration": 4, "file_size": 131072},
    "sticker": {
        "width": 512,
        "height": 512,
        "emoji": "👍",
        "is_animated": False,
        "is_video": False,
        "type": "regular",
        "file_size": 16384,
    },
}
MEDIA_KINDS = ("photo", *MEDIA_DEFAULTS)


@dataclass
class StoredFile:
    kind: str
    media: Json | list[Json]  # what a message carries under its `kind` key (a size list for photos)
    file_path: str


class FileRegistry:
    def __init__(self) -> None:
        self._counter = itertools.count(1)
        self._by_id: dict[str, StoredFile] = {}
        self.uploads: list[Upload] = []  # every file uploaded, in order

    @staticmethod
    def _ids(kind: str, number: int, suffix: str = "") -> Json:
        digest = hashlib.sha1(f"{kind}{number}{suffix}".encode()).hexdigest()[:16]
        return {
            "file_id": f"{kind}-{number}{suffix}-AgAD{digest}",
            "file_unique_id": f"AQAD{kind[:2]}{number}{suffix}",
        }

    def new(self, kind: str, **overrides: Any) -> Json | list[Json]:
        """Create and register a new file of `kind`; returns the message payload for it."""
        if kind not in MEDIA_KINDS:
            raise ValueError(f"unknown media kind {kind!r}; expected one of {MEDIA_KINDS}")
        number = next(self._counter)
        media: Json | list[Json]
        if kind == "photo":
            media = [
                {**self._ids(kind, number, f"-{w}"), "width": w, "height": h, "file_size": w * h // 10}
                for w, h in PHOTO_SIZES
            ]
            for size in media:
                self._by_id[size["file_id"]] = StoredFile(kind, media, f"photos/file_{number}.jpg")
        else:
            media = {**self._ids(kind, number), **MEDIA_DEFAULTS[kind], **overrides}
            self._by_id[media["file_id"]] = StoredFile(kind, media, f"{kind}s/file_{number}")
        return media

    def adopt(self, kind: str, file_id: str) -> Json | list[Json]:
        """Register a file under an id the caller chose (one a user sent in a test that numbers its
        own files); returns the message payload for it, as `new` does. Known ids keep their file."""
        if file_id in self._by_id:
            return self._by_id[file_id].media
        if kind not in MEDIA_KINDS:
            raise ValueError(f"unknown media kind {kind!r}; expected one of {MEDIA_KINDS}")
        ids = {"file_id": file_id, "file_unique_id": f"{file_id}-u"}
        media: Json | list[Json]
        if kind == "photo":
            media = [{**ids, "width": 1280, "height": 960, "file_size": 1280 * 960 // 10}]
        else:
            media = {**ids, **MEDIA_DEFAULTS[kind]}
        self._by_id[file_id] = StoredFile(kind, media, f"{kind}s/{file_id}")
        return media

    def get(self, file_id: str) -> StoredFile | None:
        return self._by_id.get(file_id)

    def resolve(self, value: Any, kind: str, params: Params) -> Json | list[Json]:
        """The payload for a file input: an upload, an `attach://` part, a URL, or a file_id."""
        if isinstance(value, str) and value.startswith("attach://"):
            value = params.get(value.removeprefix("attach://"))
            if not isinstance(value, Upload):
                raise bad_request("can't parse InputMedia: media not found")
        if isinstance(value, Upload):
            self.uploads.append(value)
            overrides = {"file_name": value.filename} if kind in {"document", "audio", "animation"} else {}
            return self.new(kind, **overrides)
        if not isinstance(value, str) or not value:
            raise bad_request(f'parameter "{kind}" is required')
        if value.startswith(("http://", "https://")):
            return self.new(kind)
        stored = self._by_id.get(value)
        if stored is None:
            raise bad_request("wrong file identifier/HTTP URL specified")
        # Anything but a photo can be re-sent as a generic document; other kinds must match.
        if stored.kind != kind and (kind != "document" or stored.kind == "photo"):
            raise bad_request(
                f"can't use file of type {stored.kind.replace('_', ' ').title()} as {kind.title()}"
            )
        return stored.media
