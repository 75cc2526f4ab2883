from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.referenced_tool_common_model_type import (
    ReferencedToolCommonModelType,
    check_referenced_tool_common_model_type,
)

T = TypeVar("T", bound="ReferencedToolCommonModel")


@_attrs_define
class ReferencedToolCommonModel:
    """
    Attributes:
        id (str):
        type_ (ReferencedToolCommonModelType):
    """

    id: str
    type_: ReferencedToolCommonModelType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = check_referenced_tool_common_model_type(d.pop("type"))

        referenced_tool_common_model = cls(
            id=id,
            type_=type_,
        )

        referenced_tool_common_model.additional_properties = d
        return referenced_tool_common_model

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
