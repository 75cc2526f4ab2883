from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContextualUpdateInfo")


@_attrs_define
class ContextualUpdateInfo:
    """
    Attributes:
        context_id (str):
        is_superseded (bool | Unset):  Default: False.
    """

    context_id: str
    is_superseded: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context_id = self.context_id

        is_superseded = self.is_superseded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "context_id": context_id,
            }
        )
        if is_superseded is not UNSET:
            field_dict["is_superseded"] = is_superseded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        context_id = d.pop("context_id")

        is_superseded = d.pop("is_superseded", UNSET)

        contextual_update_info = cls(
            context_id=context_id,
            is_superseded=is_superseded,
        )

        contextual_update_info.additional_properties = d
        return contextual_update_info

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
