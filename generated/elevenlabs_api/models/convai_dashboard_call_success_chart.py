from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiDashboardCallSuccessChart")


@_attrs_define
class ConvaiDashboardCallSuccessChart:
    """Chart of call success.

    Attributes:
        name (str):
        type_ (Literal['call_success'] | Unset):  Default: 'call_success'.
    """

    name: str
    type_: Literal["call_success"] | Unset = "call_success"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = cast(Literal["call_success"] | Unset, d.pop("type", UNSET))
        if type_ != "call_success" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'call_success', got '{type_}'")

        convai_dashboard_call_success_chart = cls(
            name=name,
            type_=type_,
        )

        convai_dashboard_call_success_chart.additional_properties = d
        return convai_dashboard_call_success_chart

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
