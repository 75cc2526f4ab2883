"""The emulated voices and models: fixed data, served through the generated models.

Voice and model ids are the real API's where a real counterpart exists, so code and
examples written for the real API (``JBFqnCBsd6RMkjVDRZzb``, ``eleven_multilingual_v2``)
run unchanged. Each voice is a distinct eSpeak NG voice, variant and pitch.
"""

from __future__ import annotations

from typing import Final

import attrs
from elevenlabs_api.models import (
    Model,
    ModelLanguage,
    ModelRates,
    Voice,
    VoiceLabels,
    VoiceSettings,
)
from elevenlabs_api.models.voice_category import VoiceCategory

from ._espeak import EspeakVoice

__all__ = [
    "DEFAULT_VOICE_SETTINGS",
    "MODELS",
    "MODELS_BY_ID",
    "VOICES",
    "VOICES_BY_ID",
    "EmulatedModel",
    "EmulatedVoice",
    "espeak_language",
]

DEFAULT_VOICE_SETTINGS: Final = {
    "stability": 0.5,
    "similarity_boost": 0.75,
    "style": 0.0,
    "use_speaker_boost": True,
    "speed": 1.0,
}
# Voices were "created" at a fixed time so listings sort the same way every run.
_CREATED: Final = 1_700_000_000


@attrs.frozen
class EmulatedVoice:
    voice_id: str
    name: str
    category: VoiceCategory
    labels: dict[str, str]
    description: str
    espeak: EspeakVoice
    created_at_unix: int = _CREATED

    def to_model(self, settings: dict[str, float | bool]) -> Voice:
        return Voice(
            voice_id=self.voice_id,
            name=self.name,
            category=self.category,
            labels=VoiceLabels.from_dict(self.labels),
            available_for_tiers=[],
            high_quality_base_model_ids=["eleven_multilingual_v2", "eleven_turbo_v2_5", "eleven_flash_v2_5"],
            samples=None,
            description=self.description,
            preview_url=None,
            settings=VoiceSettings.from_dict(settings),
            is_owner=self.category != "premade",
            created_at_unix=self.created_at_unix,
        )


def _voice(
    voice_id: str,
    name: str,
    labels: dict[str, str],
    espeak: EspeakVoice,
    *,
    category: VoiceCategory = "premade",
    created: int = _CREATED,
) -> EmulatedVoice:
    description = ", ".join(labels[key] for key in ("description", "accent", "gender") if key in labels)
    return EmulatedVoice(voice_id, name, category, labels, description, espeak, created)


def _labels(
    accent: str, description: str, age: str, gender: str, *, use_case: str, language: str = "en"
) -> dict[str, str]:
    return {
        "accent": accent,
        "description": description,
        "age": age,
        "gender": gender,
        "use_case": use_case,
        "language": language,
    }


VOICES: Final[tuple[EmulatedVoice, ...]] = (
    _voice(
        "JBFqnCBsd6RMkjVDRZzb",
        "George",
        _labels("british", "warm", "middle_aged", "male", use_case="narrative_story"),
        EspeakVoice("en", "m3", pitch=40),
    ),
    _voice(
        "21m00Tcm4TlvDq8ikWAM",
        "Rachel",
        _labels("american", "calm", "young", "female", use_case="narration"),
        EspeakVoice("en-us", "f3", pitch=55),
        created=_CREATED + 1,
    ),
    _voice(
        "EXAVITQu4vr4xnSDxMaL",
        "Sarah",
        _labels("american", "soft", "young", "female", use_case="news"),
        EspeakVoice("en-us", "f2", pitch=60),
        created=_CREATED + 2,
    ),
    _voice(
        "pNInz6obpgDQGcFmaJgB",
        "Adam",
        _labels("american", "deep", "middle_aged", "male", use_case="narration"),
        EspeakVoice("en-us", "m1", pitch=30),
        created=_CREATED + 3,
    ),
    _voice(
        "onwK4e9ZLuTAKqWW03F9",
        "Daniel",
        _labels("british", "authoritative", "middle_aged", "male", use_case="news_presenter"),
        EspeakVoice("en-gb-x-rp", "m2", pitch=45),
        created=_CREATED + 4,
    ),
    _voice(
        "Xb7hH8MSUJpSbSDYk0k2",
        "Alice",
        _labels("british", "confident", "middle_aged", "female", use_case="news"),
        EspeakVoice("en", "f4", pitch=50),
        created=_CREATED + 5,
    ),
    _voice(
        "IKne3meq5aSn9XLyUdCD",
        "Charlie",
        _labels("australian", "natural", "young", "male", use_case="conversational"),
        EspeakVoice("en-us", "m4", pitch=52),
        created=_CREATED + 6,
    ),
    # Not real voices: a cloned and a generated one, speaking French and German.
    _voice(
        "emuFr0Camille0000001",
        "Camille",
        _labels("parisian", "bright", "young", "female", use_case="conversational", language="fr"),
        EspeakVoice("fr", "f2", pitch=58),
        category="cloned",
        created=_CREATED + 7,
    ),
    _voice(
        "emuDe0Lukas000000001",
        "Lukas",
        _labels("standard", "steady", "middle_aged", "male", use_case="narration", language="de"),
        EspeakVoice("de", "m3", pitch=42),
        category="generated",
        created=_CREATED + 8,
    ),
)


