"""``sellerbot`` command line: settings errors are one line, exit code 2, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.cli import main
from bot.settings import Settings

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
