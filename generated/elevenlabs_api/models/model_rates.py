from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelRates")


@_attrs_define
class ModelRates:
    """Pricing of a model.

    Attributes:
        character_cost_multiplier (float): Credits charged per character relative to the base price.
        cost_discount_multiplier (float | Unset):  Default: 1.0.
    """

    character_cost_multiplier: float
    cost_discount_multiplier: float | Unset = 1.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        character_cost_multiplier = self.character_cost_multiplier

        cost_discount_multiplier = self.cost_discount_multiplier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "character_cost_multiplier": character_cost_multiplier,
            }
        )
        if cost_discount_multiplier is not UNSET:
            field_dict["cost_discount_multiplier"] = cost_discount_multiplier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        character_cost_multiplier = d.pop("character_cost_multiplier")

        cost_discount_multiplier = d.pop("cost_discount_multiplier", UNSET)

        model_rates = cls(
            character_cost_multiplier=character_cost_multiplier,
            cost_discount_multiplier=cost_discount_multiplier,
        )

        model_rates.additional_properties = d
        return model_rates

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
