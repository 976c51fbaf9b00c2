"""Methods that put messages into chats: send*, copy*, forward*, sendMediaGroup."""

from __future__ import annotations

import itertools
from typing import Any

from .chats import content_of
from .compose import CAPTIONED_KINDS, caption_content, deliver, forward_origin, target_chat, text_content
from .errors import bad_request
from .params import Params
from .state import ApiState, api_method

Json = dict[str, Any]


@api_method("sendMessage")
def send_message(state: ApiState, params: Params) -> Json:
    chat = target_chat(state, params)
    return deliver(state, chat, params, text_content(params))


def _media_content(state: ApiState, params: Params, kind: str) -> Json:
    media = state.files.resolve(params.get(kind), kind, params)
    content: Json = {kind: media}
    if kind == "animation":
        content["document"] = media  # Telegram sends animations as documents too, for old clients
    if kind in CAPTIONED_KINDS:
        content.update(caption_content(params))
    if params.get("has_spoiler"):
        content["has_media_spoiler"] = True
    return content


def _register_media_sender(method: str, kind: str) -> None:
    def send_media(state: ApiState, params: Params) -> Json:
        chat = target_chat(state, params)
        return deliver(state, chat, params, _media_content(state, params, kind))

    api_method(method)(send_media)


for _method, _kind in {
    "sendPhoto": "photo",
    "sendVideo": "video",
    "sendAnimation": "animation",
    "sendDocument": "document",
    "sendAudio": "audio",
    "sendVoice": "voice",
    "sendVideoNote": "video_note",
    "sendSticker": "sticker",
}.items():
    _register_media_sender(_method, _kind)


def _location(params: Params) -> Json:
    latitude, longitude = params.required("latitude"), params.required("longitude")
    if not isinstance(latitude, int | float) or not isinstance(longitude, int | float):
        raise bad_request("wrong latitude or longitude specified")
    return {"latitude": latitude, "longitude": longitude}


@api_method("sendLocation")
def send_location(state: ApiState, params: Params) -> Json:
    chat = target_chat(state, params)
    return deliver(state, chat, params, {"location": _location(params)})


@api_method("sendVenue")
def send_venue(state: ApiState, params: Params) -> Json:
    chat = target_chat(state, params)
    location = _location(params)
    venue = {"location": location, "title": params.required("title"), "address": params.required("address")}
    return deliver(state, chat, params, {"venue": venue, "location": location})


@api_method("sendContact")
def send_contact(state: ApiState, params: Params) -> Json:
    chat = target_chat(state, params)
    contact = {"phone_number": params.required("phone_number"), "first_name": params.required("first_name")}
    if params.get("last_name"):
        contact["last_name"] = params["last_name"]
    return deliver(state, chat, params, {"contact": contact})


def new_poll(state: ApiState, question: str, options: list[str], *, is_anonymous: bool = True) -> Json:
    return {
        "id": f"5{state.next_serial():018d}",
        "question": question,
        # persistent_id is required by aiogram 3.31 (Bot API 10), ignored by PTB 22.8.
        "options": [
            {"persistent_id": str(index), "text": text, "voter_count": 0}
            for index, text in enumerate(options)
        ],
        "total_voter_count": 0,
        "is_closed": False,
        "is_anonymous": is_anonymous,
        "type": "regular",
        "allows_multiple_answers": False,
        "allows_revoting": True,
        "members_only": False,
    }


@api_method("sendPoll")
def send_poll(state: ApiState, params: Params) -> Json:
    chat = target_chat(state, params)
    options = [item["text"] if isinstance(item, dict) else item for item in params.required("options")]
    if not 2 <= len(options) <= 12:
        raise bad_request("poll must have at least 2 option")
    poll = new_poll(
        state, params.required("question"), options, is_anonymous=params.get("is_anonymous", True)
    )
    return deliver(state, chat, params, {"poll": poll})


@api_method("sendDice")
def send_dice(state: ApiState, params: Params) -> Json:
    chat = target_chat(state, params)
    return deliver(state, chat, params, {"dice": {"emoji": params.get("emoji") or "🎲", "value": 1}})


