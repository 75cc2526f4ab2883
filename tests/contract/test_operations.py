"""Contract tests: every operation of openapi.yaml, called through the generated code with our
client, against the Prism mock of the same spec.

Prism checks each request against the spec (a violation is answered with 422 and an
``sl-violations`` header, which our client raises as ``UnprocessableEntityError``) and
answers with the spec's examples, which must parse into the generated models. So a test
fails when the spec, the generated package and elevenlabs_ext stop agreeing.
"""

from __future__ import annotations

import functools
import importlib
import io
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any, get_args, get_origin

import httpx
import pytest
from elevenlabs_api.api.audio_isolation import audio_isolation_convert, audio_isolation_stream
from elevenlabs_api.api.forced_alignment import forced_alignment_create
from elevenlabs_api.api.history import (
    history_delete,
    history_download,
    history_get,
    history_get_audio,
    history_list,
)
from elevenlabs_api.api.models import models_list
from elevenlabs_api.api.music import music_compose, music_compose_detailed, music_plan_create, music_stream
from elevenlabs_api.api.pronunciation_dictionaries import (
    pronunciation_dictionaries_add_from_file,
    pronunciation_dictionaries_add_from_rules,
    pronunciation_dictionaries_add_rules,
    pronunciation_dictionaries_download,
    pronunciation_dictionaries_get,
    pronunciation_dictionaries_list,
    pronunciation_dictionaries_remove_rules,
)
from elevenlabs_api.api.samples import samples_delete, samples_get_audio
from elevenlabs_api.api.sound_generation import sound_generation_convert
from elevenlabs_api.api.speech_to_speech import speech_to_speech_convert, speech_to_speech_stream
from elevenlabs_api.api.speech_to_text import speech_to_text_convert
from elevenlabs_api.api.text_to_dialogue import text_to_dialogue_convert, text_to_dialogue_stream
from elevenlabs_api.api.text_to_speech import (
    text_to_speech_convert,
    text_to_speech_convert_with_timestamps,
    text_to_speech_stream,
    text_to_speech_stream_with_timestamps,
)
from elevenlabs_api.api.text_to_voice import (
    text_to_voice_create,
    text_to_voice_create_previews,
    text_to_voice_design,
    text_to_voice_stream_preview,
)
from elevenlabs_api.api.usage import usage_get_character_stats
from elevenlabs_api.api.user import user_get, user_get_subscription
from elevenlabs_api.api.voices import (
    voices_add,
    voices_add_shared,
    voices_delete,
    voices_edit,
    voices_edit_settings,
    voices_find_similar,
    voices_get,
    voices_get_all,
    voices_get_default_settings,
    voices_get_settings,
    voices_get_shared,
    voices_search,
)
from elevenlabs_api.models import (
    AddSharedVoiceRequest,
    AddSharedVoiceResult,
    AddVoiceForm,
    AddVoiceResult,
    AudioChunkWithTimestamps,
    AudioIsolationForm,
    AudioWithTimestamps,
    CharacterUsage,
    CompositionPlan,
    CreateVoiceFromPreviewRequest,
    DialogueInput,
    EditVoiceForm,
    ExtendedSubscription,
    ForcedAlignment,
    ForcedAlignmentForm,
    HistoryDownloadRequest,
    HistoryItem,
    HistoryPage,
    LibraryVoicePage,
    Model,
    MultichannelTranscript,
    MusicComposeDetailedRequest,
    MusicComposeRequest,
    MusicPlanRequest,
    OkStatus,
    PronunciationAliasRule,
    PronunciationDictionary,
    PronunciationDictionaryCreated,
    PronunciationDictionaryFileForm,
    PronunciationDictionaryList,
    PronunciationDictionaryRulesRequest,
    PronunciationDictionaryVersion,
    PronunciationPhonemeRule,
    PronunciationRulesAdd,
    PronunciationRulesRemove,
    SimilarVoicesForm,
    SoundGenerationRequest,
    SpeechToSpeechForm,
    SpeechToTextForm,
    TextToDialogueRequest,
    TextToSpeechRequest,
    TextToSpeechWithTimestampsRequest,
    Transcript,
    TranscriptionAccepted,
    User,
    Voice,
    VoiceDesignRequest,
    VoiceList,
    VoicePage,
    VoicePreviews,
    VoicePreviewsRequest,
    VoiceSettings,
)
from elevenlabs_api.types import File, Response