@attrs.frozen
class EmulatedModel:
    model_id: str
    name: str
    description: str
    can_do_text_to_speech: bool
    max_characters: int
    cost_multiplier: float
    concurrency_group: str  # a plain string since the 2026 API (was an enum)
    languages: tuple[tuple[str, str], ...]
    can_do_voice_conversion: bool = False

    def to_model(self) -> Model:
        return Model(
            model_id=self.model_id,
            name=self.name,
            can_be_finetuned=True,
            can_do_text_to_speech=self.can_do_text_to_speech,
            can_do_voice_conversion=self.can_do_voice_conversion,
            can_use_style=True,
            can_use_speaker_boost=True,
            serves_pro_voices=False,
            token_cost_factor=1.0,
            description=self.description,
            requires_alpha_access=False,
            max_characters_request_free_user=min(self.max_characters, 2_500),
            max_characters_request_subscribed_user=self.max_characters,
            maximum_text_length_per_request=self.max_characters,
            languages=[ModelLanguage(language_id=code, name=name) for code, name in self.languages],
            model_rates=ModelRates(character_cost_multiplier=self.cost_multiplier),
            concurrency_group=self.concurrency_group,
        )


_ENGLISH: Final = (("en", "English"),)
_MULTILINGUAL: Final = (
    ("en", "English"),
    ("ja", "Japanese"),
    ("zh", "Chinese"),
    ("de", "German"),
    ("hi", "Hindi"),
    ("fr", "French"),
    ("ko", "Korean"),
    ("pt", "Portuguese"),
    ("it", "Italian"),
    ("es", "Spanish"),
    ("ru", "Russian"),
    ("id", "Indonesian"),
    ("nl", "Dutch"),
    ("tr", "Turkish"),
    ("pl", "Polish"),
    ("sv", "Swedish"),
    ("ar", "Arabic"),
    ("cs", "Czech"),
    ("el", "Greek"),
    ("fi", "Finnish"),
    ("da", "Danish"),
    ("uk", "Ukrainian"),
)

MODELS: Final[tuple[EmulatedModel, ...]] = (
    EmulatedModel(
        "eleven_multilingual_v2",
        "Eleven Multilingual v2",
        "Our most life-like, emotionally rich model in 29 languages.",
        True,
        10_000,
        1.0,
        "standard",
        _MULTILINGUAL,
    ),
    EmulatedModel(
        "eleven_v3",
        "Eleven v3",
        "The most expressive model, for dialogue and audio tags.",
        True,
        5_000,
        1.0,
        "standard",
        _MULTILINGUAL,
    ),
    EmulatedModel(
        "eleven_flash_v2_5",
        "Eleven Flash v2.5",
        "Ultra low latency speech in 32 languages, at half the price per character.",
        True,
        40_000,
        0.5,
        "turbo",
        _MULTILINGUAL,
    ),
    EmulatedModel(
        "eleven_turbo_v2_5",
        "Eleven Turbo v2.5",
        "High quality, low latency speech in 32 languages.",
        True,
        40_000,
        0.5,
        "turbo",
        _MULTILINGUAL,
    ),
    EmulatedModel(
        "eleven_flash_v2",
        "Eleven Flash v2",
        "Ultra low latency English-only speech.",
        True,
        30_000,
        0.5,
        "turbo",
        _ENGLISH,
    ),
    EmulatedModel(
        "eleven_turbo_v2",
        "Eleven Turbo v2",
        "Low latency English-only speech.",
        True,
        30_000,
        0.5,
        "turbo",
        _ENGLISH,
    ),
    EmulatedModel(
        "eleven_english_sts_v2",
        "Eleven English v2 (speech to speech)",
        "English voice changer model; it does not do text to speech.",
        False,
        10_000,
        1.0,
        "standard",
        _ENGLISH,
        can_do_voice_conversion=True,
    ),
    EmulatedModel(
        "eleven_multilingual_sts_v2",
        "Eleven Multilingual v2 (speech to speech)",
        "Voice changer model; it does not do text to speech.",
        False,
        10_000,
        1.0,
        "standard",
        _MULTILINGUAL,
        can_do_voice_conversion=True,
    ),
)

VOICES_BY_ID: Final = {voice.voice_id: voice for voice in VOICES}
MODELS_BY_ID: Final = {model.model_id: model for model in MODELS}

# ISO 639-1 codes whose eSpeak NG voice name differs from the code.
_ESPEAK_LANGUAGES: Final = {"en": "en-us", "zh": "cmn", "pt": "pt-br"}


def espeak_language(language_code: str | None, voice: EmulatedVoice) -> str | None:
    """The eSpeak language for an API ``language_code`` (None: keep the voice's own accent)."""
    if not language_code:
        return None
    code = language_code.strip().lower()
    if voice.espeak.language.split("-")[0] == code:
        return None  # a British voice asked for English stays British
    return _ESPEAK_LANGUAGES.get(code, code)
