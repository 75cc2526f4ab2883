from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LLMDeprecationConfigModel")


@_attrs_define
class LLMDeprecationConfigModel:
    """
    Attributes:
        warning_start_days (int):
        fallback_start_days (int):
        fallback_complete_days (int):
        fallback_start_percentage (int):
        fallback_complete_percentage (int):
    """

    warning_start_days: int
    fallback_start_days: int
    fallback_complete_days: int
    fallback_start_percentage: int
    fallback_complete_percentage: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warning_start_days = self.warning_start_days

        fallback_start_days = self.fallback_start_days

        fallback_complete_days = self.fallback_complete_days

        fallback_start_percentage = self.fallback_start_percentage

        fallback_complete_percentage = self.fallback_complete_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "warning_start_days": warning_start_days,
                "fallback_start_days": fallback_start_days,
                "fallback_complete_days": fallback_complete_days,
                "fallback_start_percentage": fallback_start_percentage,
                "fallback_complete_percentage": fallback_complete_percentage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        warning_start_days = d.pop("warning_start_days")

        fallback_start_days = d.pop("fallback_start_days")

        fallback_complete_days = d.pop("fallback_complete_days")

        fallback_start_percentage = d.pop("fallback_start_percentage")

        fallback_complete_percentage = d.pop("fallback_complete_percentage")

        llm_deprecation_config_model = cls(
            warning_start_days=warning_start_days,
            fallback_start_days=fallback_start_days,
            fallback_complete_days=fallback_complete_days,
            fallback_start_percentage=fallback_start_percentage,
            fallback_complete_percentage=fallback_complete_percentage,
        )

        llm_deprecation_config_model.additional_properties = d
        return llm_deprecation_config_model

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
