"""Exit codes per class of failure, and errors a person can read: no tracebacks, the request id."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from elevenlabs_ext._cli import main
from elevenlabs_ext.cli._exit import ExitCode
from elevenlabs_ext.emulator import Emulator

from .conftest import Run


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def _readable(err: str) -> None:
    assert "Traceback" not in err and err.startswith("elevenlabs-ext: ")


def test_rejected_key_exits_3_with_status_and_request_id(
    cli: Run, emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    emu.configure(api_keys=emu.api_key)
    monkeypatch.setenv("ELEVENLABS_API_KEY", "not-the-key")
    result = cli("models")
    assert result.code == ExitCode.AUTH == 3
    _readable(result.err)
    assert "authentication failed: HTTP 401" in result.err
    assert "Invalid API key" in result.err and "request id: " in result.err
    assert "not-the-key" not in result.err


def test_no_key_exits_3_before_any_request(cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ELEVENLABS_API_KEY")
    result = cli("voices")
    assert result.code == 3 and "no API key" in result.err and "--api-key-file" in result.err


def test_rate_limit_exits_5(cli: Run, emu: Emulator) -> None:
    emu.inject("status=429; retry_after=0", times=None)
    result = cli("models", "--max-retries", "1")
    assert result.code == ExitCode.RATE_LIMIT == 5
    _readable(result.err)
    assert "rate limited: HTTP 429" in result.err and "retry after: 0 s" in result.err


def test_validation_error_exits_4(cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The emulator answers 422 for an output format it cannot produce (Opus, without its encoder).
    monkeypatch.setattr("elevenlabs_ext.emulator._encoding.opus_available", lambda: False)
    result = cli("speak", "Hi.", "-o", str(tmp_path / "x.opus"))
    assert result.code == ExitCode.BAD_INPUT == 4
    _readable(result.err)
    assert "HTTP 422" in result.err and "output_format" in result.err and "request id: " in result.err
    assert not (tmp_path / "x.opus").exists()


def test_unknown_things_exit_4(cli: Run, tmp_path: Path) -> None:
    assert cli("history", "download", "nope").code == 4
    assert cli("speak", "Hi.", "-o", str(tmp_path / "x.mp3"), "--voice", "aaaaaaaaaaaaaaaaaaaa").code == 4
    named = cli("speak", "Hi.", "-o", str(tmp_path / "x.mp3"), "--voice", "Nobody")
    assert named.code == 4 and "no voice named 'Nobody'" in named.err


def test_server_error_exits_7(cli: Run, emu: Emulator) -> None:
    emu.inject("status=503", times=None)
    result = cli("user", "--max-retries", "0")
    assert result.code == ExitCode.SERVER == 7 and "the API failed: HTTP 503" in result.err


def test_connection_refused_exits_6(cli: Run) -> None:
    result = cli("models", "--max-retries", "0", base_url=f"http://127.0.0.1:{_closed_port()}")
    assert result.code == ExitCode.NETWORK == 6
    _readable(result.err)
    assert "network: could not reach http://127.0.0.1:" in result.err


def test_quota_used_up_exits_3_with_its_own_hint(cli: Run, emu: Emulator, tmp_path: Path) -> None:
    emu.configure(character_limit=5)
    result = cli("speak", "This text is longer than the quota.", "-o", str(tmp_path / "x.mp3"))
    assert result.code == 3 and "quota_exceeded" in result.err and "quota is used up" in result.err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["speak"], "give the text to speak"),
        (["speak", "Hi."], "needs -o FILE"),
        (["speak", "Hi.", "-o", "x.mp3", "--format", "mp3_fast"], "unknown output format"),
        (["speak", "Hi.", "-o", "x.wav", "--format", "mp3_44100_128"], "pcm_*"),
        (["speak", "--file", "/no/such/file.txt", "-o", "x.mp3"], "cannot read"),
        (["speak", "Hi.", "-o", "-", "--json"], "--json cannot share"),
        (["speak", "   ", "-o", "x.mp3"], "nothing to say"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_usage_errors_exit_2(cli: Run, argv: list[str], message: str) -> None:
    result = cli(*argv)
    assert result.code == ExitCode.USAGE == 2
    assert message in result.err and "Traceback" not in result.err


def test_a_key_on_the_command_line_is_refused_and_not_echoed(cli: Run) -> None:
    result = cli("models", "--api-key", "sk_live_secret")
    assert result.code == 2 and "shell history" in result.err and "sk_live_secret" not in result.err
    result = cli("--api-key", "sk_live_secret", "models")
    assert result.code == 2 and "sk_live_secret" not in result.err


def test_key_file(cli: Run, emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    emu.configure(api_keys=emu.api_key)
    monkeypatch.setenv("ELEVENLABS_API_KEY", "wrong")
    key_file = tmp_path / "key"
    key_file.write_text(emu.api_key + "\n")
    key_file.chmod(0o600)
    ok = cli("models", "--api-key-file", str(key_file))
    assert ok.code == 0 and ok.err == ""
    key_file.chmod(0o644)
    assert "readable by other users" in cli("models", "--api-key-file", str(key_file)).err
    key_file.write_text("secret-one\nsecret-two\n")
    bad = cli("models", "--api-key-file", str(key_file))
    assert bad.code == 2 and "one line" in bad.err and "secret" not in bad.err.replace("key file", "")
    missing = cli("models", "--api-key-file", str(tmp_path / "absent"))
    assert missing.code == 2 and "cannot read the key file" in missing.err


def test_help_documents_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("speak", "voices", "models", "user", "history", "emulator", "demo"):
        assert command in out
    for line in ("3    authentication", "4    the API refused", "5    rate limited", "6    network"):
        assert line in out
    assert main(["speak", "--help"]) == 0
    speak_help = capsys.readouterr().out
    assert "--api-key-file" in speak_help and "--timestamps" in speak_help and "exit codes:" in speak_help
    assert "--api-key " not in speak_help.replace("--api-key-file", "")
