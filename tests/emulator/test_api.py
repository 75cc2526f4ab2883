"""JSON endpoints through the generated functions: models, voices, user, history, usage."""

from __future__ import annotations

import io
import time
import zipfile

import pytest
from elevenlabs_api.api.history import history_delete, history_download, history_get, history_get_audio, history_list
from elevenlabs_api.api.models import models_list
from elevenlabs_api.api.text_to_speech import text_to_speech_convert, text_to_speech_stream
from elevenlabs_api.api.usage import usage_get_character_stats
from elevenlabs_api.api.user import user_get, user_get_subscription
from elevenlabs_api.api.voices import (
    voices_edit_settings,
    voices_get,
    voices_get_all,
    voices_get_default_settings,
    voices_get_settings,
    voices_search,
)
from elevenlabs_api.models import (
    CharacterUsage,
    ExtendedSubscription,
    HistoryDownloadRequest,
    HistoryItem,
    HistoryPage,
    Model,
    TextToSpeechRequest,
    User,
    Voice,
    VoiceList,
    VoicePage,
    VoiceSettings,
)

from elevenlabs_ext import ElevenLabs, NotFoundError, paginate, stream
from elevenlabs_ext.emulator import Emulator

from .conftest import VOICE


def _speak(client: ElevenLabs, text: str, model_id: str = "eleven_multilingual_v2") -> tuple[bytes, str, int]:
    with stream(
        text_to_speech_stream, client=client, voice_id=VOICE, body=TextToSpeechRequest(text=text, model_id=model_id)
    ) as audio:
        data = audio.read()
        assert audio.history_item_id and audio.character_cost is not None
        return data, audio.history_item_id, audio.character_cost


def test_models(client: ElevenLabs) -> None:
    models = models_list.sync(client=client)
    assert isinstance(models, list) and all(isinstance(model, Model) for model in models)
    ids = {model.model_id for model in models}
    assert {"eleven_multilingual_v2", "eleven_flash_v2_5", "eleven_turbo_v2_5", "eleven_v3"} <= ids


def test_voices_list_get_and_settings(client: ElevenLabs) -> None:
    voices = voices_get_all.sync(client=client)
    assert isinstance(voices, VoiceList) and len(voices.voices) >= 5
    categories = {voice.category for voice in voices.voices}
    assert {"premade", "cloned", "generated"} <= categories
    george = voices_get.sync(VOICE, client=client)
    assert isinstance(george, Voice) and george.name == "George" and george.labels.additional_properties["accent"]
    assert isinstance(voices_get_default_settings.sync(client=client), VoiceSettings)
    voices_edit_settings.sync(VOICE, client=client, body=VoiceSettings(stability=0.9, speed=1.1))
    settings = voices_get_settings.sync(VOICE, client=client)
    assert isinstance(settings, VoiceSettings) and (settings.stability, settings.speed) == (0.9, 1.1)
    with pytest.raises(NotFoundError) as raised:
        voices_get.sync_detailed("no-such-voice", client=client)
    assert raised.value.code == "voice_not_found"


def test_voice_search_pages_with_next_page_token(client: ElevenLabs) -> None:
    everything = voices_search.sync(client=client, page_size=100)
    assert isinstance(everything, VoicePage) and not everything.has_more
    first = voices_search.sync(client=client, page_size=2)
    assert isinstance(first, VoicePage) and first.has_more and isinstance(first.next_page_token, str)
    assert first.total_count == len(everything.voices)
    paged = [voice.voice_id for voice in paginate(voices_search, client=client, page_size=2)]
    assert paged == [voice.voice_id for voice in everything.voices]
    assert len(set(paged)) == len(paged)
    found = voices_search.sync(client=client, search="british")
    assert isinstance(found, VoicePage) and found.voices
    assert all(voice.labels.additional_properties["accent"] == "british" for voice in found.voices)
    chosen = voices_search.sync(client=client, voice_ids=[VOICE, "EXAVITQu4vr4xnSDxMaL"])
    assert isinstance(chosen, VoicePage) and {v.voice_id for v in chosen.voices} == {VOICE, "EXAVITQu4vr4xnSDxMaL"}


