from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_dynamic_variables_config_dynamic_variable_placeholders import (
        ConvaiDynamicVariablesConfigDynamicVariablePlaceholders,
    )


T = TypeVar("T", bound="ConvaiDynamicVariablesConfig")


@_attrs_define
class ConvaiDynamicVariablesConfig:
    """Placeholder values of dynamic variables.

    Attributes:
        dynamic_variable_placeholders (ConvaiDynamicVariablesConfigDynamicVariablePlaceholders | Unset):
    """

    dynamic_variable_placeholders: ConvaiDynamicVariablesConfigDynamicVariablePlaceholders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        dynamic_variable_placeholders: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_variable_placeholders, Unset):
            dynamic_variable_placeholders = self.dynamic_variable_placeholders.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dynamic_variable_placeholders is not UNSET:
            field_dict["dynamic_variable_placeholders"] = dynamic_variable_placeholders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _dynamic_variable_placeholders = d.pop("dynamic_variable_placeholders", UNSET)
        dynamic_variable_placeholders: ConvaiDynamicVariablesConfigDynamicVariablePlaceholders | Unset
        if isinstance(_dynamic_variable_placeholders, Unset):
            dynamic_variable_placeholders = UNSET
        else:
            dynamic_variable_placeholders = ConvaiDynamicVariablesConfigDynamicVariablePlaceholders.from_dict(
                _dynamic_variable_placeholders
            )

        convai_dynamic_variables_config = cls(
            dynamic_variable_placeholders=dynamic_variable_placeholders,
        )

        convai_dynamic_variables_config.additional_properties = d
        return convai_dynamic_variables_config

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
    global _nested_models_loaded, ConvaiDynamicVariablesConfigDynamicVariablePlaceholders
    from ..models.convai_dynamic_variables_config_dynamic_variable_placeholders import (
        ConvaiDynamicVariablesConfigDynamicVariablePlaceholders,  # noqa: F401
    )

    _nested_models_loaded = True
