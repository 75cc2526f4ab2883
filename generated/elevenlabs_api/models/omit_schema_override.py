from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OmitSchemaOverride")


@_attrs_define
class OmitSchemaOverride:
    """
    Attributes:
        source (Literal['omit'] | Unset):  Default: 'omit'.
    """

    source: Literal["omit"] | Unset = "omit"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = cast(Literal["omit"] | Unset, d.pop("source", UNSET))
        if source != "omit" and not isinstance(source, Unset):
            raise ValueError(f"source must match const 'omit', got '{source}'")

        omit_schema_override = cls(
            source=source,
        )

        omit_schema_override.additional_properties = d
        return omit_schema_override

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
