from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.environment_variable_auth_connection_value_request import (
        EnvironmentVariableAuthConnectionValueRequest,
    )
    from ..models.environment_variable_secret_value_request import EnvironmentVariableSecretValueRequest


T = TypeVar("T", bound="UpdateEnvironmentVariableRequestValues")


@_attrs_define
class UpdateEnvironmentVariableRequestValues:
    additional_properties: dict[
        str, EnvironmentVariableAuthConnectionValueRequest | EnvironmentVariableSecretValueRequest | None | str
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, EnvironmentVariableSecretValueRequest):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, EnvironmentVariableAuthConnectionValueRequest):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        update_environment_variable_request_values = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> EnvironmentVariableAuthConnectionValueRequest | EnvironmentVariableSecretValueRequest | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = EnvironmentVariableSecretValueRequest.from_dict(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_2 = EnvironmentVariableAuthConnectionValueRequest.from_dict(data)

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    EnvironmentVariableAuthConnectionValueRequest | EnvironmentVariableSecretValueRequest | None | str,
                    data,
                )

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        update_environment_variable_request_values.additional_properties = additional_properties
        return update_environment_variable_request_values

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> EnvironmentVariableAuthConnectionValueRequest | EnvironmentVariableSecretValueRequest | None | str:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: EnvironmentVariableAuthConnectionValueRequest | EnvironmentVariableSecretValueRequest | None | str,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, EnvironmentVariableAuthConnectionValueRequest, EnvironmentVariableSecretValueRequest
    from ..models.environment_variable_auth_connection_value_request import (
        EnvironmentVariableAuthConnectionValueRequest,  # noqa: F401
    )
    from ..models.environment_variable_secret_value_request import EnvironmentVariableSecretValueRequest  # noqa: F401

    _nested_models_loaded = True
