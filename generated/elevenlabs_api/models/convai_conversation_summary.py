from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_conversation_init_source import ConvaiConversationInitSource, check_convai_conversation_init_source
from ..models.convai_conversation_summary_status import (
    ConvaiConversationSummaryStatus,
    check_convai_conversation_summary_status,
)
from ..models.convai_evaluation_result import ConvaiEvaluationResult, check_convai_evaluation_result
from ..models.telephony_direction import TelephonyDirection, check_telephony_direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_conversation_summary_data_collection_results_type_0 import (
        ConvaiConversationSummaryDataCollectionResultsType0,
    )
    from ..models.convai_conversation_summary_evaluation_criteria_results_type_0 import (
        ConvaiConversationSummaryEvaluationCriteriaResultsType0,
    )
    from ..models.conversation_sentiment_analysis import ConversationSentimentAnalysis


T = TypeVar("T", bound="ConvaiConversationSummary")


@_attrs_define
class ConvaiConversationSummary:
    """One conversation in a list.

    Attributes:
        agent_id (str):
        conversation_id (str):
        start_time_unix_secs (int):
        call_duration_secs (int):
        message_count (int):
        status (ConvaiConversationSummaryStatus):
        call_successful (ConvaiEvaluationResult):
        branch_id (None | str | Unset):
        version_id (None | str | Unset):
        agent_name (None | str | Unset):
        termination_reason (str | Unset):  Default: ''.
        call_success_score (float | None | Unset):
        transcript_summary (None | str | Unset):
        call_summary_title (None | str | Unset):
        main_language (None | str | Unset):
        conversation_initiation_source (ConvaiConversationInitSource | None | Unset):
        tool_names (list[str] | None | Unset):
        direction (None | TelephonyDirection | Unset):
        rating (float | None | Unset):
        sentiment_analysis (ConversationSentimentAnalysis | None | Unset):
        data_collection_results (ConvaiConversationSummaryDataCollectionResultsType0 | None | Unset):
        evaluation_criteria_results (ConvaiConversationSummaryEvaluationCriteriaResultsType0 | None | Unset):
        tag_ids (list[str] | Unset):
    """

    agent_id: str
    conversation_id: str
    start_time_unix_secs: int
    call_duration_secs: int
    message_count: int
    status: ConvaiConversationSummaryStatus
    call_successful: ConvaiEvaluationResult
    branch_id: None | str | Unset = UNSET
    version_id: None | str | Unset = UNSET
    agent_name: None | str | Unset = UNSET
    termination_reason: str | Unset = ""
    call_success_score: float | None | Unset = UNSET
    transcript_summary: None | str | Unset = UNSET
    call_summary_title: None | str | Unset = UNSET
    main_language: None | str | Unset = UNSET
    conversation_initiation_source: ConvaiConversationInitSource | None | Unset = UNSET
    tool_names: list[str] | None | Unset = UNSET
    direction: None | TelephonyDirection | Unset = UNSET
    rating: float | None | Unset = UNSET
    sentiment_analysis: ConversationSentimentAnalysis | None | Unset = UNSET
    data_collection_results: ConvaiConversationSummaryDataCollectionResultsType0 | None | Unset = UNSET
    evaluation_criteria_results: ConvaiConversationSummaryEvaluationCriteriaResultsType0 | None | Unset = UNSET
    tag_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        agent_id = self.agent_id

        conversation_id = self.conversation_id

        start_time_unix_secs = self.start_time_unix_secs

        call_duration_secs = self.call_duration_secs

        message_count = self.message_count

        status: str = self.status

        call_successful: str = self.call_successful

        branch_id: None | str | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        else:
            version_id = self.version_id

        agent_name: None | str | Unset
        if isinstance(self.agent_name, Unset):
            agent_name = UNSET
        else:
            agent_name = self.agent_name

        termination_reason = self.termination_reason

        call_success_score: float | None | Unset
        if isinstance(self.call_success_score, Unset):
            call_success_score = UNSET
        else:
            call_success_score = self.call_success_score

        transcript_summary: None | str | Unset
        if isinstance(self.transcript_summary, Unset):
            transcript_summary = UNSET
        else:
            transcript_summary = self.transcript_summary

        call_summary_title: None | str | Unset
        if isinstance(self.call_summary_title, Unset):
            call_summary_title = UNSET
        else:
            call_summary_title = self.call_summary_title

        main_language: None | str | Unset
        if isinstance(self.main_language, Unset):
            main_language = UNSET
        else:
            main_language = self.main_language

        conversation_initiation_source: None | str | Unset
        if isinstance(self.conversation_initiation_source, Unset):
            conversation_initiation_source = UNSET
        elif isinstance(self.conversation_initiation_source, str):
            conversation_initiation_source = self.conversation_initiation_source
        else:
            conversation_initiation_source = self.conversation_initiation_source

        tool_names: list[str] | None | Unset
        if isinstance(self.tool_names, Unset):
            tool_names = UNSET
        elif isinstance(self.tool_names, list):
            tool_names = self.tool_names

        else:
            tool_names = self.tool_names

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, str):
            direction = self.direction
        else:
            direction = self.direction

        rating: float | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        sentiment_analysis: dict[str, Any] | None | Unset
        if isinstance(self.sentiment_analysis, Unset):
            sentiment_analysis = UNSET
        elif isinstance(self.sentiment_analysis, ConversationSentimentAnalysis):
            sentiment_analysis = self.sentiment_analysis.to_dict()
        else:
            sentiment_analysis = self.sentiment_analysis

        data_collection_results: dict[str, Any] | None | Unset
        if isinstance(self.data_collection_results, Unset):
            data_collection_results = UNSET
        elif isinstance(self.data_collection_results, ConvaiConversationSummaryDataCollectionResultsType0):
            data_collection_results = self.data_collection_results.to_dict()
        else:
            data_collection_results = self.data_collection_results

        evaluation_criteria_results: dict[str, Any] | None | Unset
        if isinstance(self.evaluation_criteria_results, Unset):
            evaluation_criteria_results = UNSET
        elif isinstance(self.evaluation_criteria_results, ConvaiConversationSummaryEvaluationCriteriaResultsType0):
            evaluation_criteria_results = self.evaluation_criteria_results.to_dict()
        else:
            evaluation_criteria_results = self.evaluation_criteria_results

        tag_ids: list[str] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = self.tag_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "conversation_id": conversation_id,
                "start_time_unix_secs": start_time_unix_secs,
                "call_duration_secs": call_duration_secs,
                "message_count": message_count,
                "status": status,
                "call_successful": call_successful,
            }
        )
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if termination_reason is not UNSET:
            field_dict["termination_reason"] = termination_reason
        if call_success_score is not UNSET:
            field_dict["call_success_score"] = call_success_score
        if transcript_summary is not UNSET:
            field_dict["transcript_summary"] = transcript_summary
        if call_summary_title is not UNSET:
            field_dict["call_summary_title"] = call_summary_title
        if main_language is not UNSET:
            field_dict["main_language"] = main_language
        if conversation_initiation_source is not UNSET:
            field_dict["conversation_initiation_source"] = conversation_initiation_source
        if tool_names is not UNSET:
            field_dict["tool_names"] = tool_names
        if direction is not UNSET:
            field_dict["direction"] = direction
        if rating is not UNSET:
            field_dict["rating"] = rating
        if sentiment_analysis is not UNSET:
            field_dict["sentiment_analysis"] = sentiment_analysis
        if data_collection_results is not UNSET:
            field_dict["data_collection_results"] = data_collection_results
        if evaluation_criteria_results is not UNSET:
            field_dict["evaluation_criteria_results"] = evaluation_criteria_results
        if tag_ids is not UNSET:
            field_dict["tag_ids"] = tag_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        conversation_id = d.pop("conversation_id")

        start_time_unix_secs = d.pop("start_time_unix_secs")

        call_duration_secs = d.pop("call_duration_secs")

        message_count = d.pop("message_count")

        status = check_convai_conversation_summary_status(d.pop("status"))

        call_successful = check_convai_evaluation_result(d.pop("call_successful"))

        def _parse_branch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        def _parse_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_id = _parse_version_id(d.pop("version_id", UNSET))

        def _parse_agent_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_name = _parse_agent_name(d.pop("agent_name", UNSET))

        termination_reason = d.pop("termination_reason", UNSET)

        def _parse_call_success_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        call_success_score = _parse_call_success_score(d.pop("call_success_score", UNSET))

        def _parse_transcript_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transcript_summary = _parse_transcript_summary(d.pop("transcript_summary", UNSET))

        def _parse_call_summary_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_summary_title = _parse_call_summary_title(d.pop("call_summary_title", UNSET))

        def _parse_main_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        main_language = _parse_main_language(d.pop("main_language", UNSET))

        def _parse_conversation_initiation_source(data: object) -> ConvaiConversationInitSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conversation_initiation_source_type_0 = check_convai_conversation_init_source(data)

                return conversation_initiation_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiConversationInitSource | None | Unset, data)

        conversation_initiation_source = _parse_conversation_initiation_source(
            d.pop("conversation_initiation_source", UNSET)
        )

        def _parse_tool_names(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tool_names_type_0 = cast(list[str], data)

                return tool_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tool_names = _parse_tool_names(d.pop("tool_names", UNSET))

        def _parse_direction(data: object) -> None | TelephonyDirection | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = check_telephony_direction(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TelephonyDirection | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_rating(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        def _parse_sentiment_analysis(data: object) -> ConversationSentimentAnalysis | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sentiment_analysis_type_0 = ConversationSentimentAnalysis.from_dict(data)

                return sentiment_analysis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationSentimentAnalysis | None | Unset, data)

        sentiment_analysis = _parse_sentiment_analysis(d.pop("sentiment_analysis", UNSET))

        def _parse_data_collection_results(
            data: object,
        ) -> ConvaiConversationSummaryDataCollectionResultsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_collection_results_type_0 = ConvaiConversationSummaryDataCollectionResultsType0.from_dict(data)

                return data_collection_results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiConversationSummaryDataCollectionResultsType0 | None | Unset, data)

        data_collection_results = _parse_data_collection_results(d.pop("data_collection_results", UNSET))

        def _parse_evaluation_criteria_results(
            data: object,
        ) -> ConvaiConversationSummaryEvaluationCriteriaResultsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                evaluation_criteria_results_type_0 = ConvaiConversationSummaryEvaluationCriteriaResultsType0.from_dict(
                    data
                )

                return evaluation_criteria_results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiConversationSummaryEvaluationCriteriaResultsType0 | None | Unset, data)

        evaluation_criteria_results = _parse_evaluation_criteria_results(d.pop("evaluation_criteria_results", UNSET))

        tag_ids = cast(list[str], d.pop("tag_ids", UNSET))

        convai_conversation_summary = cls(
            agent_id=agent_id,
            conversation_id=conversation_id,
            start_time_unix_secs=start_time_unix_secs,
            call_duration_secs=call_duration_secs,
            message_count=message_count,
            status=status,
            call_successful=call_successful,
            branch_id=branch_id,
            version_id=version_id,
            agent_name=agent_name,
            termination_reason=termination_reason,
            call_success_score=call_success_score,
            transcript_summary=transcript_summary,
            call_summary_title=call_summary_title,
            main_language=main_language,
            conversation_initiation_source=conversation_initiation_source,
            tool_names=tool_names,
            direction=direction,
            rating=rating,
            sentiment_analysis=sentiment_analysis,
            data_collection_results=data_collection_results,
            evaluation_criteria_results=evaluation_criteria_results,
            tag_ids=tag_ids,
        )

        convai_conversation_summary.additional_properties = d
        return convai_conversation_summary

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
        ConvaiConversationSummaryDataCollectionResultsType0, \
        ConvaiConversationSummaryEvaluationCriteriaResultsType0, \
        ConversationSentimentAnalysis
    from ..models.convai_conversation_summary_data_collection_results_type_0 import (
        ConvaiConversationSummaryDataCollectionResultsType0,  # noqa: F401
    )
    from ..models.convai_conversation_summary_evaluation_criteria_results_type_0 import (
        ConvaiConversationSummaryEvaluationCriteriaResultsType0,  # noqa: F401
    )
    from ..models.conversation_sentiment_analysis import ConversationSentimentAnalysis  # noqa: F401

    _nested_models_loaded = True
