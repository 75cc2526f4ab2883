from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conflict_section import ConflictSection, check_conflict_section
from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldConflict")


@_attrs_define
class FieldConflict:
    """
    Attributes:
        path (str):
        section (ConflictSection):
        base_value (Any | Unset):
        source_value (Any | Unset):
        target_value (Any | Unset):
    """

    path: str
    section: ConflictSection
    base_value: Any | Unset = UNSET
    source_value: Any | Unset = UNSET
    target_value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        section: str = self.section

        base_value = self.base_value

        source_value = self.source_value

        target_value = self.target_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "section": section,
            }
        )
        if base_value is not UNSET:
            field_dict["base_value"] = base_value
        if source_value is not UNSET:
            field_dict["source_value"] = source_value
        if target_value is not UNSET:
            field_dict["target_value"] = target_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        section = check_conflict_section(d.pop("section"))

        base_value = d.pop("base_value", UNSET)

        source_value = d.pop("source_value", UNSET)

        target_value = d.pop("target_value", UNSET)

        field_conflict = cls(
            path=path,
            section=section,
            base_value=base_value,
            source_value=source_value,
            target_value=target_value,
        )

        field_conflict.additional_properties = d
        return field_conflict

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
