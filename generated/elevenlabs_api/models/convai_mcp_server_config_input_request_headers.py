from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conv_ai_dynamic_variable import ConvAIDynamicVariable
    from ..models.conv_ai_env_var_locator import ConvAIEnvVarLocator
    from ..models.convai_secret_locator import ConvaiSecretLocator


T = TypeVar("T", bound="ConvaiMcpServerConfigInputRequestHeaders")


@_attrs_define
class ConvaiMcpServerConfigInputRequestHeaders:
    additional_properties: dict[str, ConvAIDynamicVariable | ConvAIEnvVarLocator | ConvaiSecretLocator | str] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, ConvaiSecretLocator):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ConvAIDynamicVariable):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ConvAIEnvVarLocator):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        convai_mcp_server_config_input_request_headers = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> ConvAIDynamicVariable | ConvAIEnvVarLocator | ConvaiSecretLocator | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = ConvaiSecretLocator.from_dict(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_2 = ConvAIDynamicVariable.from_dict(data)

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_3 = ConvAIEnvVarLocator.from_dict(data)

                    return additional_property_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ConvAIDynamicVariable | ConvAIEnvVarLocator | ConvaiSecretLocator | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        convai_mcp_server_config_input_request_headers.additional_properties = additional_properties
        return convai_mcp_server_config_input_request_headers

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ConvAIDynamicVariable | ConvAIEnvVarLocator | ConvaiSecretLocator | str:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: ConvAIDynamicVariable | ConvAIEnvVarLocator | ConvaiSecretLocator | str
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, ConvAIDynamicVariable, ConvAIEnvVarLocator, ConvaiSecretLocator
    from ..models.conv_ai_dynamic_variable import ConvAIDynamicVariable  # noqa: F401
    from ..models.conv_ai_env_var_locator import ConvAIEnvVarLocator  # noqa: F401
    from ..models.convai_secret_locator import ConvaiSecretLocator  # noqa: F401

    _nested_models_loaded = True
