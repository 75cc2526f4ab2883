from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_source_medium import ChatSourceMedium, check_chat_source_medium
from ..models.conversation_history_transcript_common_model_output_role import (
    ConversationHistoryTranscriptCommonModelOutputRole,
    check_conversation_history_transcript_common_model_output_role,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_metadata import AgentMetadata
    from ..models.convai_llm_token_usage_output import ConvaiLlmTokenUsageOutput
    from ..models.convai_rag_retrieval_info import ConvaiRagRetrievalInfo
    from ..models.convai_tool_result_other import ConvaiToolResultOther
    from ..models.convai_tool_result_system_output import ConvaiToolResultSystemOutput
    from ..models.convai_tool_result_workflow_output import ConvaiToolResultWorkflowOutput
    from ..models.convai_transcript_tool_call_output import ConvaiTranscriptToolCallOutput
    from ..models.convai_turn_metrics import ConvaiTurnMetrics
    from ..models.convai_user_feedback import ConvaiUserFeedback
    from ..models.conversation_history_multivoice_message_model import ConversationHistoryMultivoiceMessageModel
    from ..models.conversation_history_transcript_api_integration_webhook_tools_result_common_model_output import (
        ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput,
    )
    from ..models.conversation_reasoning_model import ConversationReasoningModel
    from ..models.triggered_guardrail_common_model import TriggeredGuardrailCommonModel


T = TypeVar("T", bound="ConversationHistoryTranscriptCommonModelOutput")


@_attrs_define
class ConversationHistoryTranscriptCommonModelOutput:
    """
    Attributes:
        role (ConversationHistoryTranscriptCommonModelOutputRole):
        time_in_call_secs (int):
        agent_metadata (AgentMetadata | None | Unset):
        message (None | str | Unset):
        multivoice_message (ConversationHistoryMultivoiceMessageModel | None | Unset):
        tool_calls (list[ConvaiTranscriptToolCallOutput] | Unset):
        tool_results (list[ConvaiToolResultOther | ConvaiToolResultSystemOutput | ConvaiToolResultWorkflowOutput |
            ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput] | Unset):
        feedback (ConvaiUserFeedback | None | Unset):
        llm_override (None | str | Unset):
        producing_llm (None | str | Unset):
        conversation_turn_metrics (ConvaiTurnMetrics | None | Unset):
        rag_retrieval_info (ConvaiRagRetrievalInfo | None | Unset):
        llm_usage (ConvaiLlmTokenUsageOutput | None | Unset):
        interrupted (bool | Unset):  Default: False.
        ignored_as_backchannel (bool | Unset):  Default: False.
        original_message (None | str | Unset):
        reasoning (list[ConversationReasoningModel] | Unset):
        source_medium (ChatSourceMedium | None | Unset):
        source_event_id (int | None | Unset):
        used_static_kb_document_ids (list[str] | Unset):
        user_identifier (None | str | Unset):
        id (None | str | Unset):
        triggered_guardrails (list[TriggeredGuardrailCommonModel] | Unset):
    """

    role: ConversationHistoryTranscriptCommonModelOutputRole
    time_in_call_secs: int
    agent_metadata: AgentMetadata | None | Unset = UNSET
    message: None | str | Unset = UNSET
    multivoice_message: ConversationHistoryMultivoiceMessageModel | None | Unset = UNSET
    tool_calls: list[ConvaiTranscriptToolCallOutput] | Unset = UNSET
    tool_results: (
        list[
            ConvaiToolResultOther
            | ConvaiToolResultSystemOutput
            | ConvaiToolResultWorkflowOutput
            | ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput
        ]
        | Unset
    ) = UNSET
    feedback: ConvaiUserFeedback | None | Unset = UNSET
    llm_override: None | str | Unset = UNSET
    producing_llm: None | str | Unset = UNSET
    conversation_turn_metrics: ConvaiTurnMetrics | None | Unset = UNSET
    rag_retrieval_info: ConvaiRagRetrievalInfo | None | Unset = UNSET
    llm_usage: ConvaiLlmTokenUsageOutput | None | Unset = UNSET
    interrupted: bool | Unset = False
    ignored_as_backchannel: bool | Unset = False
    original_message: None | str | Unset = UNSET
    reasoning: list[ConversationReasoningModel] | Unset = UNSET
    source_medium: ChatSourceMedium | None | Unset = UNSET
    source_event_id: int | None | Unset = UNSET
    used_static_kb_document_ids: list[str] | Unset = UNSET
    user_identifier: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    triggered_guardrails: list[TriggeredGuardrailCommonModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        role: str = self.role

        time_in_call_secs = self.time_in_call_secs

        agent_metadata: dict[str, Any] | None | Unset
        if isinstance(self.agent_metadata, Unset):
            agent_metadata = UNSET
        elif isinstance(self.agent_metadata, AgentMetadata):
            agent_metadata = self.agent_metadata.to_dict()
        else:
            agent_metadata = self.agent_metadata

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        multivoice_message: dict[str, Any] | None | Unset
        if isinstance(self.multivoice_message, Unset):
            multivoice_message = UNSET
        elif isinstance(self.multivoice_message, ConversationHistoryMultivoiceMessageModel):
            multivoice_message = self.multivoice_message.to_dict()
        else:
            multivoice_message = self.multivoice_message

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
                elif isinstance(tool_results_item_data, ConvaiToolResultSystemOutput):
                    tool_results_item = tool_results_item_data.to_dict()
                elif isinstance(
                    tool_results_item_data,
                    ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput,
                ):
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

        producing_llm: None | str | Unset
        if isinstance(self.producing_llm, Unset):
            producing_llm = UNSET
        else:
            producing_llm = self.producing_llm

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
        elif isinstance(self.llm_usage, ConvaiLlmTokenUsageOutput):
            llm_usage = self.llm_usage.to_dict()
        else:
            llm_usage = self.llm_usage

        interrupted = self.interrupted

        ignored_as_backchannel = self.ignored_as_backchannel

        original_message: None | str | Unset
        if isinstance(self.original_message, Unset):
            original_message = UNSET
        else:
            original_message = self.original_message

        reasoning: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = []
            for reasoning_item_data in self.reasoning:
                reasoning_item = reasoning_item_data.to_dict()
                reasoning.append(reasoning_item)

        source_medium: None | str | Unset
        if isinstance(self.source_medium, Unset):
            source_medium = UNSET
        elif isinstance(self.source_medium, str):
            source_medium = self.source_medium
        else:
            source_medium = self.source_medium

        source_event_id: int | None | Unset
        if isinstance(self.source_event_id, Unset):
            source_event_id = UNSET
        else:
            source_event_id = self.source_event_id

        used_static_kb_document_ids: list[str] | Unset = UNSET
        if not isinstance(self.used_static_kb_document_ids, Unset):
            used_static_kb_document_ids = self.used_static_kb_document_ids

        user_identifier: None | str | Unset
        if isinstance(self.user_identifier, Unset):
            user_identifier = UNSET
        else:
            user_identifier = self.user_identifier

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        triggered_guardrails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.triggered_guardrails, Unset):
            triggered_guardrails = []
            for triggered_guardrails_item_data in self.triggered_guardrails:
                triggered_guardrails_item = triggered_guardrails_item_data.to_dict()
                triggered_guardrails.append(triggered_guardrails_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "time_in_call_secs": time_in_call_secs,
            }
        )
        if agent_metadata is not UNSET:
            field_dict["agent_metadata"] = agent_metadata
        if message is not UNSET:
            field_dict["message"] = message
        if multivoice_message is not UNSET:
            field_dict["multivoice_message"] = multivoice_message
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if tool_results is not UNSET:
            field_dict["tool_results"] = tool_results
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if llm_override is not UNSET:
            field_dict["llm_override"] = llm_override
        if producing_llm is not UNSET:
            field_dict["producing_llm"] = producing_llm
        if conversation_turn_metrics is not UNSET:
            field_dict["conversation_turn_metrics"] = conversation_turn_metrics
        if rag_retrieval_info is not UNSET:
            field_dict["rag_retrieval_info"] = rag_retrieval_info
        if llm_usage is not UNSET:
            field_dict["llm_usage"] = llm_usage
        if interrupted is not UNSET:
            field_dict["interrupted"] = interrupted
        if ignored_as_backchannel is not UNSET:
            field_dict["ignored_as_backchannel"] = ignored_as_backchannel
        if original_message is not UNSET:
            field_dict["original_message"] = original_message
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if source_medium is not UNSET:
            field_dict["source_medium"] = source_medium
        if source_event_id is not UNSET:
            field_dict["source_event_id"] = source_event_id
        if used_static_kb_document_ids is not UNSET:
            field_dict["used_static_kb_document_ids"] = used_static_kb_document_ids
        if user_identifier is not UNSET:
            field_dict["user_identifier"] = user_identifier
        if id is not UNSET:
            field_dict["id"] = id
        if triggered_guardrails is not UNSET:
            field_dict["triggered_guardrails"] = triggered_guardrails

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        role = check_conversation_history_transcript_common_model_output_role(d.pop("role"))

        time_in_call_secs = d.pop("time_in_call_secs")

        def _parse_agent_metadata(data: object) -> AgentMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_metadata_type_0 = AgentMetadata.from_dict(data)

                return agent_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentMetadata | None | Unset, data)

        agent_metadata = _parse_agent_metadata(d.pop("agent_metadata", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_multivoice_message(data: object) -> ConversationHistoryMultivoiceMessageModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                multivoice_message_type_0 = ConversationHistoryMultivoiceMessageModel.from_dict(data)

                return multivoice_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationHistoryMultivoiceMessageModel | None | Unset, data)

        multivoice_message = _parse_multivoice_message(d.pop("multivoice_message", UNSET))

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[ConvaiTranscriptToolCallOutput] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ConvaiTranscriptToolCallOutput.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        _tool_results = d.pop("tool_results", UNSET)
        tool_results: (
            list[
                ConvaiToolResultOther
                | ConvaiToolResultSystemOutput
                | ConvaiToolResultWorkflowOutput
                | ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput
            ]
            | Unset
        ) = UNSET
        if _tool_results is not UNSET:
            tool_results = []
            for tool_results_item_data in _tool_results:

                def _parse_tool_results_item(
                    data: object,
                ) -> (
                    ConvaiToolResultOther
                    | ConvaiToolResultSystemOutput
                    | ConvaiToolResultWorkflowOutput
                    | ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput
                ):
                    if isinstance(data, dict):
                        if data.get("type") in ("client", "code", "mcp", "webhook"):
                            tool_results_item_type_0 = ConvaiToolResultOther.from_dict(data)

                            return tool_results_item_type_0
                        if data.get("type") == "system":
                            tool_results_item_type_1 = ConvaiToolResultSystemOutput.from_dict(data)

                            return tool_results_item_type_1
                        if data.get("type") == "api_integration_webhook":
                            tool_results_item_type_2 = ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput.from_dict(
                                data
                            )

                            return tool_results_item_type_2
                        if data.get("type") == "workflow":
                            tool_results_item_type_3 = ConvaiToolResultWorkflowOutput.from_dict(data)

                            return tool_results_item_type_3

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
                        tool_results_item_type_1 = ConvaiToolResultSystemOutput.from_dict(data)

                        return tool_results_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tool_results_item_type_2 = (
                            ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput.from_dict(
                                data
                            )
                        )

                        return tool_results_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    tool_results_item_type_3 = ConvaiToolResultWorkflowOutput.from_dict(data)

                    return tool_results_item_type_3

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

        def _parse_producing_llm(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        producing_llm = _parse_producing_llm(d.pop("producing_llm", UNSET))

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

        def _parse_llm_usage(data: object) -> ConvaiLlmTokenUsageOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                llm_usage_type_0 = ConvaiLlmTokenUsageOutput.from_dict(data)

                return llm_usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiLlmTokenUsageOutput | None | Unset, data)

        llm_usage = _parse_llm_usage(d.pop("llm_usage", UNSET))

        interrupted = d.pop("interrupted", UNSET)

        ignored_as_backchannel = d.pop("ignored_as_backchannel", UNSET)

        def _parse_original_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_message = _parse_original_message(d.pop("original_message", UNSET))

        _reasoning = d.pop("reasoning", UNSET)
        reasoning: list[ConversationReasoningModel] | Unset = UNSET
        if _reasoning is not UNSET:
            reasoning = []
            for reasoning_item_data in _reasoning:
                reasoning_item = ConversationReasoningModel.from_dict(reasoning_item_data)

                reasoning.append(reasoning_item)

        def _parse_source_medium(data: object) -> ChatSourceMedium | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_medium_type_0 = check_chat_source_medium(data)

                return source_medium_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatSourceMedium | None | Unset, data)

        source_medium = _parse_source_medium(d.pop("source_medium", UNSET))

        def _parse_source_event_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        source_event_id = _parse_source_event_id(d.pop("source_event_id", UNSET))

        used_static_kb_document_ids = cast(list[str], d.pop("used_static_kb_document_ids", UNSET))

        def _parse_user_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_identifier = _parse_user_identifier(d.pop("user_identifier", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        _triggered_guardrails = d.pop("triggered_guardrails", UNSET)
        triggered_guardrails: list[TriggeredGuardrailCommonModel] | Unset = UNSET
        if _triggered_guardrails is not UNSET:
            triggered_guardrails = []
            for triggered_guardrails_item_data in _triggered_guardrails:
                triggered_guardrails_item = TriggeredGuardrailCommonModel.from_dict(triggered_guardrails_item_data)

                triggered_guardrails.append(triggered_guardrails_item)

        conversation_history_transcript_common_model_output = cls(
            role=role,
            time_in_call_secs=time_in_call_secs,
            agent_metadata=agent_metadata,
            message=message,
            multivoice_message=multivoice_message,
            tool_calls=tool_calls,
            tool_results=tool_results,
            feedback=feedback,
            llm_override=llm_override,
            producing_llm=producing_llm,
            conversation_turn_metrics=conversation_turn_metrics,
            rag_retrieval_info=rag_retrieval_info,
            llm_usage=llm_usage,
            interrupted=interrupted,
            ignored_as_backchannel=ignored_as_backchannel,
            original_message=original_message,
            reasoning=reasoning,
            source_medium=source_medium,
            source_event_id=source_event_id,
            used_static_kb_document_ids=used_static_kb_document_ids,
            user_identifier=user_identifier,
            id=id,
            triggered_guardrails=triggered_guardrails,
        )

        conversation_history_transcript_common_model_output.additional_properties = d
        return conversation_history_transcript_common_model_output

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
        AgentMetadata, \
        ConvaiLlmTokenUsageOutput, \
        ConvaiRagRetrievalInfo, \
        ConvaiToolResultOther, \
        ConvaiToolResultSystemOutput, \
        ConvaiToolResultWorkflowOutput, \
        ConvaiTranscriptToolCallOutput, \
        ConvaiTurnMetrics, \
        ConvaiUserFeedback, \
        ConversationHistoryMultivoiceMessageModel, \
        ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput, \
        ConversationReasoningModel, \
        TriggeredGuardrailCommonModel
    from ..models.agent_metadata import AgentMetadata  # noqa: F401
    from ..models.convai_llm_token_usage_output import ConvaiLlmTokenUsageOutput  # noqa: F401
    from ..models.convai_rag_retrieval_info import ConvaiRagRetrievalInfo  # noqa: F401
    from ..models.convai_tool_result_other import ConvaiToolResultOther  # noqa: F401
    from ..models.convai_tool_result_system_output import ConvaiToolResultSystemOutput  # noqa: F401
    from ..models.convai_tool_result_workflow_output import ConvaiToolResultWorkflowOutput  # noqa: F401
    from ..models.convai_transcript_tool_call_output import ConvaiTranscriptToolCallOutput  # noqa: F401
    from ..models.convai_turn_metrics import ConvaiTurnMetrics  # noqa: F401
    from ..models.convai_user_feedback import ConvaiUserFeedback  # noqa: F401
    from ..models.conversation_history_multivoice_message_model import ConversationHistoryMultivoiceMessageModel  # noqa: F401
    from ..models.conversation_history_transcript_api_integration_webhook_tools_result_common_model_output import (
        ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput,  # noqa: F401
    )
    from ..models.conversation_reasoning_model import ConversationReasoningModel  # noqa: F401
    from ..models.triggered_guardrail_common_model import TriggeredGuardrailCommonModel  # noqa: F401

    _nested_models_loaded = True
