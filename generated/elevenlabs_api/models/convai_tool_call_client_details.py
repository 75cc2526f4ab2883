from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiToolCallClientDetails")


@_attrs_define
class ConvaiToolCallClientDetails:
    """
    Attributes:
        parameters (str):
        type_ (Literal['client'] | Unset):  Default: 'client'.
    """

    parameters: str
    type_: Literal["client"] | Unset = "client"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parameters = self.parameters

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parameters": parameters,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parameters = d.pop("parameters")

        type_ = cast(Literal["client"] | Unset, d.pop("type", UNSET))
        if type_ != "client" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'client', got '{type_}'")

        convai_tool_call_client_details = cls(
            parameters=parameters,
            type_=type_,
        )

        convai_tool_call_client_details.additional_properties = d
        return convai_tool_call_client_details

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