def test_character_count_goes_up_with_each_generation(client: ElevenLabs, emu: Emulator) -> None:
    before = user_get_subscription.sync(client=client)
    assert isinstance(before, ExtendedSubscription) and before.character_count == 0
    _, _, cost = _speak(client, "Twelve chars")
    _, _, flash_cost = _speak(client, "Twelve chars", model_id="eleven_flash_v2_5")
    assert (cost, flash_cost) == (12, 6)  # flash costs half a credit per character
    after = user_get_subscription.sync(client=client)
    user = user_get.sync(client=client)
    assert isinstance(after, ExtendedSubscription) and after.character_count == 18
    assert isinstance(user, User) and user.subscription.character_count == 18
    assert emu.state.character_count == 18


def test_history_records_every_generation(client: ElevenLabs) -> None:
    audio, item_id, _ = _speak(client, "Remember me.")
    response = text_to_speech_convert.sync_detailed(
        client=client, voice_id=VOICE, body=TextToSpeechRequest(text="Forget me."), enable_logging=False
    )
    assert "history-item-id" not in response.headers  # zero retention: nothing recorded
    item = history_get.sync(item_id, client=client)
    assert isinstance(item, HistoryItem) and item.text == "Remember me." and item.state == "created"
    assert item.character_count_change_to - item.character_count_change_from == len("Remember me.")
    assert item.alignments and "".join(item.alignments.alignment.characters) == "Remember me."
    downloaded = history_get_audio.sync_detailed(item_id, client=client)
    assert downloaded.content == audio and downloaded.headers["content-type"] == "audio/mpeg"
    page = history_list.sync(client=client)
    assert isinstance(page, HistoryPage) and [i.history_item_id for i in page.history] == [item_id]
    history_delete.sync(item_id, client=client)
    with pytest.raises(NotFoundError):
        history_get.sync_detailed(item_id, client=client)


def test_history_pages_newest_first(client: ElevenLabs) -> None:
    ids = [_speak(client, f"Item number {n}.")[1] for n in range(5)]
    page = history_list.sync(client=client, page_size=2)
    assert isinstance(page, HistoryPage) and page.has_more and page.last_history_item_id == ids[3]
    assert [item.history_item_id for item in paginate(history_list, client=client, page_size=2)] == ids[::-1]
    only = history_list.sync(client=client, search="number 3")
    assert isinstance(only, HistoryPage) and [i.history_item_id for i in only.history] == [ids[3]]


def test_usage_character_stats(client: ElevenLabs) -> None:
    _speak(client, "Count these characters.")
    now = int(time.time() * 1000)
    stats = usage_get_character_stats.sync(client=client, start_unix=now - 86_400_000, end_unix=now + 1000)
    assert isinstance(stats, CharacterUsage)
    total = sum(sum(series) for series in stats.usage.additional_properties.values())
    assert total == len("Count these characters.")
    by_voice = usage_get_character_stats.sync(
        client=client,
        start_unix=now - 3_600_000,
        end_unix=now + 1000,
        breakdown_type="voice",
        aggregation_interval="hour",
    )
    assert isinstance(by_voice, CharacterUsage) and list(by_voice.usage.additional_properties) == [VOICE]


def test_history_download_zips_several_items(client: ElevenLabs) -> None:
    first, first_id, _ = _speak(client, "First.")
    second, second_id, _ = _speak(client, "Second.")
    one = history_download.sync_detailed(client=client, body=HistoryDownloadRequest(history_item_ids=[first_id]))
    assert one.content == first
    both = history_download.sync_detailed(
        client=client, body=HistoryDownloadRequest(history_item_ids=[first_id, second_id])
    )
    with zipfile.ZipFile(io.BytesIO(both.content)) as archive:
        assert sorted(archive.namelist()) == sorted([f"{first_id}.mp3", f"{second_id}.mp3"])
        assert archive.read(f"{second_id}.mp3") == second
