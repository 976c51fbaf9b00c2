"""Text length in Telegram's units and `parse_mode` parsing (HTML, MarkdownV2, Markdown).

Telegram measures text and entity offsets in UTF-16 code units, and rejects malformed markup with
400 "can't parse entities"; bots that relay user text with a parse_mode break on exactly that, so
the fake reproduces the common failures instead of accepting everything.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

from .errors import ApiError, bad_request

Json = dict[str, Any]

MDV2_RESERVED = frozenset("_*[]()~`>#+-=|{}.!")


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _parse_error(reason: str) -> ApiError:
    return bad_request(f"can't parse entities: {reason}")


def _sorted(entities: list[Json]) -> list[Json]:
    return sorted((e for e in entities if e["length"] > 0), key=lambda e: (e["offset"], -e["length"]))


def _link_entity(url: str) -> Json:
    if url.startswith("tg://user?id="):
        return {"type": "text_mention", "user": {"id": int(url.split("=", 1)[1]), "is_bot": False}}
    if url.startswith("tg://emoji?id="):
        return {"type": "custom_emoji", "custom_emoji_id": url.split("=", 1)[1]}
    return {"type": "text_link", "url": url}


def parse_formatted(text: str, parse_mode: str | None) -> tuple[str, list[Json]]:
    """Return the plain text and its entities, as Telegram would store them."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        return _HtmlParser(text).result()
    if mode in {"markdownv2", "markdown"}:
        return _MarkdownParser(text, v2=mode == "markdownv2").result()
    if mode:
        raise bad_request(f"unsupported parse_mode {parse_mode!r}")
    return text, []


_HTML_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
}


