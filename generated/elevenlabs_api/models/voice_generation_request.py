from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_generation_request_age import VoiceGenerationRequestAge, check_voice_generation_request_age
from ..models.voice_generation_request_gender import VoiceGenerationRequestGender, check_voice_generation_request_gender

T = TypeVar("T", bound="VoiceGenerationRequest")


@_attrs_define
class VoiceGenerationRequest:
    """Traits of the random voice and the text it reads.

    Attributes:
        gender (VoiceGenerationRequestGender):
        accent (str): An accent code from the parameters call, e.g. `british`.
        age (VoiceGenerationRequestAge):
        accent_strength (float): How strong the accent is, within the range the parameters call gives.
        text (str): Text the voice reads, 100 to 1000 characters.
    """

    gender: VoiceGenerationRequestGender
    accent: str
    age: VoiceGenerationRequestAge
    accent_strength: float
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gender: str = self.gender

        accent = self.accent

        age: str = self.age

        accent_strength = self.accent_strength

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gender": gender,
                "accent": accent,
                "age": age,
                "accent_strength": accent_strength,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gender = check_voice_generation_request_gender(d.pop("gender"))

        accent = d.pop("accent")

        age = check_voice_generation_request_age(d.pop("age"))

        accent_strength = d.pop("accent_strength")

        text = d.pop("text")

        voice_generation_request = cls(
            gender=gender,
            accent=accent,
            age=age,
            accent_strength=accent_strength,
            text=text,
        )

        voice_generation_request.additional_properties = d
        return voice_generation_request

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
