from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reader_resource_resource_type import ReaderResourceResourceType, check_reader_resource_resource_type

T = TypeVar("T", bound="ReaderResource")


@_attrs_define
class ReaderResource:
    """A Reader app item or collection.

    Attributes:
        resource_type (ReaderResourceResourceType):
        resource_id (str):
    """

    resource_type: ReaderResourceResourceType
    resource_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_type: str = self.resource_type

        resource_id = self.resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_type": resource_type,
                "resource_id": resource_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_type = check_reader_resource_resource_type(d.pop("resource_type"))

        resource_id = d.pop("resource_id")

        reader_resource = cls(
            resource_type=resource_type,
            resource_id=resource_id,
        )

        reader_resource.additional_properties = d
        return reader_resource

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
