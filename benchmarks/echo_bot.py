"""The reference bare bots for ``benchmarks/relay_vs_echo.py`` (issue 11): what each framework costs with
nothing of sellerbot on top. Each incoming text becomes one ``sendMessage`` of the same text to chat
``--to``, as the relay turns a buyer's message into one message in the seller's chat. Nothing else: no
storage, no pacing, no other update types.

    python benchmarks/echo_bot.py --runtime aiogram|ptb --token T --api-url URL --to CHAT_ID
        [--polling-timeout 10]

aiogram: a ``Dispatcher`` polling with ``handle_as_tasks=False`` (one update at a time, as sellerbot's
poller handles them). python-telegram-bot: an ``Application`` with ``concurrent_updates`` off (its
default, sequential), polling through its ``Updater``. Both stop cleanly on SIGTERM and SIGINT.
"""

from __future__ import annotations

import argparse
import asyncio


def run_aiogram(token: str, api_url: str, to: int, polling_timeout: int) -> None:
    from aiogram import Bot, Dispatcher, F
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer
    from aiogram.types import Message

    dispatcher = Dispatcher()

    @dispatcher.message(F.text)
    async def echo(message: Message, bot: Bot) -> None:
        await bot.send_message(to, message.text or "")

    async def main() -> None:
        session = AiohttpSession(api=TelegramAPIServer.from_base(api_url))
        bot = Bot(token, session=session)
        await dispatcher.start_polling(bot, handle_as_tasks=False, polling_timeout=polling_timeout)

    asyncio.run(main())


def run_ptb(token: str, api_url: str, to: int, polling_timeout: int) -> None:
    from telegram import Update
    from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(f"{api_url}/bot")
        .base_file_url(f"{api_url}/file/bot")
        .concurrent_updates(False)
        .job_queue(None)  # no scheduler: the bare bot does nothing but echo
        .build()
    )

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        await context.bot.send_message(to, update.message.text or "")

    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.run_polling(timeout=polling_timeout, allowed_updates=Update.ALL_TYPES)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runtime", choices=["aiogram", "ptb"], required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--api-url", required=True, help="Bot API server, e.g. http://127.0.0.1:8081")
    parser.add_argument("--to", type=int, required=True, help="chat that gets every text")
    parser.add_argument("--polling-timeout", type=int, default=10, help="getUpdates long-poll seconds")
    args = parser.parse_args()
    run = run_aiogram if args.runtime == "aiogram" else run_ptb
    run(args.token, args.api_url.rstrip("/"), args.to, args.polling_timeout)


if __name__ == "__main__":
    main()
