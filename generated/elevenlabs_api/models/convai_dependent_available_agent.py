from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_access_level import ConvaiAccessLevel, check_convai_access_level
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiDependentAvailableAgent")


@_attrs_define
class ConvaiDependentAvailableAgent:
    """An agent you can see that depends on the resource.

    Attributes:
        id (str):
        name (str):
        created_at_unix_secs (int):
        access_level (ConvaiAccessLevel): Role a user has on a shared resource.
        referenced_resource_ids (list[str] | Unset):
        type_ (Literal['available'] | Unset):  Default: 'available'.
    """

    id: str
    name: str
    created_at_unix_secs: int
    access_level: ConvaiAccessLevel
    referenced_resource_ids: list[str] | Unset = UNSET
    type_: Literal["available"] | Unset = "available"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at_unix_secs = self.created_at_unix_secs

        access_level: str = self.access_level

        referenced_resource_ids: list[str] | Unset = UNSET
        if not isinstance(self.referenced_resource_ids, Unset):
            referenced_resource_ids = self.referenced_resource_ids

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at_unix_secs": created_at_unix_secs,
                "access_level": access_level,
            }
        )
        if referenced_resource_ids is not UNSET:
            field_dict["referenced_resource_ids"] = referenced_resource_ids
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        created_at_unix_secs = d.pop("created_at_unix_secs")

        access_level = check_convai_access_level(d.pop("access_level"))

        referenced_resource_ids = cast(list[str], d.pop("referenced_resource_ids", UNSET))

        type_ = cast(Literal["available"] | Unset, d.pop("type", UNSET))
        if type_ != "available" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'available', got '{type_}'")

        convai_dependent_available_agent = cls(
            id=id,
            name=name,
            created_at_unix_secs=created_at_unix_secs,
            access_level=access_level,
            referenced_resource_ids=referenced_resource_ids,
            type_=type_,
        )

        convai_dependent_available_agent.additional_properties = d
        return convai_dependent_available_agent

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