@api_method("sendChatAction")
def send_chat_action(state: ApiState, params: Params) -> bool:
    target_chat(state, params)
    actions = {"typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice"}
    actions |= {
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
    if params.get("action") not in actions:
        raise bad_request("wrong parameter action in request")
    return True


def _source(state: ApiState, params: Params, message_id: int, missing: str) -> Json:
    source_chat = state.chats.chat(params.get("from_chat_id"))
    source = state.chats.message(source_chat["id"], message_id)
    if source is None:
        raise bad_request(missing)
    return source


def _copied_content(state: ApiState, source: Json) -> Json:
    content = content_of(source)
    if not content:
        raise bad_request("message can't be copied")
    if "poll" in content:
        content["poll"] = {**content["poll"], "id": f"5{state.next_serial():018d}"}  # a copy is a new poll
    return content


@api_method("copyMessage")
def copy_message(state: ApiState, params: Params) -> Json:
    chat = target_chat(state, params)
    source = _source(state, params, params.required_int("message_id"), "message to copy not found")
    content = _copied_content(state, source)
    has_caption_slot = any(kind in content for kind in CAPTIONED_KINDS)
    if has_caption_slot and "caption" in params:
        # An explicit caption replaces the original one (an empty caption removes it).
        content.pop("caption", None)
        content.pop("caption_entities", None)
        content.update(caption_content(params))
    message = deliver(state, chat, params, content)
    return {"message_id": message["message_id"]}


def _batch_ids(params: Params) -> list[int]:
    ids = params.required("message_ids")
    if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
        raise bad_request("message_ids must contain 1-100 identifiers")
    if any(later <= earlier for earlier, later in itertools.pairwise(ids)):
        raise bad_request("message identifiers must be in strictly increasing order")
    return ids


def _copy_batch(state: ApiState, params: Params, *, forward: bool) -> list[Json]:
    """copyMessages/forwardMessages: skip missing messages, keep albums together as new albums."""
    chat = target_chat(state, params)
    source_chat = state.chats.chat(params.get("from_chat_id"))
    sources = [state.chats.message(source_chat["id"], mid) for mid in _batch_ids(params)]
    found = [source for source in sources if source is not None]
    if not found:
        raise bad_request("message to copy not found" if not forward else "message to forward not found")
    new_groups: dict[str, str] = {}
    results = []
    for source in found:
        content = content_of(source) if forward else _copied_content(state, source)
        if forward:
            content["forward_origin"] = forward_origin(source)
        elif params.get("remove_caption"):
            content.pop("caption", None)
            content.pop("caption_entities", None)
        group = source.get("media_group_id")
        group_id = new_groups.setdefault(group, state.chats.new_media_group_id()) if group else None
        message = deliver(state, chat, Params(), content, media_group_id=group_id)
        results.append({"message_id": message["message_id"]})
    return results


@api_method("copyMessages")
def copy_messages(state: ApiState, params: Params) -> list[Json]:
    return _copy_batch(state, params, forward=False)


@api_method("forwardMessages")
def forward_messages(state: ApiState, params: Params) -> list[Json]:
    return _copy_batch(state, params, forward=True)


@api_method("forwardMessage")
def forward_message(state: ApiState, params: Params) -> Json:
    chat = target_chat(state, params)
    source = _source(state, params, params.required_int("message_id"), "message to forward not found")
    content = {**content_of(source), "forward_origin": forward_origin(source)}
    return deliver(state, chat, params, content)


_ALBUM_KINDS = ("photo", "video", "document", "audio")
_ALBUM_SOLO_KINDS = ("document", "audio")  # these only group with their own kind


def _album_contents(state: ApiState, params: Params) -> list[Json]:
    items = params.get("media")
    if items is None:
        raise bad_request('parameter "media" is required')
    if not isinstance(items, list) or not items:
        raise bad_request("there are no messages to send")
    if len(items) > 10:
        raise bad_request("too many messages to send as an album")
    kinds = [item.get("type") for item in items]
    for kind in kinds:
        if kind in {"animation", "video_note", "voice", "sticker"}:
            raise bad_request(f"can't parse InputMedia: type \"{kind}\" can't be used in sendMediaGroup")
        if kind not in _ALBUM_KINDS:
            raise bad_request(f'can\'t parse InputMedia: type "{kind}" is unsupported')
    for solo in _ALBUM_SOLO_KINDS:
        if solo in kinds and set(kinds) != {solo}:
            raise bad_request(f"{solo} can't be mixed with other media types")
    contents = []
    for item in items:
        content: Json = {item["type"]: state.files.resolve(item.get("media"), item["type"], params)}
        content.update(caption_content(item))
        if item.get("has_spoiler"):
            content["has_media_spoiler"] = True
        contents.append(content)
    return contents


@api_method("sendMediaGroup")
def send_media_group(state: ApiState, params: Params) -> list[Json]:
    chat = target_chat(state, params)
    contents = _album_contents(state, params)  # all validated before anything is sent
    # Telegram sends a one-item "album" as an ordinary message, outside any group.
    group_id = state.chats.new_media_group_id() if len(contents) > 1 else None
    without_markup = Params({k: v for k, v in params.items() if k != "reply_markup"})
    return [deliver(state, chat, without_markup, content, media_group_id=group_id) for content in contents]
