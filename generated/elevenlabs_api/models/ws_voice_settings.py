from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsVoiceSettings")


@_attrs_define
class WsVoiceSettings:
    """How the voice sounds for this stream or context; fixed once sent.

    Attributes:
        stability (float | Unset): Lower is more expressive and varied, higher is steadier (service default 0.5).
        similarity_boost (float | Unset): How closely to follow the original voice (service default 0.75).
        style (float | Unset): Exaggerates the speaker's style; 0 (the default) is the cheapest and fastest.
        use_speaker_boost (bool | Unset): Push similarity to the original speaker further (default true).
        speed (float | Unset): Speaking rate; 1.0 is normal, the service accepts 0.7 to 1.2.
    """

    stability: float | Unset = UNSET
    similarity_boost: float | Unset = UNSET
    style: float | Unset = UNSET
    use_speaker_boost: bool | Unset = UNSET
    speed: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        stability = self.stability

        similarity_boost = self.similarity_boost

        style = self.style

        use_speaker_boost = self.use_speaker_boost

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
        stability = d.pop("stability", UNSET)

        similarity_boost = d.pop("similarity_boost", UNSET)

        style = d.pop("style", UNSET)

        use_speaker_boost = d.pop("use_speaker_boost", UNSET)

        speed = d.pop("speed", UNSET)

        ws_voice_settings = cls(
            stability=stability,
            similarity_boost=similarity_boost,
            style=style,
            use_speaker_boost=use_speaker_boost,
            speed=speed,
        )

        return ws_voice_settings
