from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformCategoryUsage")


@_attrs_define
class PlatformCategoryUsage:
    """
    Attributes:
        credits_ (int | Unset):  Default: 0.
        price (float | Unset):  Default: 0.0.
        quantity (float | Unset):  Default: 0.0.
    """

    credits_: int | Unset = 0
    price: float | Unset = 0.0
    quantity: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credits_ = self.credits_

        price = self.price

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credits_ = d.pop("credits", UNSET)

        price = d.pop("price", UNSET)

        quantity = d.pop("quantity", UNSET)

        platform_category_usage = cls(
            credits_=credits_,
            price=price,
            quantity=quantity,
        )

        platform_category_usage.additional_properties = d
        return platform_category_usage

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
