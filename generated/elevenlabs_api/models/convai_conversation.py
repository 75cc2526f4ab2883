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
    from ..models.convai_transcript_entry_output import ConvaiTranscriptEntryOutput


T = TypeVar("T", bound="ConvaiConversation")


@_attrs_define
class ConvaiConversation:
    """A conversation with its transcript, metadata and analysis.

    Attributes:
        agent_id (str):
        conversation_id (str):
        status (ConvaiConversationStatus):
        transcript (list[ConvaiTranscriptEntryOutput]):
        metadata (ConvaiConversationMetadata): Timing, cost, telephony and feature facts of a conversation.
        has_audio (bool):
        has_user_audio (bool):
        has_response_audio (bool):
        user_id (None | str | Unset):
        analysis (ConvaiConversationAnalysis | None | Unset):
        conversation_initiation_client_data (ConvaiConversationInitClientDataOutput | Unset): Data the client sent when
            starting the conversation (response form).
    """

    agent_id: str
    conversation_id: str
    status: ConvaiConversationStatus
    transcript: list[ConvaiTranscriptEntryOutput]
    metadata: ConvaiConversationMetadata
    has_audio: bool
    has_user_audio: bool
    has_response_audio: bool
    user_id: None | str | Unset = UNSET
    analysis: ConvaiConversationAnalysis | None | Unset = UNSET
    conversation_initiation_client_data: ConvaiConversationInitClientDataOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        agent_id = self.agent_id

        conversation_id = self.conversation_id

        status: str = self.status

        transcript = []
        for transcript_item_data in self.transcript:
            transcript_item = transcript_item_data.to_dict()
            transcript.append(transcript_item)

        metadata = self.metadata.to_dict()

        has_audio = self.has_audio

        has_user_audio = self.has_user_audio

        has_response_audio = self.has_response_audio

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        analysis: dict[str, Any] | None | Unset
        if isinstance(self.analysis, Unset):
            analysis = UNSET
        elif isinstance(self.analysis, ConvaiConversationAnalysis):
            analysis = self.analysis.to_dict()
        else:
            analysis = self.analysis

        conversation_initiation_client_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_initiation_client_data, Unset):
            conversation_initiation_client_data = self.conversation_initiation_client_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "conversation_id": conversation_id,
                "status": status,
                "transcript": transcript,
                "metadata": metadata,
                "has_audio": has_audio,
                "has_user_audio": has_user_audio,
                "has_response_audio": has_response_audio,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if conversation_initiation_client_data is not UNSET:
            field_dict["conversation_initiation_client_data"] = conversation_initiation_client_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        conversation_id = d.pop("conversation_id")

        status = check_convai_conversation_status(d.pop("status"))

        transcript = []
        _transcript = d.pop("transcript")
        for transcript_item_data in _transcript:
            transcript_item = ConvaiTranscriptEntryOutput.from_dict(transcript_item_data)

            transcript.append(transcript_item)

        metadata = ConvaiConversationMetadata.from_dict(d.pop("metadata"))

        has_audio = d.pop("has_audio")

        has_user_audio = d.pop("has_user_audio")

        has_response_audio = d.pop("has_response_audio")

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

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

        _conversation_initiation_client_data = d.pop("conversation_initiation_client_data", UNSET)
        conversation_initiation_client_data: ConvaiConversationInitClientDataOutput | Unset
        if isinstance(_conversation_initiation_client_data, Unset):
            conversation_initiation_client_data = UNSET
        else:
            conversation_initiation_client_data = ConvaiConversationInitClientDataOutput.from_dict(
                _conversation_initiation_client_data
            )

        convai_conversation = cls(
            agent_id=agent_id,
            conversation_id=conversation_id,
            status=status,
            transcript=transcript,
            metadata=metadata,
            has_audio=has_audio,
            has_user_audio=has_user_audio,
            has_response_audio=has_response_audio,
            user_id=user_id,
            analysis=analysis,
            conversation_initiation_client_data=conversation_initiation_client_data,
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
        ConvaiTranscriptEntryOutput
    from ..models.convai_conversation_analysis import ConvaiConversationAnalysis  # noqa: F401
    from ..models.convai_conversation_init_client_data_output import ConvaiConversationInitClientDataOutput  # noqa: F401
    from ..models.convai_conversation_metadata import ConvaiConversationMetadata  # noqa: F401
    from ..models.convai_transcript_entry_output import ConvaiTranscriptEntryOutput  # noqa: F401

    _nested_models_loaded = True