from elevenlabs_ext import (
    APIStatusError,
    AsyncElevenLabs,
    ElevenLabs,
    InternalServerError,
    UnprocessableEntityError,
    astream,
    stream,
)

from . import generic
from .support import Op, audio

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
API_KEY = "test-key"  # what the client fixtures in conftest.py send
VOICE_ID = "21m00Tcm4TlvDq8ikWAM"
HISTORY_ITEM_ID = "VW7YKqPnjY4h39yTbx2L"
DICTIONARY_ID = "Pq3nZrT8vXw1YbLk0aEd"
VERSION_ID = "Hs7uJd2QmNc4RtVy9oLe"
GENERATED_VOICE_ID = "2kWqP8vLs0NdTfRz4HcY"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def alias_rule() -> PronunciationAliasRule:
    return PronunciationAliasRule(string_to_replace="TTS", type_="alias", alias="text to speech")


CORE_OPERATIONS: dict[str, Op] = {
    # text to speech
    "text_to_speech_convert": Op(
        lambda c: text_to_speech_convert.sync_detailed(VOICE_ID, client=c, body=TextToSpeechRequest(text="Hello")),
        File,
    ),
    "text_to_speech_convert_with_timestamps": Op(
        lambda c: text_to_speech_convert_with_timestamps.sync_detailed(
            VOICE_ID, client=c, body=TextToSpeechWithTimestampsRequest(text="Hello")
        ),
        AudioWithTimestamps,
    ),
    "text_to_speech_stream": Op(
        lambda c: text_to_speech_stream.sync_detailed(VOICE_ID, client=c, body=TextToSpeechRequest(text="Hello")),
        File,
    ),
    "text_to_speech_stream_with_timestamps": Op(
        lambda c: text_to_speech_stream_with_timestamps.sync_detailed(
            VOICE_ID, client=c, body=TextToSpeechRequest(text="Hello")
        ),
        AudioChunkWithTimestamps,
    ),
    # text to dialogue
    "text_to_dialogue_convert": Op(
        lambda c: text_to_dialogue_convert.sync_detailed(
            client=c, body=TextToDialogueRequest(inputs=[DialogueInput(text="Hi there", voice_id=VOICE_ID)])
        ),
        File,
    ),
    "text_to_dialogue_stream": Op(
        lambda c: text_to_dialogue_stream.sync_detailed(
            client=c, body=TextToDialogueRequest(inputs=[DialogueInput(text="Hi there", voice_id=VOICE_ID)])
        ),
        File,
    ),
    # speech to speech, audio isolation, sound effects
    "speech_to_speech_convert": Op(
        lambda c: speech_to_speech_convert.sync_detailed(VOICE_ID, client=c, body=SpeechToSpeechForm(audio=audio())),
        File,
    ),
    "speech_to_speech_stream": Op(
        lambda c: speech_to_speech_stream.sync_detailed(VOICE_ID, client=c, body=SpeechToSpeechForm(audio=audio())),
        File,
    ),
    "audio_isolation_convert": Op(
        lambda c: audio_isolation_convert.sync_detailed(client=c, body=AudioIsolationForm(audio=audio())),
        File,
    ),
    "audio_isolation_stream": Op(
        lambda c: audio_isolation_stream.sync_detailed(client=c, body=AudioIsolationForm(audio=audio())),
        File,
    ),
    "sound_generation_convert": Op(
        lambda c: sound_generation_convert.sync_detailed(client=c, body=SoundGenerationRequest(text="Rain on a roof")),
        File,
    ),
    # speech to text, forced alignment
    "speech_to_text_convert": Op(
        lambda c: speech_to_text_convert.sync_detailed(
            client=c, body=SpeechToTextForm(model_id="scribe_v1", file=audio())
        ),
        (Transcript, MultichannelTranscript, TranscriptionAccepted),
    ),
    "forced_alignment_create": Op(
        lambda c: forced_alignment_create.sync_detailed(
            client=c, body=ForcedAlignmentForm(file=audio(), text="Hello world")
        ),
        ForcedAlignment,
    ),
    # music
    "music_plan_create": Op(
        lambda c: music_plan_create.sync_detailed(client=c, body=MusicPlanRequest(prompt="A calm piano piece")),
        CompositionPlan,
    ),
    "music_compose": Op(
        lambda c: music_compose.sync_detailed(client=c, body=MusicComposeRequest(prompt="A calm piano piece")),
        File,
    ),
    "music_compose_detailed": Op(
        lambda c: music_compose_detailed.sync_detailed(
            client=c, body=MusicComposeDetailedRequest(prompt="A calm piano piece")
        ),
        File,
    ),
    "music_stream": Op(
        lambda c: music_stream.sync_detailed(client=c, body=MusicComposeRequest(prompt="A calm piano piece")),
        File,
    ),
    # voices
    "voices_get_all": Op(lambda c: voices_get_all.sync_detailed(client=c), VoiceList),
    "voices_search": Op(lambda c: voices_search.sync_detailed(client=c), VoicePage),
    "voices_get_default_settings": Op(lambda c: voices_get_default_settings.sync_detailed(client=c), VoiceSettings),
    "voices_get_settings": Op(lambda c: voices_get_settings.sync_detailed(VOICE_ID, client=c), VoiceSettings),
    # with_settings=UNSET: see test_voices_get_sends_no_deprecated_parameter.
    "voices_get": Op(lambda c: voices_get.sync_detailed(VOICE_ID, client=c), Voice),
    "voices_delete": Op(lambda c: voices_delete.sync_detailed(VOICE_ID, client=c), OkStatus),
    "voices_edit_settings": Op(
        lambda c: voices_edit_settings.sync_detailed(
            VOICE_ID, client=c, body=VoiceSettings(stability=0.5, similarity_boost=0.75)
        ),
        OkStatus,
    ),
    "voices_add": Op(
        lambda c: voices_add.sync_detailed(client=c, body=AddVoiceForm(name="My voice", files=[audio()])),
        AddVoiceResult,
    ),
    "voices_edit": Op(
        lambda c: voices_edit.sync_detailed(
            VOICE_ID, client=c, body=EditVoiceForm(name="Renamed voice", files=[audio()])
        ),
        OkStatus,
    ),
    "voices_add_shared": Op(
        lambda c: voices_add_shared.sync_detailed(
            "63e84100a6bf7874ba37a1bab9a31828a379ec94b891b401653b655c5110880f",
            VOICE_ID,
            client=c,
            body=AddSharedVoiceRequest(new_name="Shared voice"),
        ),
        AddSharedVoiceResult,
    ),
    "voices_get_shared": Op(lambda c: voices_get_shared.sync_detailed(client=c), LibraryVoicePage),
    "voices_find_similar": Op(
        lambda c: voices_find_similar.sync_detailed(client=c, body=SimilarVoicesForm(audio_file=audio())),
        LibraryVoicePage,
    ),
    # samples
    "samples_delete": Op(lambda c: samples_delete.sync_detailed(VOICE_ID, "DCwhRBWXzGAHq8TQ4Fs18", client=c), OkStatus),
    "samples_get_audio": Op(
        lambda c: samples_get_audio.sync_detailed(VOICE_ID, "DCwhRBWXzGAHq8TQ4Fs18", client=c), File
    ),
    # models, user, usage
    "models_list": Op(lambda c: models_list.sync_detailed(client=c), list[Model]),
    "user_get": Op(lambda c: user_get.sync_detailed(client=c), User),
    "user_get_subscription": Op(lambda c: user_get_subscription.sync_detailed(client=c), ExtendedSubscription),
    "usage_get_character_stats": Op(
        lambda c: usage_get_character_stats.sync_detailed(
            client=c, start_unix=1_700_000_000_000, end_unix=1_700_086_400_000
        ),
        CharacterUsage,
    ),
    # history
    "history_list": Op(lambda c: history_list.sync_detailed(client=c), HistoryPage),
    "history_get": Op(lambda c: history_get.sync_detailed(HISTORY_ITEM_ID, client=c), HistoryItem),
    "history_delete": Op(lambda c: history_delete.sync_detailed(HISTORY_ITEM_ID, client=c), OkStatus),
    "history_get_audio": Op(lambda c: history_get_audio.sync_detailed(HISTORY_ITEM_ID, client=c), File),
    "history_download": Op(
        lambda c: history_download.sync_detailed(
            client=c, body=HistoryDownloadRequest(history_item_ids=[HISTORY_ITEM_ID])
        ),
        File,
    ),
    # text to voice
    "text_to_voice_create_previews": Op(
        lambda c: text_to_voice_create_previews.sync_detailed(
            client=c, body=VoicePreviewsRequest(voice_description="A warm, calm narrator with a low voice.")
        ),
        VoicePreviews,
    ),
    "text_to_voice_create": Op(
        lambda c: text_to_voice_create.sync_detailed(
            client=c,
            body=CreateVoiceFromPreviewRequest(
                voice_name="Narrator",
                voice_description="A warm, calm narrator with a low voice.",
                generated_voice_id=GENERATED_VOICE_ID,
            ),
        ),
        Voice,
    ),
    "text_to_voice_design": Op(
        lambda c: text_to_voice_design.sync_detailed(
            client=c, body=VoiceDesignRequest(voice_description="A warm, calm narrator with a low voice.")
        ),
        VoicePreviews,
    ),
    "text_to_voice_stream_preview": Op(
        lambda c: text_to_voice_stream_preview.sync_detailed(GENERATED_VOICE_ID, client=c), File
    ),
    # pronunciation dictionaries
    "pronunciation_dictionaries_add_from_file": Op(
        lambda c: pronunciation_dictionaries_add_from_file.sync_detailed(
            client=c,
            body=PronunciationDictionaryFileForm(
                name="Acronyms",
                file=File(payload=io.BytesIO(b"<lexicon/>"), file_name="acronyms.pls", mime_type="application/pls+xml"),
            ),
        ),
        PronunciationDictionaryCreated,
    ),
    "pronunciation_dictionaries_add_from_rules": Op(
        lambda c: pronunciation_dictionaries_add_from_rules.sync_detailed(
            client=c,
            body=PronunciationDictionaryRulesRequest(
                name="Acronyms",
                rules=[
                    alias_rule(),
                    PronunciationPhonemeRule(
                        string_to_replace="tomato", type_="phoneme", phoneme="T AH0 M EY1 T OW2", alphabet="cmu-arpabet"
                    ),
                ],
            ),
        ),
        PronunciationDictionaryCreated,
    ),
    "pronunciation_dictionaries_get": Op(
        lambda c: pronunciation_dictionaries_get.sync_detailed(DICTIONARY_ID, client=c), PronunciationDictionary
    ),
    "pronunciation_dictionaries_add_rules": Op(
        lambda c: pronunciation_dictionaries_add_rules.sync_detailed(
            DICTIONARY_ID, client=c, body=PronunciationRulesAdd(rules=[alias_rule()])
        ),
        PronunciationDictionaryVersion,
    ),
    "pronunciation_dictionaries_remove_rules": Op(
        lambda c: pronunciation_dictionaries_remove_rules.sync_detailed(
            DICTIONARY_ID, client=c, body=PronunciationRulesRemove(rule_strings=["TTS"])
        ),
        PronunciationDictionaryVersion,
    ),
    "pronunciation_dictionaries_download": Op(
        lambda c: pronunciation_dictionaries_download.sync_detailed(DICTIONARY_ID, VERSION_ID, client=c), File
    ),
    "pronunciation_dictionaries_list": Op(
        lambda c: pronunciation_dictionaries_list.sync_detailed(client=c), PronunciationDictionaryList
    ),
}


