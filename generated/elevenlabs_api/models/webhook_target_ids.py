from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookTargetIds")


@_attrs_define
class WebhookTargetIds:
    """
    Attributes:
        ids (list[str]):
        type_ (Literal['ids'] | Unset):  Default: 'ids'.
    """

    ids: list[str]
    type_: Literal["ids"] | Unset = "ids"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ids": ids,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids"))

        type_ = cast(Literal["ids"] | Unset, d.pop("type", UNSET))
        if type_ != "ids" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'ids', got '{type_}'")

        webhook_target_ids = cls(
            ids=ids,
            type_=type_,
        )

        webhook_target_ids.additional_properties = d
        return webhook_target_ids

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
