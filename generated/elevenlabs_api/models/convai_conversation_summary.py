from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_conversation_summary_direction_type_0 import (
    ConvaiConversationSummaryDirectionType0,
    check_convai_conversation_summary_direction_type_0,
)
from ..models.convai_conversation_summary_status import (
    ConvaiConversationSummaryStatus,
    check_convai_conversation_summary_status,
)
from ..models.convai_evaluation_result import ConvaiEvaluationResult, check_convai_evaluation_result
from ..types import UNSET, Unset

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
        agent_name (None | str | Unset):
        transcript_summary (None | str | Unset):
        call_summary_title (None | str | Unset):
        direction (ConvaiConversationSummaryDirectionType0 | None | Unset):
    """

    agent_id: str
    conversation_id: str
    start_time_unix_secs: int
    call_duration_secs: int
    message_count: int
    status: ConvaiConversationSummaryStatus
    call_successful: ConvaiEvaluationResult
    agent_name: None | str | Unset = UNSET
    transcript_summary: None | str | Unset = UNSET
    call_summary_title: None | str | Unset = UNSET
    direction: ConvaiConversationSummaryDirectionType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        conversation_id = self.conversation_id

        start_time_unix_secs = self.start_time_unix_secs

        call_duration_secs = self.call_duration_secs

        message_count = self.message_count

        status: str = self.status

        call_successful: str = self.call_successful

        agent_name: None | str | Unset
        if isinstance(self.agent_name, Unset):
            agent_name = UNSET
        else:
            agent_name = self.agent_name

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

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, str):
            direction = self.direction
        else:
            direction = self.direction

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
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if transcript_summary is not UNSET:
            field_dict["transcript_summary"] = transcript_summary
        if call_summary_title is not UNSET:
            field_dict["call_summary_title"] = call_summary_title
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        conversation_id = d.pop("conversation_id")

        start_time_unix_secs = d.pop("start_time_unix_secs")

        call_duration_secs = d.pop("call_duration_secs")

        message_count = d.pop("message_count")

        status = check_convai_conversation_summary_status(d.pop("status"))

        call_successful = check_convai_evaluation_result(d.pop("call_successful"))

        def _parse_agent_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_name = _parse_agent_name(d.pop("agent_name", UNSET))

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

        def _parse_direction(data: object) -> ConvaiConversationSummaryDirectionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = check_convai_conversation_summary_direction_type_0(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiConversationSummaryDirectionType0 | None | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        convai_conversation_summary = cls(
            agent_id=agent_id,
            conversation_id=conversation_id,
            start_time_unix_secs=start_time_unix_secs,
            call_duration_secs=call_duration_secs,
            message_count=message_count,
            status=status,
            call_successful=call_successful,
            agent_name=agent_name,
            transcript_summary=transcript_summary,
            call_summary_title=call_summary_title,
            direction=direction,
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
