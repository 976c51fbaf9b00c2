"""``sellerbot run``, ``sellerbot db upgrade`` and ``sellerbot dead-letters``."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from typing import Any

from pydantic import ValidationError

from bot.logs import Logging
from bot.logs import setup as setup_logging
from bot.settings import DatabaseSettings, Settings

EXIT_CONFIG = 2

# Flag → setting; flags win over environment variables, which win over .env.
RUN_FLAGS = {
    "--token": "token",
    "--sellers": "sellers",
    "--shop-name": "shop_name",
    "--database-url": "database_url",
    "--api-url": "api_url",
    "--runtime": "runtime",
    "--default-language": "default_language",
}


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="sellerbot", description="A Telegram assistant for shops.")
    root.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    commands = root.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run the bot until SIGINT/SIGTERM")
    for flag, name in RUN_FLAGS.items():
        run.add_argument(flag, dest=name, help=f"overrides SELLERBOT_{name.upper()}")
    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    upgrade = db_commands.add_parser("upgrade", help="create or upgrade the schema, then exit")
    upgrade.add_argument("--database-url", dest="database_url")
    dead = commands.add_parser("dead-letters", help="list the updates the bot could not handle and skipped")
    dead.add_argument("id", nargs="?", type=int, help="show this one in full: raw JSON and the error")
    dead.add_argument("--limit", type=int, default=20, help="how many of the latest (default 20)")
    dead.add_argument("--database-url", dest="database_url")
    return root


def describe(error: ValidationError) -> str:
    """One line naming the variable, e.g. ``SELLERBOT_TOKEN is required``."""
    first = error.errors()[0]
    name = "SELLERBOT_" + str(first["loc"][0]).upper() if first["loc"] else "settings"
    if first["type"] == "missing":
        return f"{name} is required (see README: Quick start)"
    message = str(first["msg"]).removeprefix("Value error, ")
    return f"{name}: {message}"


def load(cls: type[Any], args: argparse.Namespace) -> Any:
    overrides = {k: v for k, v in vars(args).items() if k in cls.model_fields and v is not None}
    return cls(**overrides)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logs = setup_logging(verbose=args.verbose)
    try:
        return _main(args, logs)
    except Exception:
        # Logged, not printed by Python: the handler keeps the token out of the traceback.
        logging.getLogger("sellerbot").critical("stopped by an unexpected error", exc_info=True)
        return 1
    finally:
        logs.close()


def _main(args: argparse.Namespace, logs: Logging) -> int:
    # The bot's own modules are imported once the command is known (not a cycle): `--help` and a
    # settings error answer at once, without loading SQLAlchemy and both Telegram libraries, and
    # nothing that could log a request URL is loaded before the token is being redacted.
    try:
        if args.command == "db":
            from bot.app import upgrade_database

            asyncio.run(upgrade_database(load(DatabaseSettings, args).database_url))
            return 0
        if args.command == "dead-letters":
            from bot.dead_letters import show_dead_letters

            url = load(DatabaseSettings, args).database_url
            return asyncio.run(show_dead_letters(url, sys.stdout, limit=args.limit, one=args.id))
        settings = load(Settings, args)
        logs.redact(settings.token)  # before anything can log a request URL
    except ValidationError as error:
        print(f"sellerbot: error: {describe(error)}", file=sys.stderr)
        return EXIT_CONFIG
    from bot.app import ConfigError, run_until_stopped
    from bot.runtime import StartupFailed

    try:
        asyncio.run(run_until_stopped(settings))
    except (ConfigError, StartupFailed) as error:
        print(f"sellerbot: error: {error}", file=sys.stderr)
        return EXIT_CONFIG
    return 0


if __name__ == "__main__":
    sys.exit(main())
