"""Bot API error answers, shaped exactly like Telegram's so both frameworks map them to their exceptions."""

from __future__ import annotations

from typing import Any

Json = dict[str, Any]

# The descriptions Telegram pairs with each status when the caller gives none.
DEFAULT_DESCRIPTIONS: dict[int, str] = {
    400: "Bad Request: injected failure",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
    429: "Too Many Requests: retry after {retry_after}",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


class ApiError(Exception):
    """Raised by method handlers; the server turns it into an `{"ok": false, ...}` answer."""

    def __init__(
        self,
        status: int,
        description: str,
        *,
        retry_after: int | None = None,
        migrate_to_chat_id: int | None = None,
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after
        self.migrate_to_chat_id = migrate_to_chat_id  # a group that became a supergroup

    def body(self) -> Json:
        body: Json = {"ok": False, "error_code": self.status, "description": self.description}
        parameters = {"retry_after": self.retry_after, "migrate_to_chat_id": self.migrate_to_chat_id}
        if any(value is not None for value in parameters.values()):
            body["parameters"] = {key: value for key, value in parameters.items() if value is not None}
        return body


def bad_request(reason: str) -> ApiError:
    return ApiError(400, f"Bad Request: {reason}")


def forbidden(reason: str) -> ApiError:
    return ApiError(403, f"Forbidden: {reason}")


def api_error(
    status: int,
    description: str | None = None,
    retry_after: int | None = None,
    migrate_to_chat_id: int | None = None,
) -> ApiError:
    """An error with Telegram's usual wording for `status`; 429 always carries `retry_after`."""
    if status == 429 and retry_after is None:
        retry_after = 1
    template = description or DEFAULT_DESCRIPTIONS.get(status, f"Error {status}")
    return ApiError(
        status,
        template.format(retry_after=retry_after),
        retry_after=retry_after,
        migrate_to_chat_id=migrate_to_chat_id,
    )
