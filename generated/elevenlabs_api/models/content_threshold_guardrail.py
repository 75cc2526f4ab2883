from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_threshold_guardrail_threshold_type_1 import (
    ContentThresholdGuardrailThresholdType1,
    check_content_threshold_guardrail_threshold_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentThresholdGuardrail")


@_attrs_define
class ContentThresholdGuardrail:
    """
    Attributes:
        is_enabled (bool | Unset):  Default: False.
        threshold (ContentThresholdGuardrailThresholdType1 | float | Unset):  Default: 0.3.
    """

    is_enabled: bool | Unset = False
    threshold: ContentThresholdGuardrailThresholdType1 | float | Unset = 0.3
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_enabled = self.is_enabled

        threshold: float | str | Unset
        if isinstance(self.threshold, Unset):
            threshold = UNSET
        elif isinstance(self.threshold, str):
            threshold = self.threshold
        else:
            threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_enabled = d.pop("is_enabled", UNSET)

        def _parse_threshold(data: object) -> ContentThresholdGuardrailThresholdType1 | float | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                threshold_type_1 = check_content_threshold_guardrail_threshold_type_1(data)

                return threshold_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContentThresholdGuardrailThresholdType1 | float | Unset, data)

        threshold = _parse_threshold(d.pop("threshold", UNSET))

        content_threshold_guardrail = cls(
            is_enabled=is_enabled,
            threshold=threshold,
        )

        content_threshold_guardrail.additional_properties = d
        return content_threshold_guardrail

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
