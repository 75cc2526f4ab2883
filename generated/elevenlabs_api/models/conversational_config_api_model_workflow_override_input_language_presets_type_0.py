from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convai_language_preset_input import ConvaiLanguagePresetInput


T = TypeVar("T", bound="ConversationalConfigAPIModelWorkflowOverrideInputLanguagePresetsType0")


@_attrs_define
class ConversationalConfigAPIModelWorkflowOverrideInputLanguagePresetsType0:
    additional_properties: dict[str, ConvaiLanguagePresetInput] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        conversational_config_api_model_workflow_override_input_language_presets_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ConvaiLanguagePresetInput.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        conversational_config_api_model_workflow_override_input_language_presets_type_0.additional_properties = (
            additional_properties
        )
        return conversational_config_api_model_workflow_override_input_language_presets_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ConvaiLanguagePresetInput:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ConvaiLanguagePresetInput) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, ConvaiLanguagePresetInput
    from ..models.convai_language_preset_input import ConvaiLanguagePresetInput  # noqa: F401

    _nested_models_loaded = True
