"""Message catalogs: one folder per locale, Fluent (.ftl) files inside. Read as they are at start: a fresh
clone needs no compile step. ``en`` is the reference; tests/locales checks every other locale against it."""

from pathlib import Path

CATALOG_DIR = Path(__file__).resolve().parent
