from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiDependentUnknownTool")


@_attrs_define
class ConvaiDependentUnknownTool:
    """A dependent tool you are not allowed to see.

    Attributes:
        id (str):
        type_ (Literal['unknown'] | Unset):  Default: 'unknown'.
    """

    id: str
    type_: Literal["unknown"] | Unset = "unknown"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["unknown"] | Unset, d.pop("type", UNSET))
        if type_ != "unknown" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'unknown', got '{type_}'")

        convai_dependent_unknown_tool = cls(
            id=id,
            type_=type_,
        )

        convai_dependent_unknown_tool.additional_properties = d
        return convai_dependent_unknown_tool

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
