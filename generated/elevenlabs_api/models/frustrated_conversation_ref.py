from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.frustrated_conversation_ref_overall_label import (
    FrustratedConversationRefOverallLabel,
    check_frustrated_conversation_ref_overall_label,
)

T = TypeVar("T", bound="FrustratedConversationRef")


@_attrs_define
class FrustratedConversationRef:
    """
    Attributes:
        conversation_id (str):
        agent_id (str):
        start_time_unix_secs (int):
        overall_label (FrustratedConversationRefOverallLabel):
        overall_sentiment_score (float):
        overall_frustration_score (float):
    """

    conversation_id: str
    agent_id: str
    start_time_unix_secs: int
    overall_label: FrustratedConversationRefOverallLabel
    overall_sentiment_score: float
    overall_frustration_score: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        agent_id = self.agent_id

        start_time_unix_secs = self.start_time_unix_secs

        overall_label: str = self.overall_label

        overall_sentiment_score = self.overall_sentiment_score

        overall_frustration_score = self.overall_frustration_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "agent_id": agent_id,
                "start_time_unix_secs": start_time_unix_secs,
                "overall_label": overall_label,
                "overall_sentiment_score": overall_sentiment_score,
                "overall_frustration_score": overall_frustration_score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conversation_id = d.pop("conversation_id")

        agent_id = d.pop("agent_id")

        start_time_unix_secs = d.pop("start_time_unix_secs")

        overall_label = check_frustrated_conversation_ref_overall_label(d.pop("overall_label"))

        overall_sentiment_score = d.pop("overall_sentiment_score")

        overall_frustration_score = d.pop("overall_frustration_score")

        frustrated_conversation_ref = cls(
            conversation_id=conversation_id,
            agent_id=agent_id,
            start_time_unix_secs=start_time_unix_secs,
            overall_label=overall_label,
            overall_sentiment_score=overall_sentiment_score,
            overall_frustration_score=overall_frustration_score,
        )

        frustrated_conversation_ref.additional_properties = d
        return frustrated_conversation_ref

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
