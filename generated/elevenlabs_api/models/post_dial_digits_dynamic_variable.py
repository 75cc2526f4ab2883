from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostDialDigitsDynamicVariable")


@_attrs_define
class PostDialDigitsDynamicVariable:
    """
    Attributes:
        value (str):
        type_ (Literal['dynamic'] | Unset):  Default: 'dynamic'.
    """

    value: str
    type_: Literal["dynamic"] | Unset = "dynamic"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        type_ = cast(Literal["dynamic"] | Unset, d.pop("type", UNSET))
        if type_ != "dynamic" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'dynamic', got '{type_}'")

        post_dial_digits_dynamic_variable = cls(
            value=value,
            type_=type_,
        )

        post_dial_digits_dynamic_variable.additional_properties = d
        return post_dial_digits_dynamic_variable

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
