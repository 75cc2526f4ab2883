from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiWidgetOrbAvatar")


@_attrs_define
class ConvaiWidgetOrbAvatar:
    """An animated orb in two colours.

    Attributes:
        type_ (Literal['orb'] | Unset):  Default: 'orb'.
        color_1 (str | Unset):  Default: '#2792dc'.
        color_2 (str | Unset):  Default: '#9ce6e6'.
    """

    type_: Literal["orb"] | Unset = "orb"
    color_1: str | Unset = "#2792dc"
    color_2: str | Unset = "#9ce6e6"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        color_1 = self.color_1

        color_2 = self.color_2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if color_1 is not UNSET:
            field_dict["color_1"] = color_1
        if color_2 is not UNSET:
            field_dict["color_2"] = color_2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["orb"] | Unset, d.pop("type", UNSET))
        if type_ != "orb" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'orb', got '{type_}'")

        color_1 = d.pop("color_1", UNSET)

        color_2 = d.pop("color_2", UNSET)

        convai_widget_orb_avatar = cls(
            type_=type_,
            color_1=color_1,
            color_2=color_2,
        )

        convai_widget_orb_avatar.additional_properties = d
        return convai_widget_orb_avatar

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
