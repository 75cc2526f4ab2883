from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convai_llm_price import ConvaiLlmPrice


T = TypeVar("T", bound="ConvaiLlmUsage")


@_attrs_define
class ConvaiLlmUsage:
    """Expected LLM price per minute for each model.

    Attributes:
        llm_prices (list[ConvaiLlmPrice]):
    """

    llm_prices: list[ConvaiLlmPrice]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        llm_prices = []
        for llm_prices_item_data in self.llm_prices:
            llm_prices_item = llm_prices_item_data.to_dict()
            llm_prices.append(llm_prices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "llm_prices": llm_prices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        llm_prices = []
        _llm_prices = d.pop("llm_prices")
        for llm_prices_item_data in _llm_prices:
            llm_prices_item = ConvaiLlmPrice.from_dict(llm_prices_item_data)

            llm_prices.append(llm_prices_item)

        convai_llm_usage = cls(
            llm_prices=llm_prices,
        )

        convai_llm_usage.additional_properties = d
        return convai_llm_usage

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
    global _nested_models_loaded, ConvaiLlmPrice
    from ..models.convai_llm_price import ConvaiLlmPrice  # noqa: F401

    _nested_models_loaded = True
