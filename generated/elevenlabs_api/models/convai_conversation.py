from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_conversation_status import ConvaiConversationStatus, check_convai_conversation_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_conversation_analysis import ConvaiConversationAnalysis
    from ..models.convai_conversation_init_client_data_output import ConvaiConversationInitClientDataOutput
    from ..models.convai_conversation_metadata import ConvaiConversationMetadata
    from ..models.convai_conversation_otlp_traces_type_0 import ConvaiConversationOtlpTracesType0
    from ..models.convai_transcript_entry_output import ConvaiTranscriptEntryOutput
    from ..models.visited_agent_ref import VisitedAgentRef


T = TypeVar("T", bound="ConvaiConversation")


@_attrs_define
class ConvaiConversation:
    """A conversation with its transcript, metadata and analysis.

    Attributes:
        agent_id (str):
        status (ConvaiConversationStatus):
        metadata (ConvaiConversationMetadata): Timing, cost, telephony and feature facts of a conversation.
        conversation_id (str):
        has_audio (bool):
        has_user_audio (bool):
        has_response_audio (bool):
        has_auxiliary_audio (bool):
        transcript (list[ConvaiTranscriptEntryOutput]):
        agent_name (None | str | Unset):
        conversation_product (str | Unset):  Default: 'agent'.
        user_id (None | str | Unset):
        branch_id (None | str | Unset):
        version_id (None | str | Unset):
        analysis (ConvaiConversationAnalysis | None | Unset):
        visited_agents (list[VisitedAgentRef] | Unset):
        conversation_initiation_client_data (ConvaiConversationInitClientDataOutput | Unset): Data the client sent when
            starting the conversation (response form).
        environment (str | Unset):  Default: 'production'.
        tag_ids (list[str] | Unset):
        otlp_traces (ConvaiConversationOtlpTracesType0 | None | Unset):
    """

    agent_id: str
    status: ConvaiConversationStatus
    metadata: ConvaiConversationMetadata
    conversation_id: str
    has_audio: bool
    has_user_audio: bool
    has_response_audio: bool
    has_auxiliary_audio: bool
    transcript: list[ConvaiTranscriptEntryOutput]
    agent_name: None | str | Unset = UNSET
    conversation_product: str | Unset = "agent"
    user_id: None | str | Unset = UNSET
    branch_id: None | str | Unset = UNSET
    version_id: None | str | Unset = UNSET
    analysis: ConvaiConversationAnalysis | None | Unset = UNSET
    visited_agents: list[VisitedAgentRef] | Unset = UNSET
    conversation_initiation_client_data: ConvaiConversationInitClientDataOutput | Unset = UNSET
    environment: str | Unset = "production"
    tag_ids: list[str] | Unset = UNSET
    otlp_traces: ConvaiConversationOtlpTracesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        agent_id = self.agent_id

        status: str = self.status

        metadata = self.metadata.to_dict()

        conversation_id = self.conversation_id

        has_audio = self.has_audio

        has_user_audio = self.has_user_audio

        has_response_audio = self.has_response_audio

        has_auxiliary_audio = self.has_auxiliary_audio

        transcript = []
        for transcript_item_data in self.transcript:
            transcript_item = transcript_item_data.to_dict()
            transcript.append(transcript_item)

        agent_name: None | str | Unset
        if isinstance(self.agent_name, Unset):
            agent_name = UNSET
        else:
            agent_name = self.agent_name

        conversation_product = self.conversation_product

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

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

        analysis: dict[str, Any] | None | Unset
        if isinstance(self.analysis, Unset):
            analysis = UNSET
        elif isinstance(self.analysis, ConvaiConversationAnalysis):
            analysis = self.analysis.to_dict()
        else:
            analysis = self.analysis

        visited_agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.visited_agents, Unset):
            visited_agents = []
            for visited_agents_item_data in self.visited_agents:
                visited_agents_item = visited_agents_item_data.to_dict()
                visited_agents.append(visited_agents_item)

        conversation_initiation_client_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_initiation_client_data, Unset):
            conversation_initiation_client_data = self.conversation_initiation_client_data.to_dict()

        environment = self.environment

        tag_ids: list[str] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = self.tag_ids

        otlp_traces: dict[str, Any] | None | Unset
        if isinstance(self.otlp_traces, Unset):
            otlp_traces = UNSET
        elif isinstance(self.otlp_traces, ConvaiConversationOtlpTracesType0):
            otlp_traces = self.otlp_traces.to_dict()
        else:
            otlp_traces = self.otlp_traces

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "status": status,
                "metadata": metadata,
                "conversation_id": conversation_id,
                "has_audio": has_audio,
                "has_user_audio": has_user_audio,
                "has_response_audio": has_response_audio,
                "has_auxiliary_audio": has_auxiliary_audio,
                "transcript": transcript,
            }
        )
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if conversation_product is not UNSET:
            field_dict["conversation_product"] = conversation_product
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if visited_agents is not UNSET:
            field_dict["visited_agents"] = visited_agents
        if conversation_initiation_client_data is not UNSET:
            field_dict["conversation_initiation_client_data"] = conversation_initiation_client_data
        if environment is not UNSET:
            field_dict["environment"] = environment
        if tag_ids is not UNSET:
            field_dict["tag_ids"] = tag_ids
        if otlp_traces is not UNSET:
            field_dict["otlp_traces"] = otlp_traces

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        status = check_convai_conversation_status(d.pop("status"))

        metadata = ConvaiConversationMetadata.from_dict(d.pop("metadata"))

        conversation_id = d.pop("conversation_id")

        has_audio = d.pop("has_audio")

        has_user_audio = d.pop("has_user_audio")

        has_response_audio = d.pop("has_response_audio")

        has_auxiliary_audio = d.pop("has_auxiliary_audio")

        transcript = []
        _transcript = d.pop("transcript")
        for transcript_item_data in _transcript:
            transcript_item = ConvaiTranscriptEntryOutput.from_dict(transcript_item_data)

            transcript.append(transcript_item)

        def _parse_agent_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_name = _parse_agent_name(d.pop("agent_name", UNSET))

        conversation_product = d.pop("conversation_product", UNSET)

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

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

        def _parse_analysis(data: object) -> ConvaiConversationAnalysis | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                analysis_type_0 = ConvaiConversationAnalysis.from_dict(data)

                return analysis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiConversationAnalysis | None | Unset, data)

        analysis = _parse_analysis(d.pop("analysis", UNSET))

        _visited_agents = d.pop("visited_agents", UNSET)
        visited_agents: list[VisitedAgentRef] | Unset = UNSET
        if _visited_agents is not UNSET:
            visited_agents = []
            for visited_agents_item_data in _visited_agents:
                visited_agents_item = VisitedAgentRef.from_dict(visited_agents_item_data)

                visited_agents.append(visited_agents_item)

        _conversation_initiation_client_data = d.pop("conversation_initiation_client_data", UNSET)
        conversation_initiation_client_data: ConvaiConversationInitClientDataOutput | Unset
        if isinstance(_conversation_initiation_client_data, Unset):
            conversation_initiation_client_data = UNSET
        else:
            conversation_initiation_client_data = ConvaiConversationInitClientDataOutput.from_dict(
                _conversation_initiation_client_data
            )

        environment = d.pop("environment", UNSET)

        tag_ids = cast(list[str], d.pop("tag_ids", UNSET))

        def _parse_otlp_traces(data: object) -> ConvaiConversationOtlpTracesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                otlp_traces_type_0 = ConvaiConversationOtlpTracesType0.from_dict(data)

                return otlp_traces_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiConversationOtlpTracesType0 | None | Unset, data)

        otlp_traces = _parse_otlp_traces(d.pop("otlp_traces", UNSET))

        convai_conversation = cls(
            agent_id=agent_id,
            status=status,
            metadata=metadata,
            conversation_id=conversation_id,
            has_audio=has_audio,
            has_user_audio=has_user_audio,
            has_response_audio=has_response_audio,
            has_auxiliary_audio=has_auxiliary_audio,
            transcript=transcript,
            agent_name=agent_name,
            conversation_product=conversation_product,
            user_id=user_id,
            branch_id=branch_id,
            version_id=version_id,
            analysis=analysis,
            visited_agents=visited_agents,
            conversation_initiation_client_data=conversation_initiation_client_data,
            environment=environment,
            tag_ids=tag_ids,
            otlp_traces=otlp_traces,
        )

        convai_conversation.additional_properties = d
        return convai_conversation

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
        ConvaiConversationAnalysis, \
        ConvaiConversationInitClientDataOutput, \
        ConvaiConversationMetadata, \
        ConvaiConversationOtlpTracesType0, \
        ConvaiTranscriptEntryOutput, \
        VisitedAgentRef
    from ..models.convai_conversation_analysis import ConvaiConversationAnalysis  # noqa: F401
    from ..models.convai_conversation_init_client_data_output import ConvaiConversationInitClientDataOutput  # noqa: F401
    from ..models.convai_conversation_metadata import ConvaiConversationMetadata  # noqa: F401
    from ..models.convai_conversation_otlp_traces_type_0 import ConvaiConversationOtlpTracesType0  # noqa: F401
    from ..models.convai_transcript_entry_output import ConvaiTranscriptEntryOutput  # noqa: F401
    from ..models.visited_agent_ref import VisitedAgentRef  # noqa: F401

    _nested_models_loaded = True
