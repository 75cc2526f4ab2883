from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.topic_evaluation_criteria_aggregate import TopicEvaluationCriteriaAggregate
    from ..models.topic_sentiment_aggregate import TopicSentimentAggregate


T = TypeVar("T", bound="TopicMetricsAggregate")


@_attrs_define
class TopicMetricsAggregate:
    """
    Attributes:
        conversation_count (int | Unset):  Default: 0.
        sentiment (None | TopicSentimentAggregate | Unset):
        evaluation_criteria (list[TopicEvaluationCriteriaAggregate] | Unset):
    """

    conversation_count: int | Unset = 0
    sentiment: None | TopicSentimentAggregate | Unset = UNSET
    evaluation_criteria: list[TopicEvaluationCriteriaAggregate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        conversation_count = self.conversation_count

        sentiment: dict[str, Any] | None | Unset
        if isinstance(self.sentiment, Unset):
            sentiment = UNSET
        elif isinstance(self.sentiment, TopicSentimentAggregate):
            sentiment = self.sentiment.to_dict()
        else:
            sentiment = self.sentiment

        evaluation_criteria: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evaluation_criteria, Unset):
            evaluation_criteria = []
            for evaluation_criteria_item_data in self.evaluation_criteria:
                evaluation_criteria_item = evaluation_criteria_item_data.to_dict()
                evaluation_criteria.append(evaluation_criteria_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_count is not UNSET:
            field_dict["conversation_count"] = conversation_count
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment
        if evaluation_criteria is not UNSET:
            field_dict["evaluation_criteria"] = evaluation_criteria

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        conversation_count = d.pop("conversation_count", UNSET)

        def _parse_sentiment(data: object) -> None | TopicSentimentAggregate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sentiment_type_0 = TopicSentimentAggregate.from_dict(data)

                return sentiment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TopicSentimentAggregate | Unset, data)

        sentiment = _parse_sentiment(d.pop("sentiment", UNSET))

        _evaluation_criteria = d.pop("evaluation_criteria", UNSET)
        evaluation_criteria: list[TopicEvaluationCriteriaAggregate] | Unset = UNSET
        if _evaluation_criteria is not UNSET:
            evaluation_criteria = []
            for evaluation_criteria_item_data in _evaluation_criteria:
                evaluation_criteria_item = TopicEvaluationCriteriaAggregate.from_dict(evaluation_criteria_item_data)

                evaluation_criteria.append(evaluation_criteria_item)

        topic_metrics_aggregate = cls(
            conversation_count=conversation_count,
            sentiment=sentiment,
            evaluation_criteria=evaluation_criteria,
        )

        topic_metrics_aggregate.additional_properties = d
        return topic_metrics_aggregate

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
    global _nested_models_loaded, TopicEvaluationCriteriaAggregate, TopicSentimentAggregate
    from ..models.topic_evaluation_criteria_aggregate import TopicEvaluationCriteriaAggregate  # noqa: F401
    from ..models.topic_sentiment_aggregate import TopicSentimentAggregate  # noqa: F401

    _nested_models_loaded = True
