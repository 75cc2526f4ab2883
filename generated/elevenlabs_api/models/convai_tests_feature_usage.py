from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiTestsFeatureUsage")


@_attrs_define
class ConvaiTestsFeatureUsage:
    """
    Attributes:
        enabled (bool | Unset):  Default: False.
        tests_ran_after_last_modification (bool | Unset):  Default: False.
        tests_ran_in_last_7_days (bool | Unset):  Default: False.
    """

    enabled: bool | Unset = False
    tests_ran_after_last_modification: bool | Unset = False
    tests_ran_in_last_7_days: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        tests_ran_after_last_modification = self.tests_ran_after_last_modification

        tests_ran_in_last_7_days = self.tests_ran_in_last_7_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if tests_ran_after_last_modification is not UNSET:
            field_dict["tests_ran_after_last_modification"] = tests_ran_after_last_modification
        if tests_ran_in_last_7_days is not UNSET:
            field_dict["tests_ran_in_last_7_days"] = tests_ran_in_last_7_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        tests_ran_after_last_modification = d.pop("tests_ran_after_last_modification", UNSET)

        tests_ran_in_last_7_days = d.pop("tests_ran_in_last_7_days", UNSET)

        convai_tests_feature_usage = cls(
            enabled=enabled,
            tests_ran_after_last_modification=tests_ran_after_last_modification,
            tests_ran_in_last_7_days=tests_ran_in_last_7_days,
        )

        convai_tests_feature_usage.additional_properties = d
        return convai_tests_feature_usage

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
