from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_scope import AnalysisScope, check_analysis_scope
from ..models.convai_evaluation_result import ConvaiEvaluationResult, check_convai_evaluation_result
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scoped_analysis_result_data_collection_results import ScopedAnalysisResultDataCollectionResults
    from ..models.scoped_analysis_result_evaluation_criteria_results import (
        ScopedAnalysisResultEvaluationCriteriaResults,
    )


T = TypeVar("T", bound="ScopedAnalysisResult")


@_attrs_define
class ScopedAnalysisResult:
    """
    Attributes:
        scope (AnalysisScope):
        source_agent_id (str):
        successful (ConvaiEvaluationResult):
        source_branch_id (None | str | Unset):
        evaluation_criteria_results (ScopedAnalysisResultEvaluationCriteriaResults | Unset):
        data_collection_results (ScopedAnalysisResultDataCollectionResults | Unset):
        success_score (float | None | Unset):
    """

    scope: AnalysisScope
    source_agent_id: str
    successful: ConvaiEvaluationResult
    source_branch_id: None | str | Unset = UNSET
    evaluation_criteria_results: ScopedAnalysisResultEvaluationCriteriaResults | Unset = UNSET
    data_collection_results: ScopedAnalysisResultDataCollectionResults | Unset = UNSET
    success_score: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        scope: str = self.scope

        source_agent_id = self.source_agent_id

        successful: str = self.successful

        source_branch_id: None | str | Unset
        if isinstance(self.source_branch_id, Unset):
            source_branch_id = UNSET
        else:
            source_branch_id = self.source_branch_id

        evaluation_criteria_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evaluation_criteria_results, Unset):
            evaluation_criteria_results = self.evaluation_criteria_results.to_dict()

        data_collection_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_collection_results, Unset):
            data_collection_results = self.data_collection_results.to_dict()

        success_score: float | None | Unset
        if isinstance(self.success_score, Unset):
            success_score = UNSET
        else:
            success_score = self.success_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scope": scope,
                "source_agent_id": source_agent_id,
                "successful": successful,
            }
        )
        if source_branch_id is not UNSET:
            field_dict["source_branch_id"] = source_branch_id
        if evaluation_criteria_results is not UNSET:
            field_dict["evaluation_criteria_results"] = evaluation_criteria_results
        if data_collection_results is not UNSET:
            field_dict["data_collection_results"] = data_collection_results
        if success_score is not UNSET:
            field_dict["success_score"] = success_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        scope = check_analysis_scope(d.pop("scope"))

        source_agent_id = d.pop("source_agent_id")

        successful = check_convai_evaluation_result(d.pop("successful"))

        def _parse_source_branch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_branch_id = _parse_source_branch_id(d.pop("source_branch_id", UNSET))

        _evaluation_criteria_results = d.pop("evaluation_criteria_results", UNSET)
        evaluation_criteria_results: ScopedAnalysisResultEvaluationCriteriaResults | Unset
        if isinstance(_evaluation_criteria_results, Unset):
            evaluation_criteria_results = UNSET
        else:
            evaluation_criteria_results = ScopedAnalysisResultEvaluationCriteriaResults.from_dict(
                _evaluation_criteria_results
            )

        _data_collection_results = d.pop("data_collection_results", UNSET)
        data_collection_results: ScopedAnalysisResultDataCollectionResults | Unset
        if isinstance(_data_collection_results, Unset):
            data_collection_results = UNSET
        else:
            data_collection_results = ScopedAnalysisResultDataCollectionResults.from_dict(_data_collection_results)

        def _parse_success_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        success_score = _parse_success_score(d.pop("success_score", UNSET))

        scoped_analysis_result = cls(
            scope=scope,
            source_agent_id=source_agent_id,
            successful=successful,
            source_branch_id=source_branch_id,
            evaluation_criteria_results=evaluation_criteria_results,
            data_collection_results=data_collection_results,
            success_score=success_score,
        )

        scoped_analysis_result.additional_properties = d
        return scoped_analysis_result

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


_nested_models_loaded = False


def _load_nested_models() -> None:
    global \
        _nested_models_loaded, \
        ScopedAnalysisResultDataCollectionResults, \
        ScopedAnalysisResultEvaluationCriteriaResults
    from ..models.scoped_analysis_result_data_collection_results import ScopedAnalysisResultDataCollectionResults  # noqa: F401
    from ..models.scoped_analysis_result_evaluation_criteria_results import (
        ScopedAnalysisResultEvaluationCriteriaResults,  # noqa: F401
    )

    _nested_models_loaded = True
