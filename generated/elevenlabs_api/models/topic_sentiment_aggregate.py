from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.numeric_distribution_aggregate import NumericDistributionAggregate


T = TypeVar("T", bound="TopicSentimentAggregate")


@_attrs_define
class TopicSentimentAggregate:
    """
    Attributes:
        sentiment (NumericDistributionAggregate | Unset):
        frustration (NumericDistributionAggregate | Unset):
        positive_count (int | Unset):  Default: 0.
        neutral_count (int | Unset):  Default: 0.
        negative_count (int | Unset):  Default: 0.
    """

    sentiment: NumericDistributionAggregate | Unset = UNSET
    frustration: NumericDistributionAggregate | Unset = UNSET
    positive_count: int | Unset = 0
    neutral_count: int | Unset = 0
    negative_count: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        sentiment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sentiment, Unset):
            sentiment = self.sentiment.to_dict()

        frustration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.frustration, Unset):
            frustration = self.frustration.to_dict()

        positive_count = self.positive_count

        neutral_count = self.neutral_count

        negative_count = self.negative_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment
        if frustration is not UNSET:
            field_dict["frustration"] = frustration
        if positive_count is not UNSET:
            field_dict["positive_count"] = positive_count
        if neutral_count is not UNSET:
            field_dict["neutral_count"] = neutral_count
        if negative_count is not UNSET:
            field_dict["negative_count"] = negative_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _sentiment = d.pop("sentiment", UNSET)
        sentiment: NumericDistributionAggregate | Unset
        if isinstance(_sentiment, Unset):
            sentiment = UNSET
        else:
            sentiment = NumericDistributionAggregate.from_dict(_sentiment)

        _frustration = d.pop("frustration", UNSET)
        frustration: NumericDistributionAggregate | Unset
        if isinstance(_frustration, Unset):
            frustration = UNSET
        else:
            frustration = NumericDistributionAggregate.from_dict(_frustration)

        positive_count = d.pop("positive_count", UNSET)

        neutral_count = d.pop("neutral_count", UNSET)

        negative_count = d.pop("negative_count", UNSET)

        topic_sentiment_aggregate = cls(
            sentiment=sentiment,
            frustration=frustration,
            positive_count=positive_count,
            neutral_count=neutral_count,
            negative_count=negative_count,
        )

        topic_sentiment_aggregate.additional_properties = d
        return topic_sentiment_aggregate

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
    global _nested_models_loaded, NumericDistributionAggregate
    from ..models.numeric_distribution_aggregate import NumericDistributionAggregate  # noqa: F401

    _nested_models_loaded = True
