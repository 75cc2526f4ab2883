from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_evaluation_result import ConvaiEvaluationResult, check_convai_evaluation_result
from ..models.criteria_scoring_mode import CriteriaScoringMode, check_criteria_scoring_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiCriteriaResult")


@_attrs_define
class ConvaiCriteriaResult:
    """
    Attributes:
        criteria_id (str):
        result (ConvaiEvaluationResult):
        rationale (str):
        scoring_mode (CriteriaScoringMode | None | Unset):
        score (int | None | Unset):
        max_score (int | None | Unset):
    """

    criteria_id: str
    result: ConvaiEvaluationResult
    rationale: str
    scoring_mode: CriteriaScoringMode | None | Unset = UNSET
    score: int | None | Unset = UNSET
    max_score: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        criteria_id = self.criteria_id

        result: str = self.result

        rationale = self.rationale

        scoring_mode: None | str | Unset
        if isinstance(self.scoring_mode, Unset):
            scoring_mode = UNSET
        elif isinstance(self.scoring_mode, str):
            scoring_mode = self.scoring_mode
        else:
            scoring_mode = self.scoring_mode

        score: int | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        max_score: int | None | Unset
        if isinstance(self.max_score, Unset):
            max_score = UNSET
        else:
            max_score = self.max_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "criteria_id": criteria_id,
                "result": result,
                "rationale": rationale,
            }
        )
        if scoring_mode is not UNSET:
            field_dict["scoring_mode"] = scoring_mode
        if score is not UNSET:
            field_dict["score"] = score
        if max_score is not UNSET:
            field_dict["max_score"] = max_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        criteria_id = d.pop("criteria_id")

        result = check_convai_evaluation_result(d.pop("result"))

        rationale = d.pop("rationale")

        def _parse_scoring_mode(data: object) -> CriteriaScoringMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scoring_mode_type_0 = check_criteria_scoring_mode(data)

                return scoring_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CriteriaScoringMode | None | Unset, data)

        scoring_mode = _parse_scoring_mode(d.pop("scoring_mode", UNSET))

        def _parse_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_max_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_score = _parse_max_score(d.pop("max_score", UNSET))

        convai_criteria_result = cls(
            criteria_id=criteria_id,
            result=result,
            rationale=rationale,
            scoring_mode=scoring_mode,
            score=score,
            max_score=max_score,
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
