from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.update_environment_variable_request_values import UpdateEnvironmentVariableRequestValues


T = TypeVar("T", bound="UpdateEnvironmentVariableRequest")


@_attrs_define
class UpdateEnvironmentVariableRequest:
    """
    Attributes:
        values (UpdateEnvironmentVariableRequestValues):
    """

    values: UpdateEnvironmentVariableRequestValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        values = self.values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        values = UpdateEnvironmentVariableRequestValues.from_dict(d.pop("values"))

        update_environment_variable_request = cls(
            values=values,
        )

        update_environment_variable_request.additional_properties = d
        return update_environment_variable_request

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
    global _nested_models_loaded, UpdateEnvironmentVariableRequestValues
    from ..models.update_environment_variable_request_values import UpdateEnvironmentVariableRequestValues  # noqa: F401

    _nested_models_loaded = True
