from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.constant_schema_override import ConstantSchemaOverride
    from ..models.dynamic_variable_schema_override import DynamicVariableSchemaOverride
    from ..models.llm_schema_override import LLMSchemaOverride
    from ..models.omit_schema_override import OmitSchemaOverride


T = TypeVar("T", bound="ApiIntegrationWebhookOverridesSchemaOverridesType0")


@_attrs_define
class ApiIntegrationWebhookOverridesSchemaOverridesType0:
    additional_properties: dict[
        str, ConstantSchemaOverride | DynamicVariableSchemaOverride | LLMSchemaOverride | OmitSchemaOverride
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, ConstantSchemaOverride):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DynamicVariableSchemaOverride):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, LLMSchemaOverride):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        api_integration_webhook_overrides_schema_overrides_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> ConstantSchemaOverride | DynamicVariableSchemaOverride | LLMSchemaOverride | OmitSchemaOverride:
                if isinstance(data, dict):
                    if data.get("source") == "constant":
                        additional_property_type_0 = ConstantSchemaOverride.from_dict(data)

                        return additional_property_type_0
                    if data.get("source") == "dynamic_variable":
                        additional_property_type_1 = DynamicVariableSchemaOverride.from_dict(data)

                        return additional_property_type_1
                    if data.get("source") == "llm":
                        additional_property_type_2 = LLMSchemaOverride.from_dict(data)

                        return additional_property_type_2
                    if data.get("source") == "omit":
                        additional_property_type_3 = OmitSchemaOverride.from_dict(data)

                        return additional_property_type_3

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_0 = ConstantSchemaOverride.from_dict(data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = DynamicVariableSchemaOverride.from_dict(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_2 = LLMSchemaOverride.from_dict(data)

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                additional_property_type_3 = OmitSchemaOverride.from_dict(data)

                return additional_property_type_3

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        api_integration_webhook_overrides_schema_overrides_type_0.additional_properties = additional_properties
        return api_integration_webhook_overrides_schema_overrides_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> ConstantSchemaOverride | DynamicVariableSchemaOverride | LLMSchemaOverride | OmitSchemaOverride:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: ConstantSchemaOverride | DynamicVariableSchemaOverride | LLMSchemaOverride | OmitSchemaOverride,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_nested_models_loaded = False


def _load_nested_models() -> None:
    global \
        _nested_models_loaded, \
        ConstantSchemaOverride, \
        DynamicVariableSchemaOverride, \
        LLMSchemaOverride, \
        OmitSchemaOverride
    from ..models.constant_schema_override import ConstantSchemaOverride  # noqa: F401
    from ..models.dynamic_variable_schema_override import DynamicVariableSchemaOverride  # noqa: F401
    from ..models.llm_schema_override import LLMSchemaOverride  # noqa: F401
    from ..models.omit_schema_override import OmitSchemaOverride  # noqa: F401

    _nested_models_loaded = True
