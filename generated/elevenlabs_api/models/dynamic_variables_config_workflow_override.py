from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dynamic_variables_config_workflow_override_dynamic_variable_placeholders_type_0 import (
        DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0,
    )


T = TypeVar("T", bound="DynamicVariablesConfigWorkflowOverride")


@_attrs_define
class DynamicVariablesConfigWorkflowOverride:
    """
    Attributes:
        dynamic_variable_placeholders (DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0 | None |
            Unset):
    """

    dynamic_variable_placeholders: (
        DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0 | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        dynamic_variable_placeholders: dict[str, Any] | None | Unset
        if isinstance(self.dynamic_variable_placeholders, Unset):
            dynamic_variable_placeholders = UNSET
        elif isinstance(
            self.dynamic_variable_placeholders, DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0
        ):
            dynamic_variable_placeholders = self.dynamic_variable_placeholders.to_dict()
        else:
            dynamic_variable_placeholders = self.dynamic_variable_placeholders

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

        def _parse_dynamic_variable_placeholders(
            data: object,
        ) -> DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dynamic_variable_placeholders_type_0 = (
                    DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0.from_dict(data)
                )

                return dynamic_variable_placeholders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0 | None | Unset, data)

        dynamic_variable_placeholders = _parse_dynamic_variable_placeholders(
            d.pop("dynamic_variable_placeholders", UNSET)
        )

        dynamic_variables_config_workflow_override = cls(
            dynamic_variable_placeholders=dynamic_variable_placeholders,
        )

        dynamic_variables_config_workflow_override.additional_properties = d
        return dynamic_variables_config_workflow_override

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
    global _nested_models_loaded, DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0
    from ..models.dynamic_variables_config_workflow_override_dynamic_variable_placeholders_type_0 import (
        DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0,  # noqa: F401
    )

    _nested_models_loaded = True
