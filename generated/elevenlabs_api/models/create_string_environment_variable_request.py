from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_string_environment_variable_request_values import CreateStringEnvironmentVariableRequestValues


T = TypeVar("T", bound="CreateStringEnvironmentVariableRequest")


@_attrs_define
class CreateStringEnvironmentVariableRequest:
    """
    Attributes:
        type_ (Literal['string']):
        label (str):
        values (CreateStringEnvironmentVariableRequestValues):
    """

    type_: Literal["string"]
    label: str
    values: CreateStringEnvironmentVariableRequestValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        label = self.label

        values = self.values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "label": label,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["string"], d.pop("type"))
        if type_ != "string":
            raise ValueError(f"type must match const 'string', got '{type_}'")

        label = d.pop("label")

        values = CreateStringEnvironmentVariableRequestValues.from_dict(d.pop("values"))

        create_string_environment_variable_request = cls(
            type_=type_,
            label=label,
            values=values,
        )

        create_string_environment_variable_request.additional_properties = d
        return create_string_environment_variable_request

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
    global _nested_models_loaded, CreateStringEnvironmentVariableRequestValues
    from ..models.create_string_environment_variable_request_values import CreateStringEnvironmentVariableRequestValues  # noqa: F401

    _nested_models_loaded = True
