from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_llm_category_usage import ConvaiLlmCategoryUsage


T = TypeVar("T", bound="ConvaiConversationCharging")


@_attrs_define
class ConvaiConversationCharging:
    """How the conversation was charged.

    Attributes:
        dev_discount (bool | Unset):  Default: False.
        is_burst (bool | Unset):  Default: False.
        tier (None | str | Unset):
        llm_usage (ConvaiLlmCategoryUsage | Unset):
        llm_price (float | None | Unset):
        llm_charge (int | None | Unset):
        call_charge (int | None | Unset):
    """

    dev_discount: bool | Unset = False
    is_burst: bool | Unset = False
    tier: None | str | Unset = UNSET
    llm_usage: ConvaiLlmCategoryUsage | Unset = UNSET
    llm_price: float | None | Unset = UNSET
    llm_charge: int | None | Unset = UNSET
    call_charge: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        dev_discount = self.dev_discount

        is_burst = self.is_burst

        tier: None | str | Unset
        if isinstance(self.tier, Unset):
            tier = UNSET
        else:
            tier = self.tier

        llm_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.llm_usage, Unset):
            llm_usage = self.llm_usage.to_dict()

        llm_price: float | None | Unset
        if isinstance(self.llm_price, Unset):
            llm_price = UNSET
        else:
            llm_price = self.llm_price

        llm_charge: int | None | Unset
        if isinstance(self.llm_charge, Unset):
            llm_charge = UNSET
        else:
            llm_charge = self.llm_charge

        call_charge: int | None | Unset
        if isinstance(self.call_charge, Unset):
            call_charge = UNSET
        else:
            call_charge = self.call_charge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dev_discount is not UNSET:
            field_dict["dev_discount"] = dev_discount
        if is_burst is not UNSET:
            field_dict["is_burst"] = is_burst
        if tier is not UNSET:
            field_dict["tier"] = tier
        if llm_usage is not UNSET:
            field_dict["llm_usage"] = llm_usage
        if llm_price is not UNSET:
            field_dict["llm_price"] = llm_price
        if llm_charge is not UNSET:
            field_dict["llm_charge"] = llm_charge
        if call_charge is not UNSET:
            field_dict["call_charge"] = call_charge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        dev_discount = d.pop("dev_discount", UNSET)

        is_burst = d.pop("is_burst", UNSET)

        def _parse_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tier = _parse_tier(d.pop("tier", UNSET))

        _llm_usage = d.pop("llm_usage", UNSET)
        llm_usage: ConvaiLlmCategoryUsage | Unset
        if isinstance(_llm_usage, Unset):
            llm_usage = UNSET
        else:
            llm_usage = ConvaiLlmCategoryUsage.from_dict(_llm_usage)

        def _parse_llm_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        llm_price = _parse_llm_price(d.pop("llm_price", UNSET))

        def _parse_llm_charge(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        llm_charge = _parse_llm_charge(d.pop("llm_charge", UNSET))

        def _parse_call_charge(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        call_charge = _parse_call_charge(d.pop("call_charge", UNSET))

        convai_conversation_charging = cls(
            dev_discount=dev_discount,
            is_burst=is_burst,
            tier=tier,
            llm_usage=llm_usage,
            llm_price=llm_price,
            llm_charge=llm_charge,
            call_charge=call_charge,
        )

        convai_conversation_charging.additional_properties = d
        return convai_conversation_charging

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
    global _nested_models_loaded, ConvaiLlmCategoryUsage
    from ..models.convai_llm_category_usage import ConvaiLlmCategoryUsage  # noqa: F401

    _nested_models_loaded = True
