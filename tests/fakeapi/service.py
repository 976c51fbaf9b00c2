"""Bot-level methods: identity, polling, webhook, commands, callbacks, chat info, files."""

from __future__ import annotations

import json
import re
from typing import Any

from .errors import bad_request
from .params import Params
from .state import ApiState, api_method

Json = dict[str, Any]

COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")
QUERY_EXPIRED = "query is too old and response timeout expired or query ID is invalid"


@api_method("getMe")
def get_me(state: ApiState, params: Params) -> Json:
    return {
        **state.bot,
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


@api_method("getUpdates")
async def get_updates(state: ApiState, params: Params) -> list[Json]:
    return await state.updates.get_updates(params)


@api_method("logOut", "close")
def log_out(state: ApiState, params: Params) -> bool:
    return True


@api_method("deleteWebhook")
def delete_webhook(state: ApiState, params: Params) -> bool:
    state.updates.webhook_url = ""
    if params.get("drop_pending_updates"):
        state.updates.drop_pending()
    return True


@api_method("setWebhook")
def set_webhook(state: ApiState, params: Params) -> bool:
    state.updates.webhook_url = params.required("url")
    return True


@api_method("getWebhookInfo")
def get_webhook_info(state: ApiState, params: Params) -> Json:
    return {
        "url": state.updates.webhook_url,
        "has_custom_certificate": False,
        "pending_update_count": len(state.updates.pending),
    }


def commands_key(state: ApiState, scope: Json | None, language_code: str | None) -> str:
    """Commands are stored per (scope, language); chat scopes must name a known chat."""
    scope = dict(scope or {"type": "default"})
    if "chat_id" in scope:
        scope["chat_id"] = state.chats.chat(scope["chat_id"])["id"]
    return json.dumps([scope, language_code or ""], sort_keys=True)


@api_method("setMyCommands")
def set_my_commands(state: ApiState, params: Params) -> bool:
    commands = params.required("commands")
    if not isinstance(commands, list) or len(commands) > 100:
        raise bad_request("commands must be a list of at most 100 BotCommand")
    for command in commands:
        if not COMMAND_NAME.match(command.get("command", "")):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(command.get("description", "")) <= 256:
            raise bad_request("command description must be 1-256 characters long")
    language = params.get("language_code")
    if language and not re.fullmatch(r"[a-z]{2}", language):
        raise bad_request("invalid language code specified")
    key = commands_key(state, params.get("scope"), language)
    state.commands[key] = [{"command": c["command"], "description": c["description"]} for c in commands]
    return True


@api_method("getMyCommands")
def get_my_commands(state: ApiState, params: Params) -> list[Json]:
    key = commands_key(state, params.get("scope"), params.get("language_code"))
    return list(state.commands.get(key, []))


@api_method("deleteMyCommands")
def delete_my_commands(state: ApiState, params: Params) -> bool:
    state.commands.pop(commands_key(state, params.get("scope"), params.get("language_code")), None)
    return True


def _profile_methods(field: str) -> None:
    """set/get pairs for the bot's name, description and short description (per language)."""
    setter, getter = (
        f"{verb}My{''.join(part.title() for part in field.split('_'))}" for verb in ("set", "get")
    )

    def set_text(state: ApiState, params: Params) -> bool:
        state.profile[f"{field}:{params.get('language_code') or ''}"] = params.get(field) or ""
        return True

    def get_text(state: ApiState, params: Params) -> Json:
        return {field: state.profile.get(f"{field}:{params.get('language_code') or ''}", "")}

    api_method(setter)(set_text)
    api_method(getter)(get_text)


for _field in ("name", "description", "short_description"):
    _profile_methods(_field)


@api_method("setChatMenuButton")
def set_chat_menu_button(state: ApiState, params: Params) -> bool:
    return True


@api_method("getChatMenuButton")
def get_chat_menu_button(state: ApiState, params: Params) -> Json:
    return {"type": "commands"}


@api_method("answerCallbackQuery")
def answer_callback_query(state: ApiState, params: Params) -> bool:
    query_id = params.required("callback_query_id")
    if query_id not in state.callback_queries or query_id in state.callback_answers:
        raise bad_request(QUERY_EXPIRED)
    state.callback_answers[query_id] = dict(params)
    state.notifier.notify()
    return True


@api_method("getChat")
def get_chat(state: ApiState, params: Params) -> Json:
    chat = state.chats.chat(params.get("chat_id"))
    return {
        **chat,
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": {
            "unlimited_gifts": False,
            "limited_gifts": False,
            "unique_gifts": False,
            "premium_subscription": False,
            "gifts_from_channels": False,
        },
    }


@api_method("getChatMember")
def get_chat_member(state: ApiState, params: Params) -> Json:
    state.chats.chat(params.get("chat_id"))
    user = state.users.get(params.required_int("user_id"))
    if user is None:
        raise bad_request("user not found")
    status = "kicked" if user["id"] in state.blocked_by else "member"
    return {"status": status, "user": user, **({"until_date": 0} if status == "kicked" else {})}


@api_method("getFile")
def get_file(state: ApiState, params: Params) -> Json:
    file_id = params.required("file_id")
    stored = state.files.get(file_id)
    if stored is None:
        raise bad_request("wrong file_id specified")
    sizes = stored.media if isinstance(stored.media, list) else [stored.media]
    media = next(size for size in sizes if size["file_id"] == file_id)
    return {
        "file_id": file_id,
        "file_unique_id": media["file_unique_id"],
        "file_size": media.get("file_size", 0),
        "file_path": stored.file_path,
    }
