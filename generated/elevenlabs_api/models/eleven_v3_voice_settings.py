from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ElevenV3VoiceSettings")


@_attrs_define
class ElevenV3VoiceSettings:
    """
    Attributes:
        stability (float | None | Unset):
    """

    stability: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        stability: float | None | Unset
        if isinstance(self.stability, Unset):
            stability = UNSET
        else:
            stability = self.stability

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if stability is not UNSET:
            field_dict["stability"] = stability

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

        eleven_v3_voice_settings = cls(
            stability=stability,
        )

        return eleven_v3_voice_settings