def _area_operations() -> dict[str, Op]:
    """The registries of the other API areas: every ``ops_<area>.py`` beside this file."""
    merged: dict[str, Op] = {}
    for path in sorted(Path(__file__).parent.glob("ops_*.py")):
        area: ModuleType = importlib.import_module(f"{__package__}.{path.stem}")
        overlap = merged.keys() & area.OPERATIONS.keys()
        assert not overlap, f"{path.name} registers operations twice: {sorted(overlap)}"
        merged.update(area.OPERATIONS)
    return merged


@functools.cache
def spec_operations() -> dict[str, tuple[str, str]]:
    """operationId -> (METHOD, path template), read from openapi.yaml."""
    return {
        operation["operationId"]: (method.upper(), path)
        for path, item in generic.document()["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


HAND_WRITTEN: dict[str, Op] = {**CORE_OPERATIONS, **_area_operations()}
# Every other operation: a call built from its spec entry (tests/contract/generic.py).
OPERATIONS: dict[str, Op] = {
    **{
        operation_id: generic.build(operation_id) for operation_id in sorted(set(spec_operations()) - set(HAND_WRITTEN))
    },
    **HAND_WRITTEN,
}


class RequestRejected(AssertionError):
    """Prism answered 422: the request our code built breaks openapi.yaml."""


class PrismError(AssertionError):
    """Prism answered another error status (its own problem+json)."""


class ResponseViolation(AssertionError):
    """Prism's answer carries ``sl-violations``: the exchange breaks openapi.yaml somewhere."""


@contextmanager
def explained() -> Iterator[None]:
    """Turn Prism's refusals into failures that say why (its ``sl-violations`` header)."""
    try:
        yield
    except UnprocessableEntityError as error:
        raise RequestRejected(
            f"Prism rejected the request as breaking openapi.yaml (422); "
            f"sl-violations: {error.headers.get('sl-violations')}"
        ) from None
    except APIStatusError as error:
        raise PrismError(f"Prism answered {error.status_code}: {error.body!r:.2000}") from None


def check_parsed(parsed: Any, returns: Any) -> None:
    if get_origin(returns) is list:
        (item_type,) = get_args(returns)
        assert isinstance(parsed, list), f"expected a list of {item_type.__name__}, got {parsed!r:.300}"
        assert all(isinstance(item, item_type) for item in parsed), f"not all {item_type.__name__}: {parsed!r:.300}"
    else:
        assert isinstance(parsed, returns), f"expected {returns}, got {type(parsed).__name__}: {parsed!r:.300}"


# Prism 5 mocks a schema without example by writing "string" for every string and
# "additionalProp1"-style keys into maps, then flags its own answer when the schema has a
# ``pattern`` or a ``propertyNames`` enum (and, when that happens inside a union member, that
# no member matches). Those violations say nothing about our spec or code.
PRISM_MADE = {"pattern", "enum", "propertyNames"}
FALLOUT = {"oneOf", "anyOf", "required", "const", "type"}


def prism_made_them(violations: str) -> bool:
    try:
        found = json.loads(violations)
    except ValueError:
        return False  # "Too many violations!": look at them
    codes = {v["code"] for v in found}
    allowed = PRISM_MADE | (FALLOUT if codes & {"pattern", "propertyNames"} else set())
    return all(v["location"][0] == "response" and v["code"] in allowed for v in found)


def check_response(response: Response[Any], returns: Any) -> None:
    assert 200 <= response.status_code < 300, f"status {response.status_code}: {response.content!r:.500}"
    violations = response.headers.get("sl-violations")
    if violations is not None and not prism_made_them(violations):
        raise ResponseViolation(f"Prism reports violations of openapi.yaml: {violations}")
    check_parsed(response.parsed, returns)
    if returns is File:
        assert response.parsed.payload.read(), "empty binary body"


# Prism 5.14.2 has no serializer for application/x-ndjson (declared on purpose for the
# with-timestamps streams): it validates the request, then answers 500 "Cannot find
# serializer". A 500 of that kind, and no 422, proves the request matched the spec; the
# NDJSON parsing itself is tested against loopback servers (tests/test_timestamps.py).
NDJSON_OPERATIONS = {"text_to_speech_stream_with_timestamps"} | {
    operation_id for operation_id in spec_operations() if generic.is_ndjson(operation_id)
}


def test_every_operation_has_a_contract_test() -> None:
    in_spec = set(spec_operations())
    assert set(OPERATIONS) == in_spec, (
        f"missing contract tests: {sorted(in_spec - set(OPERATIONS))}; "
        f"tests for operations not in openapi.yaml: {sorted(set(OPERATIONS) - in_spec)}"
    )
    assert in_spec >= NDJSON_OPERATIONS


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_operation(operation_id: str, client: ElevenLabs) -> None:
    op = OPERATIONS[operation_id]
    sent: list[httpx.Request] = []
    client.get_httpx_client().event_hooks["request"].append(sent.append)
    if operation_id in NDJSON_OPERATIONS:
        with pytest.raises(InternalServerError) as refused:
            op.call(client)
        assert "Cannot find serializer" in str(refused.value.body)
        assert "sl-violations" not in refused.value.headers
    else:
        with explained():
            response = op.call(client)
        check_response(response, op.returns)
    # The registry entry really calls this operation's endpoint.
    method, template = spec_operations()[operation_id]
    assert [(request.method, is_path_of(request.url.path, template)) for request in sent] == [(method, True)], sent


def is_path_of(path: str, template: str) -> bool:
    return re.fullmatch(re.sub(r"\{[^/}]+\}", "[^/]+", template), path) is not None


# Regressions of generated-code defects these tests found (fixed in scripts/templates and the
# normaliser): form booleans as "True"/"False", and deprecated parameters sent by default.

FORMS_WITH_BOOLEANS: dict[str, Callable[[ElevenLabs], Response[Any]]] = {
    "speech_to_speech_convert": lambda c: speech_to_speech_convert.sync_detailed(
        VOICE_ID, client=c, body=SpeechToSpeechForm(audio=audio())
    ),
    "speech_to_text_convert": lambda c: speech_to_text_convert.sync_detailed(
        client=c, body=SpeechToTextForm(model_id="scribe_v1", file=audio())
    ),
    "forced_alignment_create": lambda c: forced_alignment_create.sync_detailed(
        client=c, body=ForcedAlignmentForm(file=audio(), text="Hello world")
    ),
    "voices_add": lambda c: voices_add.sync_detailed(client=c, body=AddVoiceForm(name="My voice", files=[audio()])),
    "voices_edit": lambda c: voices_edit.sync_detailed(VOICE_ID, client=c, body=EditVoiceForm(name="Renamed")),
}


@pytest.mark.parametrize("operation_id", sorted(FORMS_WITH_BOOLEANS))
def test_form_booleans_are_sent_as_json_booleans(operation_id: str, client: ElevenLabs) -> None:
    # Each form has a boolean field with a default, so the default call sends one.
    with explained():
        response = FORMS_WITH_BOOLEANS[operation_id](client)
    assert response.status_code == 200


def test_voices_get_sends_no_deprecated_parameter(client: ElevenLabs) -> None:
    with explained():
        response = voices_get.sync_detailed(VOICE_ID, client=client)
    check_response(response, Voice)


# Async: the same generated functions through AsyncElevenLabs and asyncio_detailed.


async def test_async_models_list(async_client: AsyncElevenLabs) -> None:
    with explained():
        response = await models_list.asyncio_detailed(client=async_client)
    check_response(response, list[Model])


async def test_async_voices_get(async_client: AsyncElevenLabs) -> None:
    with explained():
        response = await voices_get.asyncio_detailed(VOICE_ID, client=async_client)
    check_response(response, Voice)


async def test_async_text_to_speech_convert(async_client: AsyncElevenLabs) -> None:
    with explained():
        response = await text_to_speech_convert.asyncio_detailed(
            VOICE_ID, client=async_client, body=TextToSpeechRequest(text="Hello"), output_format="mp3_22050_32"
        )
    check_response(response, File)


async def test_async_speech_to_text_multipart(async_client: AsyncElevenLabs) -> None:
    with explained():
        response = await speech_to_text_convert.asyncio_detailed(
            client=async_client,
            body=SpeechToTextForm(model_id="scribe_v1", file=audio(), num_speakers=2),
        )
    check_response(response, (Transcript, MultichannelTranscript, TranscriptionAccepted))


async def test_async_pronunciation_rules(async_client: AsyncElevenLabs) -> None:
    with explained():
        response = await pronunciation_dictionaries_add_rules.asyncio_detailed(
            DICTIONARY_ID, client=async_client, body=PronunciationRulesAdd(rules=[alias_rule()])
        )
    check_response(response, PronunciationDictionaryVersion)


# Binary streams through elevenlabs_ext.stream, body read to the end.

STREAMS: dict[str, tuple[ModuleType, Callable[[], dict[str, Any]]]] = {
    "text_to_speech_stream": (
        text_to_speech_stream,
        lambda: {"voice_id": VOICE_ID, "body": TextToSpeechRequest(text="Hello")},
    ),
    "text_to_dialogue_stream": (
        text_to_dialogue_stream,
        lambda: {"body": TextToDialogueRequest(inputs=[DialogueInput(text="Hi there", voice_id=VOICE_ID)])},
    ),
    "speech_to_speech_stream": (
        speech_to_speech_stream,
        lambda: {"voice_id": VOICE_ID, "body": SpeechToSpeechForm(audio=audio())},
    ),
    "audio_isolation_stream": (audio_isolation_stream, lambda: {"body": AudioIsolationForm(audio=audio())}),
    "music_stream": (music_stream, lambda: {"body": MusicComposeRequest(prompt="A calm piano piece")}),
}


@pytest.mark.parametrize("operation_id", sorted(STREAMS))
def test_binary_stream(operation_id: str, client: ElevenLabs) -> None:
    endpoint, params = STREAMS[operation_id]
    with explained(), stream(endpoint, client=client, **params()) as body:
        assert body.status_code == 200
        assert "sl-violations" not in body.headers, body.headers["sl-violations"]
        assert (body.content_type or "").startswith("audio/"), body.content_type
        data = body.read()
    assert data
    assert body.closed


async def test_async_binary_stream(async_client: AsyncElevenLabs) -> None:
    with explained():
        async with astream(
            text_to_speech_stream, client=async_client, voice_id=VOICE_ID, body=TextToSpeechRequest(text="Hello")
        ) as body:
            assert body.status_code == 200
            chunks = [chunk async for chunk in body]
    assert b"".join(chunks)
    assert body.closed


# Negative cases: Prism enforces the spec.


@pytest.mark.parametrize(
    ("build", "field"),
    [
        pytest.param(
            lambda: text_to_speech_convert._get_kwargs(VOICE_ID, body=TextToSpeechRequest(text="Hello")),
            "text",
            id="tts-text",
        ),
        pytest.param(
            lambda: text_to_dialogue_convert._get_kwargs(
                body=TextToDialogueRequest(inputs=[DialogueInput(text="Hi", voice_id=VOICE_ID)])
            ),
            "voice_id",
            id="dialogue-inputs-0-voice_id",
        ),
    ],
)
def test_body_missing_a_required_field_is_rejected(
    build: Callable[[], dict[str, Any]], field: str, client: ElevenLabs
) -> None:
    kwargs = build()
    body = kwargs["json"]
    target = body["inputs"][0] if "inputs" in body else body
    del target[field]
    with pytest.raises(UnprocessableEntityError) as caught:
        client.get_httpx_client().request(**kwargs)
    error = caught.value
    assert error.status_code == 422
    violations = json.loads(error.headers["sl-violations"])
    messages = [violation["message"] for violation in violations]
    assert any(f"required property '{field}'" in message for message in messages), messages
    assert all(violation["location"][:2] == ["request", "body"] for violation in violations), violations
    assert error.validation is not None  # the spec's own 422 example, as HTTPValidationError


def test_prism_requires_the_api_key(prism_url: str, client: ElevenLabs) -> None:
    with httpx.Client(base_url=prism_url) as raw:
        anonymous = raw.get("/v1/models")
    assert anonymous.status_code == 401, anonymous.text
    # The spec declares the 401 (the API's {"detail": {...}} shape), so Prism answers with it.
    assert anonymous.headers["content-type"].startswith("application/json")
    assert "detail" in anonymous.json()

    response = client.get_httpx_client().get("/v1/models")
    assert response.status_code == 200  # the key was sent: without it Prism answers 401
    # ... on a copy inside the transport: the request handed back does not hold it.
    assert "xi-api-key" not in response.request.headers
