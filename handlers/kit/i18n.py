"""Localized text from the Fluent catalogs in ``locales/``.

Fluent gives CLDR plural rules (1 сообщение, 2 сообщения, 5 сообщений, 21 сообщение) with no compile
step. A key missing in a locale falls back to ``en`` rather than showing the key to a user.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from fluent.runtime import FluentBundle, FluentResource

log = logging.getLogger(__name__)

REFERENCE_LOCALE = "en"


def load_bundle(locale: str, folder: Path) -> FluentBundle:
    # use_isolating=False: Unicode isolation marks around placeables show up as junk in Telegram.
    bundle = FluentBundle([locale], use_isolating=False)
    for path in sorted(folder.glob("*.ftl")):
        bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    return bundle


class Translator:
    """``t(locale, key, **args)``: the text of ``key`` in ``locale``."""

    def __init__(self, catalog_dir: Path, default_locale: str = REFERENCE_LOCALE) -> None:
        self._bundles = {
            folder.name: load_bundle(folder.name, folder)
            for folder in sorted(catalog_dir.iterdir())
            if folder.is_dir() and any(folder.glob("*.ftl"))
        }
        if REFERENCE_LOCALE not in self._bundles:
            raise ValueError(f"no {REFERENCE_LOCALE} catalog in {catalog_dir}")
        self.default_locale = default_locale if default_locale in self._bundles else REFERENCE_LOCALE

    @property
    def locales(self) -> tuple[str, ...]:
        return tuple(self._bundles)

    def supported(self, locale: str | None) -> str | None:
        """The catalog locale for a Telegram language_code ("pt-br" → "pt"), or None."""
        if not locale:
            return None
        base = locale.replace("_", "-").split("-", 1)[0].lower()
        return base if base in self._bundles else None

    def __call__(self, locale: str, key: str, **args: Any) -> str:
        for candidate in (locale, self.default_locale, REFERENCE_LOCALE):
            bundle = self._bundles.get(candidate)
            if bundle is None or not bundle.has_message(key):
                continue
            message = bundle.get_message(key)
            if message.value is None:
                continue
            text, errors = bundle.format_pattern(message.value, args)
            if errors:
                log.warning("catalog %s/%s: %s", candidate, key, errors)
            return str(text)
        log.error("no catalog has the key %r", key)
        return key

    def language_name(self, code: str, in_locale: str) -> str:
        """The name of language ``code`` in ``in_locale`` ("ru" in en → "Russian"), via CLDR."""
        try:
            name = Locale.parse(code).get_display_name(Locale.parse(in_locale))
        except (ValueError, UnknownLocaleError):
            return code
        return name or code


def keys_and_variables(locale_folder: Path) -> dict[str, set[str]]:
    """Every message id in a locale with the variables it uses (for the catalog consistency test)."""
    from fluent.syntax import FluentParser, ast
    from fluent.syntax.visitor import Visitor

    found: dict[str, set[str]] = {}

    class Collector(Visitor):
        def __init__(self) -> None:
            self.names: set[str] = set()

        def visit_VariableReference(self, node: ast.VariableReference) -> None:
            self.names.add(node.id.name)
            self.generic_visit(node)

    for path in sorted(locale_folder.glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, ast.Junk):
                raise ValueError(f"{path}: cannot parse {(entry.content or '')[:60]!r}")
            if isinstance(entry, ast.Message):
                collector = Collector()
                collector.visit(entry)
                found[entry.id.name] = collector.names
    return found


def locale_folders(catalog_dir: Path) -> Iterable[Path]:
    return (p for p in sorted(catalog_dir.iterdir()) if p.is_dir() and any(p.glob("*.ftl")))
