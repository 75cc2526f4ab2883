"""voices, models, user and history: their columns and their --json."""

from __future__ import annotations

import json
from pathlib import Path

from elevenlabs_ext.emulator import Emulator

from .conftest import Run


def test_models_table_and_json(cli: Run) -> None:
    result = cli("models")
    assert result.code == 0 and result.err == ""
    header, *rows = result.out.splitlines()
    assert header.split() == ["MODEL", "ID", "NAME", "TTS", "MAX", "CHARS", "LANGUAGES", "COST"]
    line = next(row for row in rows if row.startswith("eleven_multilingual_v2 "))
    assert "10,000" in line and " yes " in line
    models = json.loads(cli("models", "--json").out)
    assert {m["model_id"] for m in models} >= {"eleven_multilingual_v2", "eleven_v3"}
    assert all("maximum_text_length_per_request" in m for m in models)


def test_voices_table_json_search_and_limit(cli: Run) -> None:
    result = cli("voices")
    assert result.code == 0
    assert result.out.splitlines()[0].split() == ["VOICE", "ID", "NAME", "CATEGORY", "LABELS"]
    assert any(line.startswith("JBFqnCBsd6RMkjVDRZzb  George") for line in result.out.splitlines())
    voices = json.loads(cli("voices", "--json").out)
    assert len(voices) == 9 and {"voice_id", "name", "category", "labels"} <= voices[0].keys()
    found = json.loads(cli("voices", "--search", "Rachel", "--json").out)
    assert [v["name"] for v in found] == ["Rachel"]
    assert len(json.loads(cli("voices", "--limit", "2", "--json").out)) == 2


def test_user_hides_the_key(cli: Run, emu: Emulator) -> None:
    result = cli("user")
    assert result.code == 0
    lines = dict(line.split(None, 1) for line in result.out.splitlines() if " " in line)
    assert lines["tier"].startswith("creator")
    assert "of 1,000,000 used" in result.out
    assert emu.api_key not in result.out
    data = json.loads(cli("user", "--json").out)
    assert data["user_id"] == "emulator-user" and "xi_api_key" not in data
    assert data["subscription"]["character_limit"] == 1_000_000


def test_history_list_download_and_delete(cli: Run, emu: Emulator, tmp_path: Path) -> None:
    for text in ("First words.", "Second words."):
        assert cli("speak", text, "-o", str(tmp_path / "x.mp3"), "-q").code == 0
    listing = cli("history", "list")
    assert listing.code == 0
    rows = listing.out.splitlines()
    assert rows[0].split() == ["HISTORY", "ID", "DATE", "VOICE", "CHARS", "TEXT"]
    assert "Second words." in rows[1] and "George" in rows[1]  # newest first
    items = json.loads(cli("history", "list", "--json").out)
    assert [item["text"] for item in items] == ["Second words.", "First words."]
    assert len(json.loads(cli("history", "list", "--limit", "1", "--json").out)) == 1
    newest, oldest = (item["history_item_id"] for item in items)

    target = tmp_path / "one.mp3"
    download = cli("history", "download", newest, "-o", str(target))
    assert download.code == 0 and f"Wrote {target}" in download.err
    assert target.read_bytes() == bytes(emu.state.history_item(newest).audio)  # type: ignore[union-attr]
    both = cli("history", "download", newest, oldest, "-o", str(tmp_path / "both.zip"), "--json")
    assert json.loads(both.out)["bytes"] == (tmp_path / "both.zip").stat().st_size
    assert (tmp_path / "both.zip").read_bytes()[:2] == b"PK"

    deleted = cli("history", "delete", oldest, "--yes", "--json")
    assert deleted.code == 0 and json.loads(deleted.out) == [{"history_item_id": oldest, "status": "deleted"}]
    assert [item["history_item_id"] for item in json.loads(cli("history", "list", "--json").out)] == [newest]


def test_history_delete_asks_first(cli: Run, tmp_path: Path) -> None:
    refused = cli("history", "delete", "abc")  # stdin is not a terminal: no prompt, no deletion
    assert refused.code == 2 and "--yes" in refused.err


def test_history_download_defaults_to_the_id_and_type(cli: Run, tmp_path: Path, monkeypatch: object) -> None:
    import os

    assert cli("speak", "Hello.", "-o", str(tmp_path / "x.mp3"), "-q").code == 0
    (item,) = json.loads(cli("history", "list", "--json").out)
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert cli("history", "download", item["history_item_id"], "-q").code == 0
    finally:
        os.chdir(cwd)
    assert (tmp_path / f"{item['history_item_id']}.mp3").exists()
