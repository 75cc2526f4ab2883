from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceStatisticsResponseModel")


@_attrs_define
class VoiceStatisticsResponseModel:
    """
    Attributes:
        project_voice_ref_id (str):
        characters_unconverted (int):
        characters_converted (int):
        voice_id (str):
        credits_needed_to_convert (int | None | Unset):
    """

    project_voice_ref_id: str
    characters_unconverted: int
    characters_converted: int
    voice_id: str
    credits_needed_to_convert: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_voice_ref_id = self.project_voice_ref_id

        characters_unconverted = self.characters_unconverted

        characters_converted = self.characters_converted

        voice_id = self.voice_id

        credits_needed_to_convert: int | None | Unset
        if isinstance(self.credits_needed_to_convert, Unset):
            credits_needed_to_convert = UNSET
        else:
            credits_needed_to_convert = self.credits_needed_to_convert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_voice_ref_id": project_voice_ref_id,
                "characters_unconverted": characters_unconverted,
                "characters_converted": characters_converted,
                "voice_id": voice_id,
            }
        )
        if credits_needed_to_convert is not UNSET:
            field_dict["credits_needed_to_convert"] = credits_needed_to_convert

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_voice_ref_id = d.pop("project_voice_ref_id")

        characters_unconverted = d.pop("characters_unconverted")

        characters_converted = d.pop("characters_converted")

        voice_id = d.pop("voice_id")

        def _parse_credits_needed_to_convert(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        credits_needed_to_convert = _parse_credits_needed_to_convert(d.pop("credits_needed_to_convert", UNSET))

        voice_statistics_response_model = cls(
            project_voice_ref_id=project_voice_ref_id,
            characters_unconverted=characters_unconverted,
            characters_converted=characters_converted,
            voice_id=voice_id,
            credits_needed_to_convert=credits_needed_to_convert,
        )

        voice_statistics_response_model.additional_properties = d
        return voice_statistics_response_model

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
