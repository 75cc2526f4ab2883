from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conv_ai_dynamic_variable import ConvAIDynamicVariable


T = TypeVar("T", bound="ApiIntegrationWebhookOverridesRequestHeadersType0")


@_attrs_define
class ApiIntegrationWebhookOverridesRequestHeadersType0:
    additional_properties: dict[str, ConvAIDynamicVariable | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, ConvAIDynamicVariable):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        api_integration_webhook_overrides_request_headers_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> ConvAIDynamicVariable | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = ConvAIDynamicVariable.from_dict(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ConvAIDynamicVariable | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        api_integration_webhook_overrides_request_headers_type_0.additional_properties = additional_properties
        return api_integration_webhook_overrides_request_headers_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ConvAIDynamicVariable | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ConvAIDynamicVariable | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, ConvAIDynamicVariable
    from ..models.conv_ai_dynamic_variable import ConvAIDynamicVariable  # noqa: F401

    _nested_models_loaded = True
