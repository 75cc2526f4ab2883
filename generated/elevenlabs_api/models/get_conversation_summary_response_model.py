from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_evaluation_result import ConvaiEvaluationResult, check_convai_evaluation_result
from ..models.get_conversation_summary_response_model_status import (
    GetConversationSummaryResponseModelStatus,
    check_get_conversation_summary_response_model_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_summary_message_model import ConversationSummaryMessageModel


T = TypeVar("T", bound="GetConversationSummaryResponseModel")


@_attrs_define
class GetConversationSummaryResponseModel:
    """
    Attributes:
        conversation_id (str):
        agent_id (str):
        status (GetConversationSummaryResponseModelStatus):
        message_count (int):
        note (str):
        call_summary_title (None | str | Unset):
        transcript_summary (None | str | Unset):
        call_successful (ConvaiEvaluationResult | None | Unset):
        messages (list[ConversationSummaryMessageModel] | None | Unset):
        messages_omitted (bool | Unset):  Default: False.
    """

    conversation_id: str
    agent_id: str
    status: GetConversationSummaryResponseModelStatus
    message_count: int
    note: str
    call_summary_title: None | str | Unset = UNSET
    transcript_summary: None | str | Unset = UNSET
    call_successful: ConvaiEvaluationResult | None | Unset = UNSET
    messages: list[ConversationSummaryMessageModel] | None | Unset = UNSET
    messages_omitted: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        conversation_id = self.conversation_id

        agent_id = self.agent_id

        status: str = self.status

        message_count = self.message_count

        note = self.note

        call_summary_title: None | str | Unset
        if isinstance(self.call_summary_title, Unset):
            call_summary_title = UNSET
        else:
            call_summary_title = self.call_summary_title

        transcript_summary: None | str | Unset
        if isinstance(self.transcript_summary, Unset):
            transcript_summary = UNSET
        else:
            transcript_summary = self.transcript_summary

        call_successful: None | str | Unset
        if isinstance(self.call_successful, Unset):
            call_successful = UNSET
        elif isinstance(self.call_successful, str):
            call_successful = self.call_successful
        else:
            call_successful = self.call_successful

        messages: list[dict[str, Any]] | None | Unset
        if isinstance(self.messages, Unset):
            messages = UNSET
        elif isinstance(self.messages, list):
            messages = []
            for messages_type_0_item_data in self.messages:
                messages_type_0_item = messages_type_0_item_data.to_dict()
                messages.append(messages_type_0_item)

        else:
            messages = self.messages

        messages_omitted = self.messages_omitted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "agent_id": agent_id,
                "status": status,
                "message_count": message_count,
                "note": note,
            }
        )
        if call_summary_title is not UNSET:
            field_dict["call_summary_title"] = call_summary_title
        if transcript_summary is not UNSET:
            field_dict["transcript_summary"] = transcript_summary
        if call_successful is not UNSET:
            field_dict["call_successful"] = call_successful
        if messages is not UNSET:
            field_dict["messages"] = messages
        if messages_omitted is not UNSET:
            field_dict["messages_omitted"] = messages_omitted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        conversation_id = d.pop("conversation_id")

        agent_id = d.pop("agent_id")

        status = check_get_conversation_summary_response_model_status(d.pop("status"))

        message_count = d.pop("message_count")

        note = d.pop("note")

        def _parse_call_summary_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_summary_title = _parse_call_summary_title(d.pop("call_summary_title", UNSET))

        def _parse_transcript_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transcript_summary = _parse_transcript_summary(d.pop("transcript_summary", UNSET))

        def _parse_call_successful(data: object) -> ConvaiEvaluationResult | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                call_successful_type_0 = check_convai_evaluation_result(data)

                return call_successful_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiEvaluationResult | None | Unset, data)

        call_successful = _parse_call_successful(d.pop("call_successful", UNSET))

        def _parse_messages(data: object) -> list[ConversationSummaryMessageModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                messages_type_0 = []
                _messages_type_0 = data
                for messages_type_0_item_data in _messages_type_0:
                    messages_type_0_item = ConversationSummaryMessageModel.from_dict(messages_type_0_item_data)

                    messages_type_0.append(messages_type_0_item)

                return messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConversationSummaryMessageModel] | None | Unset, data)

        messages = _parse_messages(d.pop("messages", UNSET))

        messages_omitted = d.pop("messages_omitted", UNSET)

        get_conversation_summary_response_model = cls(
            conversation_id=conversation_id,
            agent_id=agent_id,
            status=status,
            message_count=message_count,
            note=note,
            call_summary_title=call_summary_title,
            transcript_summary=transcript_summary,
            call_successful=call_successful,
            messages=messages,
            messages_omitted=messages_omitted,
        )

        get_conversation_summary_response_model.additional_properties = d
        return get_conversation_summary_response_model

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
    global _nested_models_loaded, ConversationSummaryMessageModel
    from ..models.conversation_summary_message_model import ConversationSummaryMessageModel  # noqa: F401

    _nested_models_loaded = True
