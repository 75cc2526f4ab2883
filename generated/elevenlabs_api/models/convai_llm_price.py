from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_llm import ConvaiLlm, check_convai_llm

T = TypeVar("T", bound="ConvaiLlmPrice")


@_attrs_define
class ConvaiLlmPrice:
    """
    Attributes:
        llm (ConvaiLlm): A language model an agent can use.
        price_per_minute (float):
    """

    llm: ConvaiLlm
    price_per_minute: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        llm: str = self.llm

        price_per_minute = self.price_per_minute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "llm": llm,
                "price_per_minute": price_per_minute,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        llm = check_convai_llm(d.pop("llm"))

        price_per_minute = d.pop("price_per_minute")

        convai_llm_price = cls(
            llm=llm,
            price_per_minute=price_per_minute,
        )

        convai_llm_price.additional_properties = d
        return convai_llm_price

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
