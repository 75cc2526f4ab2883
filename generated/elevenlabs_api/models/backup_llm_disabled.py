from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BackupLLMDisabled")


@_attrs_define
class BackupLLMDisabled:
    """
    Attributes:
        preference (Literal['disabled'] | Unset):  Default: 'disabled'.
    """

    preference: Literal["disabled"] | Unset = "disabled"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preference = self.preference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if preference is not UNSET:
            field_dict["preference"] = preference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        preference = cast(Literal["disabled"] | Unset, d.pop("preference", UNSET))
        if preference != "disabled" and not isinstance(preference, Unset):
            raise ValueError(f"preference must match const 'disabled', got '{preference}'")

        backup_llm_disabled = cls(
            preference=preference,
        )

        backup_llm_disabled.additional_properties = d
        return backup_llm_disabled

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
