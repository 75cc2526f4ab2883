from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SentimentAggregate")


@_attrs_define
class SentimentAggregate:
    """
    Attributes:
        scored_conversation_count (int):
        positive_count (int):
        neutral_count (int):
        negative_count (int):
        average_sentiment_score (float | None):
        average_frustration_score (float | None):
        recent_scored_conversation_count (int):
        recent_positive_count (int):
        recent_neutral_count (int):
        recent_negative_count (int):
        recent_average_sentiment_score (float | None):
        recent_average_frustration_score (float | None):
    """

    scored_conversation_count: int
    positive_count: int
    neutral_count: int
    negative_count: int
    average_sentiment_score: float | None
    average_frustration_score: float | None
    recent_scored_conversation_count: int
    recent_positive_count: int
    recent_neutral_count: int
    recent_negative_count: int
    recent_average_sentiment_score: float | None
    recent_average_frustration_score: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scored_conversation_count = self.scored_conversation_count

        positive_count = self.positive_count

        neutral_count = self.neutral_count

        negative_count = self.negative_count

        average_sentiment_score: float | None
        average_sentiment_score = self.average_sentiment_score

        average_frustration_score: float | None
        average_frustration_score = self.average_frustration_score

        recent_scored_conversation_count = self.recent_scored_conversation_count

        recent_positive_count = self.recent_positive_count

        recent_neutral_count = self.recent_neutral_count

        recent_negative_count = self.recent_negative_count

        recent_average_sentiment_score: float | None
        recent_average_sentiment_score = self.recent_average_sentiment_score

        recent_average_frustration_score: float | None
        recent_average_frustration_score = self.recent_average_frustration_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scored_conversation_count": scored_conversation_count,
                "positive_count": positive_count,
                "neutral_count": neutral_count,
                "negative_count": negative_count,
                "average_sentiment_score": average_sentiment_score,
                "average_frustration_score": average_frustration_score,
                "recent_scored_conversation_count": recent_scored_conversation_count,
                "recent_positive_count": recent_positive_count,
                "recent_neutral_count": recent_neutral_count,
                "recent_negative_count": recent_negative_count,
                "recent_average_sentiment_score": recent_average_sentiment_score,
                "recent_average_frustration_score": recent_average_frustration_score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scored_conversation_count = d.pop("scored_conversation_count")

        positive_count = d.pop("positive_count")

        neutral_count = d.pop("neutral_count")

        negative_count = d.pop("negative_count")

        def _parse_average_sentiment_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        average_sentiment_score = _parse_average_sentiment_score(d.pop("average_sentiment_score"))

        def _parse_average_frustration_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        average_frustration_score = _parse_average_frustration_score(d.pop("average_frustration_score"))

        recent_scored_conversation_count = d.pop("recent_scored_conversation_count")

        recent_positive_count = d.pop("recent_positive_count")

        recent_neutral_count = d.pop("recent_neutral_count")

        recent_negative_count = d.pop("recent_negative_count")

        def _parse_recent_average_sentiment_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        recent_average_sentiment_score = _parse_recent_average_sentiment_score(d.pop("recent_average_sentiment_score"))

        def _parse_recent_average_frustration_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        recent_average_frustration_score = _parse_recent_average_frustration_score(
            d.pop("recent_average_frustration_score")
        )

        sentiment_aggregate = cls(
            scored_conversation_count=scored_conversation_count,
            positive_count=positive_count,
            neutral_count=neutral_count,
            negative_count=negative_count,
            average_sentiment_score=average_sentiment_score,
            average_frustration_score=average_frustration_score,
            recent_scored_conversation_count=recent_scored_conversation_count,
            recent_positive_count=recent_positive_count,
            recent_neutral_count=recent_neutral_count,
            recent_negative_count=recent_negative_count,
            recent_average_sentiment_score=recent_average_sentiment_score,
            recent_average_frustration_score=recent_average_frustration_score,
        )

        sentiment_aggregate.additional_properties = d
        return sentiment_aggregate

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
