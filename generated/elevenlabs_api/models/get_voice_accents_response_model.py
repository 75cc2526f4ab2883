from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.voice_accent_response_model import VoiceAccentResponseModel


T = TypeVar("T", bound="GetVoiceAccentsResponseModel")


@_attrs_define
class GetVoiceAccentsResponseModel:
    """
    Attributes:
        accents (list[VoiceAccentResponseModel]):
    """

    accents: list[VoiceAccentResponseModel]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        accents = []
        for accents_item_data in self.accents:
            accents_item = accents_item_data.to_dict()
            accents.append(accents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accents": accents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        accents = []
        _accents = d.pop("accents")
        for accents_item_data in _accents:
            accents_item = VoiceAccentResponseModel.from_dict(accents_item_data)

            accents.append(accents_item)

        get_voice_accents_response_model = cls(
            accents=accents,
        )

        get_voice_accents_response_model.additional_properties = d
        return get_voice_accents_response_model

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
    global _nested_models_loaded, VoiceAccentResponseModel
    from ..models.voice_accent_response_model import VoiceAccentResponseModel  # noqa: F401

    _nested_models_loaded = True
