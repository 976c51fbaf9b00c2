"""Settings from flags, environment variables (SELLERBOT_*) and a ``.env`` file, in that order of
precedence. Built once by the composition root; nothing reads the environment anywhere else."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# BotFather tokens: "<bot id>:<35 chars of A-Z a-z 0-9 _ ->". Be lenient about the length of the secret.
TOKEN_RE = re.compile(r"^\d{5,16}:[A-Za-z0-9_-]{30,64}$")
PLACEHOLDER_TOKEN = "123456789:replace-with-the-token-from-botfather"  # as in .env.example


class DatabaseSettings(BaseSettings):
    """What ``sellerbot db upgrade`` needs: no token."""

    model_config = SettingsConfigDict(
        env_prefix="SELLERBOT_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    database_url: str = "sqlite+aiosqlite:///sellerbot.db"


class Settings(DatabaseSettings):
    token: str
    # Empty: the bot logs a one-time claim code at start; whoever sends /claim <code> owns it.
    sellers: Annotated[tuple[int, ...], NoDecode] = ()
    shop_name: str = Field("Shop", min_length=1, max_length=128)
    api_url: str = "https://api.telegram.org"
    runtime: Literal["aiogram", "ptb"] = "aiogram"
    default_language: str = "en"

    # Tuning; rarely changed, but tests shorten them.
    tick_seconds: float = Field(0.5, gt=0)  # how often due work and retries are looked at
    album_wait_seconds: float = Field(1.0, ge=0)  # how long to wait for the rest of an album
    conversation_idle_hours: float = Field(24.0, gt=0)  # silence after which a new conversation opens
    max_send_attempts: int = Field(12, ge=1)  # transient failures before a send is given up
    polling_timeout: int = Field(25, ge=0)  # long-polling timeout passed to getUpdates
    send_rate: float = Field(28.0, gt=0)  # messages per second overall; Telegram allows about 30
    bulk_send_rate: float = Field(25.0, gt=0)  # coupon nudges: under the overall rate, leaving room
    chat_send_rate: float = Field(1.0, gt=0)  # messages per second to one private chat, after a burst
    chat_send_burst: int = Field(3, ge=1)  # messages that may go to one chat at once
    group_send_per_minute: float = Field(20.0, gt=0)  # to one group; Telegram allows about 20
    send_timeout_seconds: float = Field(10.0, gt=0)  # a send with no answer by then "may have arrived"
    lease_seconds: float = Field(15.0, gt=0)  # a row being sent is this process's; renewed meanwhile

    @field_validator("token")
    @classmethod
    def _token_shape(cls, value: str) -> str:
        value = value.strip()
        if value == PLACEHOLDER_TOKEN:
            raise ValueError(
                "is still the placeholder from .env.example: put the token from @BotFather there"
            )
        if not TOKEN_RE.match(value):
            raise ValueError("does not look like a BotFather token (123456789:AA...)")
        return value

    @field_validator("sellers", mode="before")
    @classmethod
    def _parse_sellers(cls, value: object) -> tuple[int, ...]:
        if isinstance(value, str):
            parts = [p.strip() for p in value.replace(";", ",").split(",") if p.strip()]
        elif isinstance(value, list | tuple):
            parts = [str(p).strip() for p in value]
        else:
            raise ValueError("expected comma-separated Telegram user ids")
        ids = []
        for part in parts:
            if not re.fullmatch(r"\d{1,20}", part):
                raise ValueError(f"{part!r} is not a Telegram user id (digits only)")
            ids.append(int(part))
        return tuple(dict.fromkeys(ids))

    @field_validator("api_url")
    @classmethod
    def _api_url(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if not re.match(r"^https?://", value):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("default_language")
    @classmethod
    def _language(cls, value: str) -> str:
        return value.strip().lower()
