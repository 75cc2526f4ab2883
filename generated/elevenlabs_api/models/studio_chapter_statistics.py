from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voice_statistics_response_model import VoiceStatisticsResponseModel


T = TypeVar("T", bound="StudioChapterStatistics")


@_attrs_define
class StudioChapterStatistics:
    """How much of a chapter is converted.

    Attributes:
        characters_unconverted (int):
        characters_converted (int):
        paragraphs_converted (int):
        paragraphs_unconverted (int):
        credits_needed_to_convert (int | None | Unset):
        voice_statistics (list[VoiceStatisticsResponseModel] | None | Unset):
    """

    characters_unconverted: int
    characters_converted: int
    paragraphs_converted: int
    paragraphs_unconverted: int
    credits_needed_to_convert: int | None | Unset = UNSET
    voice_statistics: list[VoiceStatisticsResponseModel] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        characters_unconverted = self.characters_unconverted

        characters_converted = self.characters_converted

        paragraphs_converted = self.paragraphs_converted

        paragraphs_unconverted = self.paragraphs_unconverted

        credits_needed_to_convert: int | None | Unset
        if isinstance(self.credits_needed_to_convert, Unset):
            credits_needed_to_convert = UNSET
        else:
            credits_needed_to_convert = self.credits_needed_to_convert

        voice_statistics: list[dict[str, Any]] | None | Unset
        if isinstance(self.voice_statistics, Unset):
            voice_statistics = UNSET
        elif isinstance(self.voice_statistics, list):
            voice_statistics = []
            for voice_statistics_type_0_item_data in self.voice_statistics:
                voice_statistics_type_0_item = voice_statistics_type_0_item_data.to_dict()
                voice_statistics.append(voice_statistics_type_0_item)

        else:
            voice_statistics = self.voice_statistics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "characters_unconverted": characters_unconverted,
                "characters_converted": characters_converted,
                "paragraphs_converted": paragraphs_converted,
                "paragraphs_unconverted": paragraphs_unconverted,
            }
        )
        if credits_needed_to_convert is not UNSET:
            field_dict["credits_needed_to_convert"] = credits_needed_to_convert
        if voice_statistics is not UNSET:
            field_dict["voice_statistics"] = voice_statistics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        characters_unconverted = d.pop("characters_unconverted")

        characters_converted = d.pop("characters_converted")

        paragraphs_converted = d.pop("paragraphs_converted")

        paragraphs_unconverted = d.pop("paragraphs_unconverted")

        def _parse_credits_needed_to_convert(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        credits_needed_to_convert = _parse_credits_needed_to_convert(d.pop("credits_needed_to_convert", UNSET))

        def _parse_voice_statistics(data: object) -> list[VoiceStatisticsResponseModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                voice_statistics_type_0 = []
                _voice_statistics_type_0 = data
                for voice_statistics_type_0_item_data in _voice_statistics_type_0:
                    voice_statistics_type_0_item = VoiceStatisticsResponseModel.from_dict(
                        voice_statistics_type_0_item_data
                    )

                    voice_statistics_type_0.append(voice_statistics_type_0_item)

                return voice_statistics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VoiceStatisticsResponseModel] | None | Unset, data)

        voice_statistics = _parse_voice_statistics(d.pop("voice_statistics", UNSET))

        studio_chapter_statistics = cls(
            characters_unconverted=characters_unconverted,
            characters_converted=characters_converted,
            paragraphs_converted=paragraphs_converted,
            paragraphs_unconverted=paragraphs_unconverted,
            credits_needed_to_convert=credits_needed_to_convert,
            voice_statistics=voice_statistics,
        )

        studio_chapter_statistics.additional_properties = d
        return studio_chapter_statistics

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


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, VoiceStatisticsResponseModel
    from ..models.voice_statistics_response_model import VoiceStatisticsResponseModel  # noqa: F401

    _nested_models_loaded = True
