from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceSettings")


@_attrs_define
class VoiceSettings:
    """How a voice sounds. Any field left out keeps the voice's stored value.

    Example:
        {'stability': 0.5, 'similarity_boost': 0.75, 'style': 0, 'use_speaker_boost': True, 'speed': 1.0}

    Attributes:
        stability (float | None | Unset): Lower is more expressive and varied, higher is steadier. Default: 0.5.
        use_speaker_boost (bool | None | Unset): Push similarity to the original speaker further, at some latency cost.
            Default: True.
        similarity_boost (float | None | Unset): How closely to follow the original voice. Default: 0.75.
        style (float | None | Unset): Exaggerates the speaker's style; 0 is the cheapest and fastest. Default: 0.0.
        speed (float | None | Unset): Speaking rate, 1.0 being normal. Default: 1.0.
    """

    stability: float | None | Unset = 0.5
    use_speaker_boost: bool | None | Unset = True
    similarity_boost: float | None | Unset = 0.75
    style: float | None | Unset = 0.0
    speed: float | None | Unset = 1.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stability: float | None | Unset
        if isinstance(self.stability, Unset):
            stability = UNSET
        else:
            stability = self.stability

        use_speaker_boost: bool | None | Unset
        if isinstance(self.use_speaker_boost, Unset):
            use_speaker_boost = UNSET
        else:
            use_speaker_boost = self.use_speaker_boost

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

        speed: float | None | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
            speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stability is not UNSET:
            field_dict["stability"] = stability
        if use_speaker_boost is not UNSET:
            field_dict["use_speaker_boost"] = use_speaker_boost
        if similarity_boost is not UNSET:
            field_dict["similarity_boost"] = similarity_boost
        if style is not UNSET:
            field_dict["style"] = style
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

        def _parse_use_speaker_boost(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_speaker_boost = _parse_use_speaker_boost(d.pop("use_speaker_boost", UNSET))

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

        def _parse_speed(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        speed = _parse_speed(d.pop("speed", UNSET))

        voice_settings = cls(
            stability=stability,
            use_speaker_boost=use_speaker_boost,
            similarity_boost=similarity_boost,
            style=style,
            speed=speed,
        )

        voice_settings.additional_properties = d
        return voice_settings

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
