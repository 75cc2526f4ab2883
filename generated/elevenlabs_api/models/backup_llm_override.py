from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_llm import ConvaiLlm, check_convai_llm
from ..types import UNSET, Unset

T = TypeVar("T", bound="BackupLLMOverride")


@_attrs_define
class BackupLLMOverride:
    """
    Attributes:
        order (list[ConvaiLlm]):
        preference (Literal['override'] | Unset):  Default: 'override'.
    """

    order: list[ConvaiLlm]
    preference: Literal["override"] | Unset = "override"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order = []
        for order_item_data in self.order:
            order_item: str = order_item_data
            order.append(order_item)

        preference = self.preference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order": order,
            }
        )
        if preference is not UNSET:
            field_dict["preference"] = preference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order = []
        _order = d.pop("order")
        for order_item_data in _order:
            order_item = check_convai_llm(order_item_data)

            order.append(order_item)

        preference = cast(Literal["override"] | Unset, d.pop("preference", UNSET))
        if preference != "override" and not isinstance(preference, Unset):
            raise ValueError(f"preference must match const 'override', got '{preference}'")

        backup_llm_override = cls(
            order=order,
            preference=preference,
        )

        backup_llm_override.additional_properties = d
        return backup_llm_override

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
