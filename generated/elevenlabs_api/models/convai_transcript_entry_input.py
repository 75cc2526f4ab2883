from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_transcript_entry_input_role import (
    ConvaiTranscriptEntryInputRole,
    check_convai_transcript_entry_input_role,
)
from ..models.convai_transcript_entry_input_source_medium_type_0 import (
    ConvaiTranscriptEntryInputSourceMediumType0,
    check_convai_transcript_entry_input_source_medium_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_llm_token_usage_input import ConvaiLlmTokenUsageInput
    from ..models.convai_rag_retrieval_info import ConvaiRagRetrievalInfo
    from ..models.convai_tool_result_other import ConvaiToolResultOther
    from ..models.convai_tool_result_system import ConvaiToolResultSystem
    from ..models.convai_tool_result_workflow_input import ConvaiToolResultWorkflowInput
    from ..models.convai_transcript_tool_call import ConvaiTranscriptToolCall
    from ..models.convai_turn_metrics import ConvaiTurnMetrics
    from ..models.convai_user_feedback import ConvaiUserFeedback


T = TypeVar("T", bound="ConvaiTranscriptEntryInput")


@_attrs_define
class ConvaiTranscriptEntryInput:
    """One turn of a conversation transcript (request form).

    Attributes:
        role (ConvaiTranscriptEntryInputRole):
        time_in_call_secs (int):
        message (None | str | Unset):
        tool_calls (list[ConvaiTranscriptToolCall] | Unset):
        tool_results (list[ConvaiToolResultOther | ConvaiToolResultSystem | ConvaiToolResultWorkflowInput] | Unset):
        feedback (ConvaiUserFeedback | None | Unset):
        llm_override (None | str | Unset):
        conversation_turn_metrics (ConvaiTurnMetrics | None | Unset):
        rag_retrieval_info (ConvaiRagRetrievalInfo | None | Unset):
        llm_usage (ConvaiLlmTokenUsageInput | None | Unset):
        interrupted (bool | Unset):  Default: False.
        original_message (None | str | Unset):
        source_medium (ConvaiTranscriptEntryInputSourceMediumType0 | None | Unset):
    """

    role: ConvaiTranscriptEntryInputRole
    time_in_call_secs: int
    message: None | str | Unset = UNSET
    tool_calls: list[ConvaiTranscriptToolCall] | Unset = UNSET
    tool_results: list[ConvaiToolResultOther | ConvaiToolResultSystem | ConvaiToolResultWorkflowInput] | Unset = UNSET
    feedback: ConvaiUserFeedback | None | Unset = UNSET
    llm_override: None | str | Unset = UNSET
    conversation_turn_metrics: ConvaiTurnMetrics | None | Unset = UNSET
    rag_retrieval_info: ConvaiRagRetrievalInfo | None | Unset = UNSET
    llm_usage: ConvaiLlmTokenUsageInput | None | Unset = UNSET
    interrupted: bool | Unset = False
    original_message: None | str | Unset = UNSET
    source_medium: ConvaiTranscriptEntryInputSourceMediumType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        role: str = self.role

        time_in_call_secs = self.time_in_call_secs

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        tool_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_results, Unset):
            tool_results = []
            for tool_results_item_data in self.tool_results:
                tool_results_item: dict[str, Any]
                if isinstance(tool_results_item_data, ConvaiToolResultOther):
                    tool_results_item = tool_results_item_data.to_dict()
                elif isinstance(tool_results_item_data, ConvaiToolResultSystem):
                    tool_results_item = tool_results_item_data.to_dict()
                else:
                    tool_results_item = tool_results_item_data.to_dict()

                tool_results.append(tool_results_item)

        feedback: dict[str, Any] | None | Unset
        if isinstance(self.feedback, Unset):
            feedback = UNSET
        elif isinstance(self.feedback, ConvaiUserFeedback):
            feedback = self.feedback.to_dict()
        else:
            feedback = self.feedback

        llm_override: None | str | Unset
        if isinstance(self.llm_override, Unset):
            llm_override = UNSET
        else:
            llm_override = self.llm_override

        conversation_turn_metrics: dict[str, Any] | None | Unset
        if isinstance(self.conversation_turn_metrics, Unset):
            conversation_turn_metrics = UNSET
        elif isinstance(self.conversation_turn_metrics, ConvaiTurnMetrics):
            conversation_turn_metrics = self.conversation_turn_metrics.to_dict()
        else:
            conversation_turn_metrics = self.conversation_turn_metrics

        rag_retrieval_info: dict[str, Any] | None | Unset
        if isinstance(self.rag_retrieval_info, Unset):
            rag_retrieval_info = UNSET
        elif isinstance(self.rag_retrieval_info, ConvaiRagRetrievalInfo):
            rag_retrieval_info = self.rag_retrieval_info.to_dict()
        else:
            rag_retrieval_info = self.rag_retrieval_info

        llm_usage: dict[str, Any] | None | Unset
        if isinstance(self.llm_usage, Unset):
            llm_usage = UNSET
        elif isinstance(self.llm_usage, ConvaiLlmTokenUsageInput):
            llm_usage = self.llm_usage.to_dict()
        else:
            llm_usage = self.llm_usage

        interrupted = self.interrupted

        original_message: None | str | Unset
        if isinstance(self.original_message, Unset):
            original_message = UNSET
        else:
            original_message = self.original_message

        source_medium: None | str | Unset
        if isinstance(self.source_medium, Unset):
            source_medium = UNSET
        elif isinstance(self.source_medium, str):
            source_medium = self.source_medium
        else:
            source_medium = self.source_medium

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "time_in_call_secs": time_in_call_secs,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if tool_results is not UNSET:
            field_dict["tool_results"] = tool_results
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if llm_override is not UNSET:
            field_dict["llm_override"] = llm_override
        if conversation_turn_metrics is not UNSET:
            field_dict["conversation_turn_metrics"] = conversation_turn_metrics
        if rag_retrieval_info is not UNSET:
            field_dict["rag_retrieval_info"] = rag_retrieval_info
        if llm_usage is not UNSET:
            field_dict["llm_usage"] = llm_usage
        if interrupted is not UNSET:
            field_dict["interrupted"] = interrupted
        if original_message is not UNSET:
            field_dict["original_message"] = original_message
        if source_medium is not UNSET:
            field_dict["source_medium"] = source_medium

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        role = check_convai_transcript_entry_input_role(d.pop("role"))

        time_in_call_secs = d.pop("time_in_call_secs")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[ConvaiTranscriptToolCall] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ConvaiTranscriptToolCall.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        _tool_results = d.pop("tool_results", UNSET)
        tool_results: list[ConvaiToolResultOther | ConvaiToolResultSystem | ConvaiToolResultWorkflowInput] | Unset = (
            UNSET
        )
        if _tool_results is not UNSET:
            tool_results = []
            for tool_results_item_data in _tool_results:

                def _parse_tool_results_item(
                    data: object,
                ) -> ConvaiToolResultOther | ConvaiToolResultSystem | ConvaiToolResultWorkflowInput:
                    if isinstance(data, dict):
                        if data.get("type") in ("client", "mcp", "webhook"):
                            tool_results_item_type_0 = ConvaiToolResultOther.from_dict(data)

                            return tool_results_item_type_0
                        if data.get("type") == "system":
                            tool_results_item_type_1 = ConvaiToolResultSystem.from_dict(data)

                            return tool_results_item_type_1
                        if data.get("type") == "workflow":
                            tool_results_item_type_2 = ConvaiToolResultWorkflowInput.from_dict(data)

                            return tool_results_item_type_2

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tool_results_item_type_0 = ConvaiToolResultOther.from_dict(data)

                        return tool_results_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tool_results_item_type_1 = ConvaiToolResultSystem.from_dict(data)

                        return tool_results_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    tool_results_item_type_2 = ConvaiToolResultWorkflowInput.from_dict(data)

                    return tool_results_item_type_2

                tool_results_item = _parse_tool_results_item(tool_results_item_data)

                tool_results.append(tool_results_item)

        def _parse_feedback(data: object) -> ConvaiUserFeedback | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                feedback_type_0 = ConvaiUserFeedback.from_dict(data)

                return feedback_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiUserFeedback | None | Unset, data)

        feedback = _parse_feedback(d.pop("feedback", UNSET))

        def _parse_llm_override(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        llm_override = _parse_llm_override(d.pop("llm_override", UNSET))

        def _parse_conversation_turn_metrics(data: object) -> ConvaiTurnMetrics | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversation_turn_metrics_type_0 = ConvaiTurnMetrics.from_dict(data)

                return conversation_turn_metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiTurnMetrics | None | Unset, data)

        conversation_turn_metrics = _parse_conversation_turn_metrics(d.pop("conversation_turn_metrics", UNSET))

        def _parse_rag_retrieval_info(data: object) -> ConvaiRagRetrievalInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rag_retrieval_info_type_0 = ConvaiRagRetrievalInfo.from_dict(data)

                return rag_retrieval_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiRagRetrievalInfo | None | Unset, data)

        rag_retrieval_info = _parse_rag_retrieval_info(d.pop("rag_retrieval_info", UNSET))

        def _parse_llm_usage(data: object) -> ConvaiLlmTokenUsageInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                llm_usage_type_0 = ConvaiLlmTokenUsageInput.from_dict(data)

                return llm_usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiLlmTokenUsageInput | None | Unset, data)

        llm_usage = _parse_llm_usage(d.pop("llm_usage", UNSET))

        interrupted = d.pop("interrupted", UNSET)

        def _parse_original_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_message = _parse_original_message(d.pop("original_message", UNSET))

        def _parse_source_medium(data: object) -> ConvaiTranscriptEntryInputSourceMediumType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_medium_type_0 = check_convai_transcript_entry_input_source_medium_type_0(data)

                return source_medium_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiTranscriptEntryInputSourceMediumType0 | None | Unset, data)

        source_medium = _parse_source_medium(d.pop("source_medium", UNSET))

        convai_transcript_entry_input = cls(
            role=role,
            time_in_call_secs=time_in_call_secs,
            message=message,
            tool_calls=tool_calls,
            tool_results=tool_results,
            feedback=feedback,
            llm_override=llm_override,
            conversation_turn_metrics=conversation_turn_metrics,
            rag_retrieval_info=rag_retrieval_info,
            llm_usage=llm_usage,
            interrupted=interrupted,
            original_message=original_message,
            source_medium=source_medium,
        )

        convai_transcript_entry_input.additional_properties = d
        return convai_transcript_entry_input

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
        ConvaiLlmTokenUsageInput, \
        ConvaiRagRetrievalInfo, \
        ConvaiToolResultOther, \
        ConvaiToolResultSystem, \
        ConvaiToolResultWorkflowInput, \
        ConvaiTranscriptToolCall, \
        ConvaiTurnMetrics, \
        ConvaiUserFeedback
    from ..models.convai_llm_token_usage_input import ConvaiLlmTokenUsageInput  # noqa: F401
    from ..models.convai_rag_retrieval_info import ConvaiRagRetrievalInfo  # noqa: F401
    from ..models.convai_tool_result_other import ConvaiToolResultOther  # noqa: F401
    from ..models.convai_tool_result_system import ConvaiToolResultSystem  # noqa: F401
    from ..models.convai_tool_result_workflow_input import ConvaiToolResultWorkflowInput  # noqa: F401
    from ..models.convai_transcript_tool_call import ConvaiTranscriptToolCall  # noqa: F401
    from ..models.convai_turn_metrics import ConvaiTurnMetrics  # noqa: F401
    from ..models.convai_user_feedback import ConvaiUserFeedback  # noqa: F401

    _nested_models_loaded = True
