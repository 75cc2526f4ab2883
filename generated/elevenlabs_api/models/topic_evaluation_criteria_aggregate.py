from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TopicEvaluationCriteriaAggregate")


@_attrs_define
class TopicEvaluationCriteriaAggregate:
    """
    Attributes:
        criteria_id (str):
        success_count (int | Unset):  Default: 0.
        failure_count (int | Unset):  Default: 0.
        unknown_count (int | Unset):  Default: 0.
    """

    criteria_id: str
    success_count: int | Unset = 0
    failure_count: int | Unset = 0
    unknown_count: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        criteria_id = self.criteria_id

        success_count = self.success_count

        failure_count = self.failure_count

        unknown_count = self.unknown_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "criteria_id": criteria_id,
            }
        )
        if success_count is not UNSET:
            field_dict["success_count"] = success_count
        if failure_count is not UNSET:
            field_dict["failure_count"] = failure_count
        if unknown_count is not UNSET:
            field_dict["unknown_count"] = unknown_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        criteria_id = d.pop("criteria_id")

        success_count = d.pop("success_count", UNSET)

        failure_count = d.pop("failure_count", UNSET)

        unknown_count = d.pop("unknown_count", UNSET)

        topic_evaluation_criteria_aggregate = cls(
            criteria_id=criteria_id,
            success_count=success_count,
            failure_count=failure_count,
            unknown_count=unknown_count,
        )

        topic_evaluation_criteria_aggregate.additional_properties = d
        return topic_evaluation_criteria_aggregate

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
