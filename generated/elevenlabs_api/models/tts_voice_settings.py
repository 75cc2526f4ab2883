from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TtsVoiceSettings")


@_attrs_define
class TtsVoiceSettings:
    """
    Attributes:
        stability (float | None | Unset):
        similarity_boost (float | None | Unset):
        style (float | None | Unset):
        use_speaker_boost (bool | None | Unset):
        speed (float | None | Unset):
    """

    stability: float | None | Unset = UNSET
    similarity_boost: float | None | Unset = UNSET
    style: float | None | Unset = UNSET
    use_speaker_boost: bool | None | Unset = UNSET
    speed: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        stability: float | None | Unset
        if isinstance(self.stability, Unset):
            stability = UNSET
        else:
            stability = self.stability

        similarity_boost: float | None | Unset
        if isinstance(self.similarity_boost, Unset):
            similarity_boost = UNSET
        else:
            similarity_boost = self.similarity_boost

        style: float | None | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        else:
            style = self.style

        use_speaker_boost: bool | None | Unset
        if isinstance(self.use_speaker_boost, Unset):
            use_speaker_boost = UNSET
        else:
            use_speaker_boost = self.use_speaker_boost

        speed: float | None | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
            speed = self.speed

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if stability is not UNSET:
            field_dict["stability"] = stability
        if similarity_boost is not UNSET:
            field_dict["similarity_boost"] = similarity_boost
        if style is not UNSET:
            field_dict["style"] = style
        if use_speaker_boost is not UNSET:
            field_dict["use_speaker_boost"] = use_speaker_boost
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_stability(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        stability = _parse_stability(d.pop("stability", UNSET))

        def _parse_similarity_boost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        similarity_boost = _parse_similarity_boost(d.pop("similarity_boost", UNSET))

        def _parse_style(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        style = _parse_style(d.pop("style", UNSET))

        def _parse_use_speaker_boost(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_speaker_boost = _parse_use_speaker_boost(d.pop("use_speaker_boost", UNSET))

        def _parse_speed(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        speed = _parse_speed(d.pop("speed", UNSET))

        tts_voice_settings = cls(
            stability=stability,
            similarity_boost=similarity_boost,
            style=style,
            use_speaker_boost=use_speaker_boost,
            speed=speed,
        )

        return tts_voice_settings
