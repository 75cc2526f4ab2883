from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_evaluation_result import ConvaiEvaluationResult, check_convai_evaluation_result
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_conversation_analysis_data_collection_results import (
        ConvaiConversationAnalysisDataCollectionResults,
    )
    from ..models.convai_conversation_analysis_evaluation_criteria_results import (
        ConvaiConversationAnalysisEvaluationCriteriaResults,
    )
    from ..models.convai_criteria_result import ConvaiCriteriaResult
    from ..models.convai_data_collection_result import ConvaiDataCollectionResult
    from ..models.scoped_analysis_result import ScopedAnalysisResult


T = TypeVar("T", bound="ConvaiConversationAnalysis")


@_attrs_define
class ConvaiConversationAnalysis:
    """Evaluation and data collection results after the call.

    Attributes:
        call_successful (ConvaiEvaluationResult):
        transcript_summary (str):
        evaluation_criteria_results (ConvaiConversationAnalysisEvaluationCriteriaResults | Unset):
        data_collection_results (ConvaiConversationAnalysisDataCollectionResults | Unset):
        evaluation_criteria_results_list (list[ConvaiCriteriaResult] | Unset):
        data_collection_results_list (list[ConvaiDataCollectionResult] | Unset):
        call_success_score (float | None | Unset):
        call_summary_title (None | str | Unset):
        scoped (list[ScopedAnalysisResult] | Unset):
    """

    call_successful: ConvaiEvaluationResult
    transcript_summary: str
    evaluation_criteria_results: ConvaiConversationAnalysisEvaluationCriteriaResults | Unset = UNSET
    data_collection_results: ConvaiConversationAnalysisDataCollectionResults | Unset = UNSET
    evaluation_criteria_results_list: list[ConvaiCriteriaResult] | Unset = UNSET
    data_collection_results_list: list[ConvaiDataCollectionResult] | Unset = UNSET
    call_success_score: float | None | Unset = UNSET
    call_summary_title: None | str | Unset = UNSET
    scoped: list[ScopedAnalysisResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        call_successful: str = self.call_successful

        transcript_summary = self.transcript_summary

        evaluation_criteria_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evaluation_criteria_results, Unset):
            evaluation_criteria_results = self.evaluation_criteria_results.to_dict()

        data_collection_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_collection_results, Unset):
            data_collection_results = self.data_collection_results.to_dict()

        evaluation_criteria_results_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evaluation_criteria_results_list, Unset):
            evaluation_criteria_results_list = []
            for evaluation_criteria_results_list_item_data in self.evaluation_criteria_results_list:
                evaluation_criteria_results_list_item = evaluation_criteria_results_list_item_data.to_dict()
                evaluation_criteria_results_list.append(evaluation_criteria_results_list_item)

        data_collection_results_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_collection_results_list, Unset):
            data_collection_results_list = []
            for data_collection_results_list_item_data in self.data_collection_results_list:
                data_collection_results_list_item = data_collection_results_list_item_data.to_dict()
                data_collection_results_list.append(data_collection_results_list_item)

        call_success_score: float | None | Unset
        if isinstance(self.call_success_score, Unset):
            call_success_score = UNSET
        else:
            call_success_score = self.call_success_score

        call_summary_title: None | str | Unset
        if isinstance(self.call_summary_title, Unset):
            call_summary_title = UNSET
        else:
            call_summary_title = self.call_summary_title

        scoped: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scoped, Unset):
            scoped = []
            for scoped_item_data in self.scoped:
                scoped_item = scoped_item_data.to_dict()
                scoped.append(scoped_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_successful": call_successful,
                "transcript_summary": transcript_summary,
            }
        )
        if evaluation_criteria_results is not UNSET:
            field_dict["evaluation_criteria_results"] = evaluation_criteria_results
        if data_collection_results is not UNSET:
            field_dict["data_collection_results"] = data_collection_results
        if evaluation_criteria_results_list is not UNSET:
            field_dict["evaluation_criteria_results_list"] = evaluation_criteria_results_list
        if data_collection_results_list is not UNSET:
            field_dict["data_collection_results_list"] = data_collection_results_list
        if call_success_score is not UNSET:
            field_dict["call_success_score"] = call_success_score
        if call_summary_title is not UNSET:
            field_dict["call_summary_title"] = call_summary_title
        if scoped is not UNSET:
            field_dict["scoped"] = scoped

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        call_successful = check_convai_evaluation_result(d.pop("call_successful"))

        transcript_summary = d.pop("transcript_summary")

        _evaluation_criteria_results = d.pop("evaluation_criteria_results", UNSET)
        evaluation_criteria_results: ConvaiConversationAnalysisEvaluationCriteriaResults | Unset
        if isinstance(_evaluation_criteria_results, Unset):
            evaluation_criteria_results = UNSET
        else:
            evaluation_criteria_results = ConvaiConversationAnalysisEvaluationCriteriaResults.from_dict(
                _evaluation_criteria_results
            )

        _data_collection_results = d.pop("data_collection_results", UNSET)
        data_collection_results: ConvaiConversationAnalysisDataCollectionResults | Unset
        if isinstance(_data_collection_results, Unset):
            data_collection_results = UNSET
        else:
            data_collection_results = ConvaiConversationAnalysisDataCollectionResults.from_dict(
                _data_collection_results
            )

        _evaluation_criteria_results_list = d.pop("evaluation_criteria_results_list", UNSET)
        evaluation_criteria_results_list: list[ConvaiCriteriaResult] | Unset = UNSET
        if _evaluation_criteria_results_list is not UNSET:
            evaluation_criteria_results_list = []
            for evaluation_criteria_results_list_item_data in _evaluation_criteria_results_list:
                evaluation_criteria_results_list_item = ConvaiCriteriaResult.from_dict(
                    evaluation_criteria_results_list_item_data
                )

                evaluation_criteria_results_list.append(evaluation_criteria_results_list_item)

        _data_collection_results_list = d.pop("data_collection_results_list", UNSET)
        data_collection_results_list: list[ConvaiDataCollectionResult] | Unset = UNSET
        if _data_collection_results_list is not UNSET:
            data_collection_results_list = []
            for data_collection_results_list_item_data in _data_collection_results_list:
                data_collection_results_list_item = ConvaiDataCollectionResult.from_dict(
                    data_collection_results_list_item_data
                )

                data_collection_results_list.append(data_collection_results_list_item)

        def _parse_call_success_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        call_success_score = _parse_call_success_score(d.pop("call_success_score", UNSET))

        def _parse_call_summary_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_summary_title = _parse_call_summary_title(d.pop("call_summary_title", UNSET))

        _scoped = d.pop("scoped", UNSET)
        scoped: list[ScopedAnalysisResult] | Unset = UNSET
        if _scoped is not UNSET:
            scoped = []
            for scoped_item_data in _scoped:
                scoped_item = ScopedAnalysisResult.from_dict(scoped_item_data)

                scoped.append(scoped_item)

        convai_conversation_analysis = cls(
            call_successful=call_successful,
            transcript_summary=transcript_summary,
            evaluation_criteria_results=evaluation_criteria_results,
            data_collection_results=data_collection_results,
            evaluation_criteria_results_list=evaluation_criteria_results_list,
            data_collection_results_list=data_collection_results_list,
            call_success_score=call_success_score,
            call_summary_title=call_summary_title,
            scoped=scoped,
        )

        convai_conversation_analysis.additional_properties = d
        return convai_conversation_analysis

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
        ConvaiConversationAnalysisDataCollectionResults, \
        ConvaiConversationAnalysisEvaluationCriteriaResults, \
        ConvaiCriteriaResult, \
        ConvaiDataCollectionResult, \
        ScopedAnalysisResult
    from ..models.convai_conversation_analysis_data_collection_results import (
        ConvaiConversationAnalysisDataCollectionResults,  # noqa: F401
    )
    from ..models.convai_conversation_analysis_evaluation_criteria_results import (
        ConvaiConversationAnalysisEvaluationCriteriaResults,  # noqa: F401
    )
    from ..models.convai_criteria_result import ConvaiCriteriaResult  # noqa: F401
    from ..models.convai_data_collection_result import ConvaiDataCollectionResult  # noqa: F401
    from ..models.scoped_analysis_result import ScopedAnalysisResult  # noqa: F401

    _nested_models_loaded = True
