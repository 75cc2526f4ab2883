from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DiscountResponseModel")


@_attrs_define
class DiscountResponseModel:
    """
    Attributes:
        discount_percent_off (float | None | Unset):
        discount_amount_off (float | None | Unset):
    """

    discount_percent_off: float | None | Unset = UNSET
    discount_amount_off: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_percent_off: float | None | Unset
        if isinstance(self.discount_percent_off, Unset):
            discount_percent_off = UNSET
        else:
            discount_percent_off = self.discount_percent_off

        discount_amount_off: float | None | Unset
        if isinstance(self.discount_amount_off, Unset):
            discount_amount_off = UNSET
        else:
            discount_amount_off = self.discount_amount_off

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount_percent_off is not UNSET:
            field_dict["discount_percent_off"] = discount_percent_off
        if discount_amount_off is not UNSET:
            field_dict["discount_amount_off"] = discount_amount_off

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_discount_percent_off(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discount_percent_off = _parse_discount_percent_off(d.pop("discount_percent_off", UNSET))

        def _parse_discount_amount_off(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discount_amount_off = _parse_discount_amount_off(d.pop("discount_amount_off", UNSET))

        discount_response_model = cls(
            discount_percent_off=discount_percent_off,
            discount_amount_off=discount_amount_off,
        )

        discount_response_model.additional_properties = d
        return discount_response_model

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
