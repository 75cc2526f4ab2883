from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.voice_generation_option import VoiceGenerationOption


T = TypeVar("T", bound="VoiceGenerationParameters")


@_attrs_define
class VoiceGenerationParameters:
    """What the random voice generator accepts.

    Attributes:
        genders (list[VoiceGenerationOption]):
        accents (list[VoiceGenerationOption]):
        ages (list[VoiceGenerationOption]):
        minimum_characters (int):
        maximum_characters (int):
        minimum_accent_strength (float):
        maximum_accent_strength (float):
    """

    genders: list[VoiceGenerationOption]
    accents: list[VoiceGenerationOption]
    ages: list[VoiceGenerationOption]
    minimum_characters: int
    maximum_characters: int
    minimum_accent_strength: float
    maximum_accent_strength: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        genders = []
        for genders_item_data in self.genders:
            genders_item = genders_item_data.to_dict()
            genders.append(genders_item)

        accents = []
        for accents_item_data in self.accents:
            accents_item = accents_item_data.to_dict()
            accents.append(accents_item)

        ages = []
        for ages_item_data in self.ages:
            ages_item = ages_item_data.to_dict()
            ages.append(ages_item)

        minimum_characters = self.minimum_characters

        maximum_characters = self.maximum_characters

        minimum_accent_strength = self.minimum_accent_strength

        maximum_accent_strength = self.maximum_accent_strength

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "genders": genders,
                "accents": accents,
                "ages": ages,
                "minimum_characters": minimum_characters,
                "maximum_characters": maximum_characters,
                "minimum_accent_strength": minimum_accent_strength,
                "maximum_accent_strength": maximum_accent_strength,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        genders = []
        _genders = d.pop("genders")
        for genders_item_data in _genders:
            genders_item = VoiceGenerationOption.from_dict(genders_item_data)

            genders.append(genders_item)

        accents = []
        _accents = d.pop("accents")
        for accents_item_data in _accents:
            accents_item = VoiceGenerationOption.from_dict(accents_item_data)

            accents.append(accents_item)

        ages = []
        _ages = d.pop("ages")
        for ages_item_data in _ages:
            ages_item = VoiceGenerationOption.from_dict(ages_item_data)

            ages.append(ages_item)

        minimum_characters = d.pop("minimum_characters")

        maximum_characters = d.pop("maximum_characters")

        minimum_accent_strength = d.pop("minimum_accent_strength")

        maximum_accent_strength = d.pop("maximum_accent_strength")

        voice_generation_parameters = cls(
            genders=genders,
            accents=accents,
            ages=ages,
            minimum_characters=minimum_characters,
            maximum_characters=maximum_characters,
            minimum_accent_strength=minimum_accent_strength,
            maximum_accent_strength=maximum_accent_strength,
        )

        voice_generation_parameters.additional_properties = d
        return voice_generation_parameters

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
    global _nested_models_loaded, VoiceGenerationOption
    from ..models.voice_generation_option import VoiceGenerationOption  # noqa: F401

    _nested_models_loaded = True