class _HtmlParser(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self._source = source
        self._parts: list[str] = []
        self._length = 0
        self._entities: list[Json] = []
        self._open: list[tuple[str, Json | None]] = []

    def result(self) -> tuple[str, list[Json]]:
        self.feed(self._source)
        self.close()
        if self._open:
            raise _parse_error(f'Can\'t find end tag corresponding to start tag "{self._open[-1][0]}"')
        return "".join(self._parts), _sorted(self._entities)

    def _byte_offset(self) -> int:
        line, column = self.getpos()
        lines = self._source.splitlines(keepends=True)
        consumed = "".join(lines[: line - 1]) + lines[line - 1][:column] if lines else ""
        return len(consumed.encode())

    def _entity_for(self, tag: str, attrs: dict[str, str | None]) -> Json | None:
        if tag in _HTML_TYPES:
            return {"type": _HTML_TYPES[tag]}
        if tag == "span" and attrs.get("class") == "tg-spoiler":
            return {"type": "spoiler"}
        if tag == "a":
            return _link_entity(attrs.get("href") or "")
        if tag == "blockquote":
            return {"type": "expandable_blockquote" if "expandable" in attrs else "blockquote"}
        if tag == "tg-emoji":
            return {"type": "custom_emoji", "custom_emoji_id": attrs.get("emoji-id") or ""}
        raise _parse_error(f'Unsupported start tag "{tag}" at byte offset {self._byte_offset()}')

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        entity = self._entity_for(tag, attributes)
        language = (attributes.get("class") or "").removeprefix("language-")
        inside_pre = bool(self._open) and self._open[-1][0] == "pre"
        if tag == "code" and inside_pre and language:
            # <pre><code class="language-x"> is one pre entity with a language, not two entities.
            pre = self._open[-1][1]
            assert pre is not None
            pre["language"] = language
            entity = None
        self._open.append((tag, None if entity is None else {**entity, "offset": self._length}))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raise _parse_error(f'Unsupported start tag "{tag}" at byte offset {self._byte_offset()}')

    def handle_endtag(self, tag: str) -> None:
        if not self._open or self._open[-1][0] != tag:
            expected = f'"</{self._open[-1][0]}>"' if self._open else "no end tag"
            where = f"at byte offset {self._byte_offset()}"
            raise _parse_error(f'Unmatched end tag {where}, expected {expected}, found "</{tag}>"')
        _, entity = self._open.pop()
        if entity is not None:
            entity["length"] = self._length - entity["offset"]
            self._entities.append(entity)

    def handle_data(self, data: str) -> None:
        self._parts.append(data)
        self._length += utf16_len(data)


# Longer markers first, so "```" is not read as three "`" and "__" not as two "_".
_MD_MARKERS_V2 = {
    "```": "pre",
    "`": "code",
    "__": "underline",
    "_": "italic",
    "*": "bold",
    "~": "strikethrough",
    "||": "spoiler",
}
_MD_MARKERS_LEGACY = {"```": "pre", "`": "code", "_": "italic", "*": "bold"}


class _MarkdownParser:
    """A compact MarkdownV2 / legacy Markdown reader covering what bots commonly send."""

    def __init__(self, source: str, *, v2: bool) -> None:
        self._src = source
        self._v2 = v2
        self._markers = _MD_MARKERS_V2 if v2 else _MD_MARKERS_LEGACY
        self._out: list[str] = []
        self._length = 0
        self._entities: list[Json] = []
        # (marker, utf16 offset in output, byte offset in source, entity fields)
        self._open: list[tuple[str, int, int, Json]] = []
        self._quote_start: int | None = None

    def _byte(self, index: int) -> int:
        return len(self._src[:index].encode())

    def _emit(self, text: str) -> None:
        self._out.append(text)
        self._length += utf16_len(text)

    def _open_entity(self, marker: str, source_index: int, entity: Json) -> None:
        self._open.append((marker, self._length, self._byte(source_index), entity))

    def _close(self, marker: str, entity: Json | None = None) -> None:
        index = next(i for i in range(len(self._open) - 1, -1, -1) if self._open[i][0] == marker)
        _, offset, _, opened = self._open.pop(index)
        self._entities.append({**(entity or opened), "offset": offset, "length": self._length - offset})

    def _is_open(self, marker: str) -> bool:
        return any(item[0] == marker for item in self._open)

    def result(self) -> tuple[str, list[Json]]:
        src, i = self._src, 0
        while i < len(src):
            i = self._step(src, i)
        self._end_quote()
        if self._open:
            _, _, byte, entity = self._open[-1]
            kind = entity["type"].replace("_", " ").title().replace(" ", "")
            raise _parse_error(f"Can't find end of {kind} entity at byte offset {byte}")
        return "".join(self._out), _sorted(self._entities)

    def _end_quote(self) -> None:
        if self._quote_start is not None:
            self._entities.append(
                {
                    "type": "blockquote",
                    "offset": self._quote_start,
                    "length": self._length - self._quote_start,
                }
            )
            self._quote_start = None

    def _step(self, src: str, i: int) -> int:
        char = src[i]
        in_code = self._is_open("`") or self._is_open("```")
        if char == "\\" and i + 1 < len(src) and (self._v2 or src[i + 1] in "_*`["):
            self._emit(src[i + 1])
            return i + 2
        if in_code:
            marker = "```" if self._is_open("```") else "`"
            if src.startswith(marker, i):
                self._close(marker)
                return i + len(marker)
            self._emit(char)
            return i + 1
        if self._v2 and char == ">" and (i == 0 or src[i - 1] == "\n"):
            if self._quote_start is None:
                self._quote_start = self._length
            return i + 1
        if char == "\n" and self._quote_start is not None and not src.startswith(">", i + 1):
            self._end_quote()
        for marker in self._markers:
            if src.startswith(marker, i):
                return self._toggle(src, i, marker)
        if char == "[" or (self._v2 and src.startswith("![", i)):
            self._open_entity("[", i, {"type": "text_link"})
            return i + (2 if char == "!" else 1)
        if char == "]" and self._is_open("["):
            return self._close_link(src, i)
        if self._v2 and char in MDV2_RESERVED:
            raise _parse_error(f"Character '{char}' is reserved and must be escaped with the preceding '\\'")
        self._emit(char)
        return i + 1

    def _toggle(self, src: str, i: int, marker: str) -> int:
        if self._is_open(marker):
            self._close(marker)
            return i + len(marker)
        entity: Json = {"type": self._markers[marker]}
        end = i + len(marker)
        if marker == "```":
            # The rest of the opening line, if one word, names the language.
            newline = src.find("\n", end)
            language = src[end:newline].strip() if newline != -1 else ""
            if language and " " not in language:
                entity["language"] = language
            if newline != -1 and " " not in language:
                end = newline + 1
        self._open_entity(marker, i, entity)
        return end

    def _close_link(self, src: str, i: int) -> int:
        if not src.startswith("(", i + 1):
            if self._v2:
                raise _parse_error("Character ']' is reserved and must be escaped with the preceding '\\'")
            self._open.pop()
            return i + 1
        end = i + 2
        while end < len(src) and src[end] != ")":
            end += 2 if src[end] == "\\" else 1
        if end >= len(src):
            raise _parse_error(f"Can't find end of a URL at byte offset {self._byte(i + 2)}")
        url = src[i + 2 : end].replace("\\)", ")").replace("\\\\", "\\")
        self._close("[", _link_entity(url))
        return end + 1
