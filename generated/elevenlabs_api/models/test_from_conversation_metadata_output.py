from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_history_transcript_common_model_output import (
        ConversationHistoryTranscriptCommonModelOutput,
    )


T = TypeVar("T", bound="TestFromConversationMetadataOutput")


@_attrs_define
class TestFromConversationMetadataOutput:
    """
    Attributes:
        conversation_id (str):
        agent_id (str):
        branch_id (None | str | Unset):
        workflow_node_id (None | str | Unset):
        original_agent_reply (list[ConversationHistoryTranscriptCommonModelOutput] | Unset):
    """

    conversation_id: str
    agent_id: str
    branch_id: None | str | Unset = UNSET
    workflow_node_id: None | str | Unset = UNSET
    original_agent_reply: list[ConversationHistoryTranscriptCommonModelOutput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        conversation_id = self.conversation_id

        agent_id = self.agent_id

        branch_id: None | str | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        workflow_node_id: None | str | Unset
        if isinstance(self.workflow_node_id, Unset):
            workflow_node_id = UNSET
        else:
            workflow_node_id = self.workflow_node_id

        original_agent_reply: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.original_agent_reply, Unset):
            original_agent_reply = []
            for original_agent_reply_item_data in self.original_agent_reply:
                original_agent_reply_item = original_agent_reply_item_data.to_dict()
                original_agent_reply.append(original_agent_reply_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "agent_id": agent_id,
            }
        )
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if workflow_node_id is not UNSET:
            field_dict["workflow_node_id"] = workflow_node_id
        if original_agent_reply is not UNSET:
            field_dict["original_agent_reply"] = original_agent_reply

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        conversation_id = d.pop("conversation_id")

        agent_id = d.pop("agent_id")

        def _parse_branch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        def _parse_workflow_node_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_node_id = _parse_workflow_node_id(d.pop("workflow_node_id", UNSET))

        _original_agent_reply = d.pop("original_agent_reply", UNSET)
        original_agent_reply: list[ConversationHistoryTranscriptCommonModelOutput] | Unset = UNSET
        if _original_agent_reply is not UNSET:
            original_agent_reply = []
            for original_agent_reply_item_data in _original_agent_reply:
                original_agent_reply_item = ConversationHistoryTranscriptCommonModelOutput.from_dict(
                    original_agent_reply_item_data
                )

                original_agent_reply.append(original_agent_reply_item)

        test_from_conversation_metadata_output = cls(
            conversation_id=conversation_id,
            agent_id=agent_id,
            branch_id=branch_id,
            workflow_node_id=workflow_node_id,
            original_agent_reply=original_agent_reply,
        )

        test_from_conversation_metadata_output.additional_properties = d
        return test_from_conversation_metadata_output

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
    global _nested_models_loaded, ConversationHistoryTranscriptCommonModelOutput
    from ..models.conversation_history_transcript_common_model_output import (
        ConversationHistoryTranscriptCommonModelOutput,  # noqa: F401
    )

    _nested_models_loaded = True
