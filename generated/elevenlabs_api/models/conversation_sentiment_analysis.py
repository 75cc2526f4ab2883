from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_sentiment_analysis_overall_label import (
    ConversationSentimentAnalysisOverallLabel,
    check_conversation_sentiment_analysis_overall_label,
)

T = TypeVar("T", bound="ConversationSentimentAnalysis")


@_attrs_define
class ConversationSentimentAnalysis:
    """
    Attributes:
        overall_label (ConversationSentimentAnalysisOverallLabel):
        overall_sentiment_score (float):
        overall_frustration_score (float):
        min_user_sentiment_score (float):
        max_user_frustration_score (float):
        num_scored_user_turns (int):
    """

    overall_label: ConversationSentimentAnalysisOverallLabel
    overall_sentiment_score: float
    overall_frustration_score: float
    min_user_sentiment_score: float
    max_user_frustration_score: float
    num_scored_user_turns: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overall_label: str = self.overall_label

        overall_sentiment_score = self.overall_sentiment_score

        overall_frustration_score = self.overall_frustration_score

        min_user_sentiment_score = self.min_user_sentiment_score

        max_user_frustration_score = self.max_user_frustration_score

        num_scored_user_turns = self.num_scored_user_turns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "overall_label": overall_label,
                "overall_sentiment_score": overall_sentiment_score,
                "overall_frustration_score": overall_frustration_score,
                "min_user_sentiment_score": min_user_sentiment_score,
                "max_user_frustration_score": max_user_frustration_score,
                "num_scored_user_turns": num_scored_user_turns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        overall_label = check_conversation_sentiment_analysis_overall_label(d.pop("overall_label"))

        overall_sentiment_score = d.pop("overall_sentiment_score")

        overall_frustration_score = d.pop("overall_frustration_score")

        min_user_sentiment_score = d.pop("min_user_sentiment_score")

        max_user_frustration_score = d.pop("max_user_frustration_score")

        num_scored_user_turns = d.pop("num_scored_user_turns")

        conversation_sentiment_analysis = cls(
            overall_label=overall_label,
            overall_sentiment_score=overall_sentiment_score,
            overall_frustration_score=overall_frustration_score,
            min_user_sentiment_score=min_user_sentiment_score,
            max_user_frustration_score=max_user_frustration_score,
            num_scored_user_turns=num_scored_user_turns,
        )

        conversation_sentiment_analysis.additional_properties = d
        return conversation_sentiment_analysis

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
