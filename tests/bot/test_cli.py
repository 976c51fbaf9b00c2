"""``sellerbot`` command line: settings errors are one line, exit code 2, no traceback."""

from __future__ import annotations

import asyncio
import gc
import os
import socket
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.cli import main
from bot.settings import Settings
from tests.fakeapi import FakeBotApi

ROOT = Path(__file__).resolve().parents[2]
GOOD_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1"


def run_cli(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SELLERBOT_")}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        cwd=cwd,
        env={**clean, "PYTHONPATH": str(Path(__file__).resolve().parents[2]), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_missing_token_is_one_line_naming_the_variable(tmp_path: Path) -> None:
    result = run_cli(["run"], tmp_path, SELLERBOT_SELLERS="1")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "SELLERBOT_TOKEN" in result.stderr and "Traceback" not in result.stderr


def test_malformed_token(tmp_path: Path) -> None:
    result = run_cli(["run"], tmp_path, SELLERBOT_TOKEN="not-a-token", SELLERBOT_SELLERS="1")
    assert result.returncode == 2 and "SELLERBOT_TOKEN" in result.stderr
    assert "Traceback" not in result.stderr


def test_malformed_sellers(tmp_path: Path) -> None:
    result = run_cli(["run"], tmp_path, SELLERBOT_TOKEN=GOOD_TOKEN, SELLERBOT_SELLERS="12,abc")
    assert result.returncode == 2 and "SELLERBOT_SELLERS" in result.stderr


def test_sellers_may_be_empty_or_unset_for_the_claim_flow(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in [k for k in os.environ if k.startswith("SELLERBOT_")]:
        monkeypatch.delenv(key)
    monkeypatch.setenv("SELLERBOT_TOKEN", GOOD_TOKEN)
    assert Settings(_env_file=None).sellers == ()  # type: ignore[call-arg]
    monkeypatch.setenv("SELLERBOT_SELLERS", "")
    assert Settings(_env_file=None).sellers == ()  # type: ignore[call-arg]
    monkeypatch.setenv("SELLERBOT_SELLERS", " , ")
    assert Settings(_env_file=None).sellers == ()  # type: ignore[call-arg]


@pytest.mark.parametrize("sellers", ["12,abc", "-5", "1.5", "@sam"])
def test_sellers_are_still_digits_only(sellers: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SELLERBOT_SELLERS", sellers)
    with pytest.raises(ValidationError, match="digits only"):
        Settings(token=GOOD_TOKEN, _env_file=None)  # type: ignore[call-arg]


def test_unknown_default_language(tmp_path: Path) -> None:
    result = run_cli(
        ["run", "--default-language", "xx", "--database-url", f"sqlite+aiosqlite:///{tmp_path}/b.db"],
        tmp_path,
        SELLERBOT_TOKEN=GOOD_TOKEN,
        SELLERBOT_SELLERS="1",
    )
    assert result.returncode == 2 and "SELLERBOT_DEFAULT_LANGUAGE" in result.stderr


def test_db_upgrade_needs_no_token(tmp_path: Path) -> None:
    result = run_cli(["db", "upgrade"], tmp_path, SELLERBOT_DATABASE_URL="sqlite+aiosqlite:///x.db")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "x.db").exists()


def test_dead_letters_lists_what_was_kept(tmp_path: Path) -> None:
    url = "sqlite+aiosqlite:///x.db"
    result = run_cli(["dead-letters"], tmp_path, SELLERBOT_DATABASE_URL=url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "no dead letters: every update was handled"
    missing = run_cli(["dead-letters", "3"], tmp_path, SELLERBOT_DATABASE_URL=url)
    assert missing.returncode == 1 and missing.stdout.strip() == "no dead letter #3"


def test_flags_win_over_environment_which_wins_over_dotenv(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text(
        f"SELLERBOT_TOKEN={GOOD_TOKEN}\nSELLERBOT_SELLERS=1\nSELLERBOT_SHOP_NAME=FromDotenv\n"
        "SELLERBOT_RUNTIME=ptb\n",
        encoding="utf-8",
    )
    for key in [k for k in os.environ if k.startswith("SELLERBOT_")]:
        monkeypatch.delenv(key)
    assert Settings().shop_name == "FromDotenv"
    monkeypatch.setenv("SELLERBOT_SHOP_NAME", "FromEnv")
    assert Settings().shop_name == "FromEnv"
    assert Settings(shop_name="FromFlag").shop_name == "FromFlag"
    assert Settings().runtime == "ptb"
    assert Settings(sellers="5, 6,5").sellers == (5, 6)


def test_help_lists_both_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "run" in out and "db" in out


def test_the_placeholder_token_of_env_example_is_named(tmp_path: Path) -> None:
    placeholder = next(
        line.split("=", 1)[1]
        for line in (Path(__file__).resolve().parents[2] / ".env.example").read_text().splitlines()
        if line.startswith("SELLERBOT_TOKEN=")
    )
    result = run_cli(["run"], tmp_path, SELLERBOT_TOKEN=placeholder, SELLERBOT_SELLERS="1")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "SELLERBOT_TOKEN" in result.stderr and ".env.example" in result.stderr


RUNTIMES = ["aiogram", "ptb"]


@pytest.mark.parametrize("runtime", RUNTIMES)
async def test_a_token_telegram_rejects_is_one_line(
    fake_api: FakeBotApi, tmp_path: Path, runtime: str
) -> None:
    """BotFather's format but not this bot's token: Telegram answers 401."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SELLERBOT_")}
    process = await asyncio.create_subprocess_exec(
        *[sys.executable, "-m", "bot.cli", "run", "--api-url", fake_api.base_url, "--runtime", runtime],
        cwd=tmp_path,
        env={
            **clean,
            "PYTHONPATH": str(ROOT),
            "SELLERBOT_TOKEN": GOOD_TOKEN,  # not fake_api.token
            "SELLERBOT_SELLERS": "1",
            "SELLERBOT_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
        },
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    output = out.decode() + err.decode()
    assert process.returncode == 2, output
    errors = [line for line in err.decode().splitlines() if line.startswith("sellerbot: error:")]
    assert len(errors) == 1 and "SELLERBOT_TOKEN" in errors[0] and "401" in errors[0], output
    assert "Traceback" not in output and "Unclosed" not in output
    assert GOOD_TOKEN not in output  # PTB's own error message quotes the token


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_telegram_unreachable_is_one_line_after_the_retries(
    runtime: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    from bot.aiogram_runtime import AiogramRuntime
    from bot.ptb_runtime import PtbRuntime

    for cls in (AiogramRuntime, PtbRuntime):
        monkeypatch.setattr(cls, "open_retry_delays", (0.01, 0.02))  # 15 s in production
    for key in [k for k in os.environ if k.startswith("SELLERBOT_")]:
        monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)
    api_url = f"http://127.0.0.1:{closed_port()}"
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)  # an HTTP session left open
        code = main(
            ["run", "--token", GOOD_TOKEN, "--sellers", "1", "--runtime", runtime, "--api-url", api_url]
        )
        gc.collect()
    captured = capsys.readouterr()
    assert code == 2
    [line] = captured.err.strip().splitlines()
    assert line.startswith("sellerbot: error: cannot reach the Telegram Bot API at " + api_url), line
    assert "Traceback" not in captured.err + captured.out
    assert not [r for r in caplog.records if "Unclosed" in r.getMessage()]  # aiohttp's session left open


def test_a_database_that_cannot_be_opened_is_one_line(tmp_path: Path) -> None:
    url = f"postgresql+asyncpg://shop:secret-password@127.0.0.1:{closed_port()}/shop"
    result = run_cli(
        ["run", "--database-url", url],
        tmp_path,
        SELLERBOT_TOKEN=GOOD_TOKEN,
        SELLERBOT_SELLERS="1",
    )
    assert result.returncode == 2, result.stderr
    [line] = [x for x in result.stderr.splitlines() if x.startswith("sellerbot:")]
    assert "cannot open the database" in line and "SELLERBOT_DATABASE_URL" in line
    assert "Traceback" not in result.stderr and "secret-password" not in result.stderr
