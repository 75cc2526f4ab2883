from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiOverrideFlagsTts")


@_attrs_define
class ConvaiOverrideFlagsTts:
    """
    Attributes:
        model_id (bool | Unset):  Default: False.
        voice_id (bool | Unset):  Default: False.
        stability (bool | Unset):  Default: False.
        speed (bool | Unset):  Default: False.
        similarity_boost (bool | Unset):  Default: False.
        pronunciation_dictionary_locators (bool | Unset):  Default: False.
    """

    model_id: bool | Unset = False
    voice_id: bool | Unset = False
    stability: bool | Unset = False
    speed: bool | Unset = False
    similarity_boost: bool | Unset = False
    pronunciation_dictionary_locators: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        voice_id = self.voice_id

        stability = self.stability

        speed = self.speed

        similarity_boost = self.similarity_boost

        pronunciation_dictionary_locators = self.pronunciation_dictionary_locators

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if stability is not UNSET:
            field_dict["stability"] = stability
        if speed is not UNSET:
            field_dict["speed"] = speed
        if similarity_boost is not UNSET:
            field_dict["similarity_boost"] = similarity_boost
        if pronunciation_dictionary_locators is not UNSET:
            field_dict["pronunciation_dictionary_locators"] = pronunciation_dictionary_locators

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_id = d.pop("model_id", UNSET)

        voice_id = d.pop("voice_id", UNSET)

        stability = d.pop("stability", UNSET)

        speed = d.pop("speed", UNSET)

        similarity_boost = d.pop("similarity_boost", UNSET)

        pronunciation_dictionary_locators = d.pop("pronunciation_dictionary_locators", UNSET)

        convai_override_flags_tts = cls(
            model_id=model_id,
            voice_id=voice_id,
            stability=stability,
            speed=speed,
            similarity_boost=similarity_boost,
            pronunciation_dictionary_locators=pronunciation_dictionary_locators,
        )

        convai_override_flags_tts.additional_properties = d
        return convai_override_flags_tts

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
