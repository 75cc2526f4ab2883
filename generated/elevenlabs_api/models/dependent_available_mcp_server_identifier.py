from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dependent_available_mcp_server_identifier_access_level import (
    DependentAvailableMCPServerIdentifierAccessLevel,
    check_dependent_available_mcp_server_identifier_access_level,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DependentAvailableMCPServerIdentifier")


@_attrs_define
class DependentAvailableMCPServerIdentifier:
    """
    Attributes:
        id (str):
        name (str):
        created_at_unix_secs (int):
        access_level (DependentAvailableMCPServerIdentifierAccessLevel):
        type_ (Literal['available'] | Unset):  Default: 'available'.
    """

    id: str
    name: str
    created_at_unix_secs: int
    access_level: DependentAvailableMCPServerIdentifierAccessLevel
    type_: Literal["available"] | Unset = "available"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at_unix_secs = self.created_at_unix_secs

        access_level: str = self.access_level

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
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        created_at_unix_secs = d.pop("created_at_unix_secs")

        access_level = check_dependent_available_mcp_server_identifier_access_level(d.pop("access_level"))

        type_ = cast(Literal["available"] | Unset, d.pop("type", UNSET))
        if type_ != "available" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'available', got '{type_}'")

        dependent_available_mcp_server_identifier = cls(
            id=id,
            name=name,
            created_at_unix_secs=created_at_unix_secs,
            access_level=access_level,
            type_=type_,
        )

        dependent_available_mcp_server_identifier.additional_properties = d
        return dependent_available_mcp_server_identifier

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
