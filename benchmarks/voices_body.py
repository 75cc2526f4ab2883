"""A deterministic, realistic ``GET /v1/voices`` body built from our ``openapi.yaml``.

The generator walks the ``VoiceList`` schema tree and fills every property of every object
(samples with speaker separation, fine tuning with verification attempts and manual
verification, settings, sharing with moderation check, verified languages, verification).
Nullable scalars are null with probability 0.15, nullable objects and arrays are always
filled, enums take values from the spec, and values are plausible for their field names
(20-character ids, Unix times, mp3 URLs, label dictionaries).
"""

from __future__ import annotations

import random
import string
from pathlib import Path
from typing import Any

from ._common import ROOT

__all__ = ["ROOT_SCHEMA", "build_voices_body"]

ROOT_SCHEMA = "VoiceList"
P_NULL = 0.15
_REF = "#/components/schemas/"


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_WORDS = _words(
    "warm calm deep bright narrator story crisp soft clear young mature confident friendly gentle "
    "energetic whispery raspy smooth news audiobook podcast character conversational documentary"
)
_NAMES = _words("Rachel Drew Clyde Paul Domi Dave Fin Sarah Antoni Thomas Charlie George Emily Elli Callum")
_MODELS = ("eleven_multilingual_v2", "eleven_turbo_v2_5", "eleven_flash_v2_5", "eleven_v3")
_TIERS = ("free", "starter", "creator", "pro", "scale", "business", "enterprise")
_LANGUAGES = ("en", "de", "fr", "es", "it", "pl", "pt", "hi", "ja")
_LOCALES = ("en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "pl-PL", "pt-BR", "hi-IN", "ja-JP")
_ACCENTS = ("american", "british", "australian", "irish", "indian", "standard")
_LABELS = {
    "accent": _ACCENTS,
    "age": ("young", "middle_aged", "old"),
    "gender": ("female", "male", "neutral"),
    "use_case": ("narration", "conversational", "characters", "news", "social_media"),
    "descriptive": ("calm", "confident", "warm", "crisp", "raspy"),
}
_ARRAY_LENGTHS = {
    "samples": (1, 3),
    "verification_attempts": (1, 3),
    "files": (1, 2),
    "utterances": (1, 3),
    "selected_speaker_ids": (1, 2),
    "whitelisted_emails": (0, 2),
    "verified_languages": (1, 3),
    "reader_restricted_on": (0, 2),
}
_UNIT_NUMBERS = {"similarity", "stability", "similarity_boost", "style", "progress", "sample_checks", "captcha_checks"}


class _Filler:
    def __init__(self, schemas: dict[str, Any], seed: int) -> None:
        self._schemas = schemas
        self._rng = random.Random(seed)

    def _resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self._schemas[schema["$ref"].removeprefix(_REF)]
        return schema

    def value(self, schema: dict[str, Any], name: str) -> Any:
        schema = self._resolve(schema)
        options = schema.get("anyOf") or schema.get("oneOf")
        if options is not None:
            concrete = [self._resolve(option) for option in options if option.get("type") != "null"]
            chosen = self._rng.choice(concrete)
            nullable = len(concrete) < len(options)
            container = chosen.get("type") in ("object", "array")
            if nullable and not container and self._rng.random() < P_NULL:
                return None
            return self.value(chosen, name)
        if "enum" in schema:
            return self._rng.choice(schema["enum"])
        kind = schema.get("type")
        if kind == "object":
            return self._object(schema, name)
        if kind == "array":
            low, high = _ARRAY_LENGTHS.get(name, (1, 3))
            return [self.value(schema.get("items", {}), name) for _ in range(self._rng.randint(low, high))]
        if kind == "string":
            return self._string(name)
        if kind == "integer":
            return self._integer(name)
        if kind == "number":
            return self._number(name)
        if kind == "boolean":
            return self._rng.random() < 0.5
        raise ValueError(f"no filler for schema {schema!r} of field {name!r}")

    def _object(self, schema: dict[str, Any], name: str) -> dict[str, Any]:
        properties: dict[str, Any] = schema.get("properties", {})
        result = {key: self.value(sub, key) for key, sub in properties.items()}
        if isinstance(result.get("start"), float) and isinstance(result.get("end"), float):
            result["end"] = round(result["start"] + self._rng.uniform(0.5, 12.0), 3)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and not properties:
            if name == "labels":
                keys = list(_LABELS)
                return {key: self._rng.choice(_LABELS[key]) for key in keys[: self._rng.randint(3, len(keys))]}
            if name == "speakers":
                keys = [f"speaker_{index}" for index in range(self._rng.randint(1, 2))]
                return {key: {**self.value(extra, name), "speaker_id": key} for key in keys}
            keys = self._rng.sample(_MODELS, self._rng.randint(1, 3))
            result = {key: self.value(extra, name) for key in keys}
        return result

    def _id(self, length: int = 20) -> str:
        return "".join(self._rng.choices(string.ascii_letters + string.digits, k=length))

    def _sentence(self, low: int, high: int) -> str:
        words = self._rng.choices(_WORDS, k=self._rng.randint(low, high))
        return " ".join(words).capitalize() + "."

    def _string(self, name: str) -> str:
        rng = self._rng
        if name in ("speaker_id", "selected_speaker_ids"):
            return f"speaker_{rng.randint(0, 2)}"
        if name.endswith(("_id", "_ids")):
            return self._id()
        if name == "hash":
            return f"{rng.getrandbits(128):032x}"
        if name == "image_url":
            return f"https://storage.googleapis.com/eleven-public-prod/voices/{self._id()}/avatar.jpg"
        if name.endswith("url"):
            return f"https://storage.googleapis.com/eleven-public-prod/premade/voices/{self._id()}/{self._id(36)}.mp3"
        if name == "mime_type":
            return rng.choice(("audio/mpeg", "audio/wav", "audio/x-m4a"))
        if name == "file_name":
            return f"{rng.choice(_WORDS)}_{rng.randint(1, 99)}.mp3"
        if name == "name":
            return f"{rng.choice(_NAMES)} - {rng.choice(_WORDS)}"
        if name == "language":
            return rng.choice(_LANGUAGES)
        if name == "locale":
            return rng.choice(_LOCALES)
        if name == "accent":
            return rng.choice(_ACCENTS)
        if name in ("model_id", "high_quality_base_model_ids"):
            return rng.choice(_MODELS)
        if name == "message":
            return self._sentence(3, 8)
        if name == "available_for_tiers":
            return rng.choice(_TIERS)
        if name == "whitelisted_emails":
            return f"{rng.choice(_NAMES).lower()}.{self._id(6).lower()}@example.com"
        if name.endswith("_username"):
            return f"{rng.choice(_NAMES).lower()}_{rng.choice(_WORDS)}{rng.randint(1, 999)}"
        if name == "permission_on_resource":
            return rng.choice(("admin", "editor", "viewer"))
        if name in ("transcription", "text"):
            return self._sentence(12, 30)
        if name in ("description", "description_value", "extra_text", "review_message", "ban_reason"):
            return self._sentence(8, 24)
        if name == "verification_failures":
            return self._sentence(3, 7)
        if name == "name_value":
            return rng.choice(_NAMES)
        return "_".join(rng.choices(_WORDS, k=2))

    def _integer(self, name: str) -> int:
        rng = self._rng
        if name.endswith("_unix_ms"):
            return rng.randint(1_600_000_000_000, 1_760_000_000_000)
        if name.endswith("_unix"):
            return rng.randint(1_600_000_000, 1_760_000_000)
        if name == "size_bytes":
            return rng.randint(50_000, 8_000_000)
        if name in ("liked_by_count", "cloned_by_count"):
            return rng.randint(0, 50_000)
        if name == "notice_period":
            return rng.choice((0, 7, 30, 90, 180))
        if name in ("trim_start", "trim_end"):
            return rng.randint(0, 30_000)
        if name in ("verification_attempts_count", "max_verification_attempts"):
            return rng.randint(0, 5)
        return rng.randint(0, 1000)

    def _number(self, name: str) -> float:
        rng = self._rng
        if name in _UNIT_NUMBERS:
            return round(rng.random(), 4)
        if name == "speed":
            return round(rng.uniform(0.7, 1.2), 2)
        if name in ("rate", "fiat_rate"):
            return round(rng.uniform(0.0, 0.3), 4)
        if name == "levenshtein_distance":
            return float(rng.randint(0, 30))
        if name in ("start", "end"):
            return round(rng.uniform(0.0, 120.0), 3)
        return round(rng.uniform(1.0, 300.0), 3)


def _load_schemas(spec: Path) -> dict[str, Any]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with spec.open(encoding="utf-8") as file:
        document = yaml.load(file, Loader=loader)  # a safe loader (C or pure Python)
    schemas: dict[str, Any] = document["components"]["schemas"]
    return schemas


def build_voices_body(count: int = 1000, *, seed: int = 7, spec: Path = ROOT / "openapi.yaml") -> dict[str, Any]:
    """``{"voices": [...]}`` with ``count`` voices, the same for the same seed and spec."""
    schemas = _load_schemas(spec)
    filler = _Filler(schemas, seed)
    voice_list = schemas[ROOT_SCHEMA]
    voice = voice_list["properties"]["voices"]["items"]
    return {"voices": [filler.value(voice, "voice") for _ in range(count)]}
