from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_evaluation_result import ConvaiEvaluationResult, check_convai_evaluation_result

T = TypeVar("T", bound="ConvaiCriteriaResult")


@_attrs_define
class ConvaiCriteriaResult:
    """
    Attributes:
        criteria_id (str):
        result (ConvaiEvaluationResult):
        rationale (str):
    """

    criteria_id: str
    result: ConvaiEvaluationResult
    rationale: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        criteria_id = self.criteria_id

        result: str = self.result

        rationale = self.rationale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "criteria_id": criteria_id,
                "result": result,
                "rationale": rationale,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        criteria_id = d.pop("criteria_id")

        result = check_convai_evaluation_result(d.pop("result"))

        rationale = d.pop("rationale")

        convai_criteria_result = cls(
            criteria_id=criteria_id,
            result=result,
            rationale=rationale,
        )

        convai_criteria_result.additional_properties = d
        return convai_criteria_result

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
