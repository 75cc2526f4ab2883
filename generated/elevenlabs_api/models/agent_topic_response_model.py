from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.topic_metrics_aggregate import TopicMetricsAggregate


T = TypeVar("T", bound="AgentTopicResponseModel")


@_attrs_define
class AgentTopicResponseModel:
    """
    Attributes:
        topic_id (str):
        label (str):
        description (str):
        conversation_count (int):
        parent_topic_id (None | str | Unset):
        x_2d (float | None | Unset):
        y_2d (float | None | Unset):
        metrics (None | TopicMetricsAggregate | Unset):
        success_rate (float | None | Unset):
    """

    topic_id: str
    label: str
    description: str
    conversation_count: int
    parent_topic_id: None | str | Unset = UNSET
    x_2d: float | None | Unset = UNSET
    y_2d: float | None | Unset = UNSET
    metrics: None | TopicMetricsAggregate | Unset = UNSET
    success_rate: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        topic_id = self.topic_id

        label = self.label

        description = self.description

        conversation_count = self.conversation_count

        parent_topic_id: None | str | Unset
        if isinstance(self.parent_topic_id, Unset):
            parent_topic_id = UNSET
        else:
            parent_topic_id = self.parent_topic_id

        x_2d: float | None | Unset
        if isinstance(self.x_2d, Unset):
            x_2d = UNSET
        else:
            x_2d = self.x_2d

        y_2d: float | None | Unset
        if isinstance(self.y_2d, Unset):
            y_2d = UNSET
        else:
            y_2d = self.y_2d

        metrics: dict[str, Any] | None | Unset
        if isinstance(self.metrics, Unset):
            metrics = UNSET
        elif isinstance(self.metrics, TopicMetricsAggregate):
            metrics = self.metrics.to_dict()
        else:
            metrics = self.metrics

        success_rate: float | None | Unset
        if isinstance(self.success_rate, Unset):
            success_rate = UNSET
        else:
            success_rate = self.success_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic_id": topic_id,
                "label": label,
                "description": description,
                "conversation_count": conversation_count,
            }
        )
        if parent_topic_id is not UNSET:
            field_dict["parent_topic_id"] = parent_topic_id
        if x_2d is not UNSET:
            field_dict["x_2d"] = x_2d
        if y_2d is not UNSET:
            field_dict["y_2d"] = y_2d
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if success_rate is not UNSET:
            field_dict["success_rate"] = success_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        topic_id = d.pop("topic_id")

        label = d.pop("label")

        description = d.pop("description")

        conversation_count = d.pop("conversation_count")

        def _parse_parent_topic_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_topic_id = _parse_parent_topic_id(d.pop("parent_topic_id", UNSET))

        def _parse_x_2d(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        x_2d = _parse_x_2d(d.pop("x_2d", UNSET))

        def _parse_y_2d(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        y_2d = _parse_y_2d(d.pop("y_2d", UNSET))

        def _parse_metrics(data: object) -> None | TopicMetricsAggregate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metrics_type_0 = TopicMetricsAggregate.from_dict(data)

                return metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TopicMetricsAggregate | Unset, data)

        metrics = _parse_metrics(d.pop("metrics", UNSET))

        def _parse_success_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        success_rate = _parse_success_rate(d.pop("success_rate", UNSET))

        agent_topic_response_model = cls(
            topic_id=topic_id,
            label=label,
            description=description,
            conversation_count=conversation_count,
            parent_topic_id=parent_topic_id,
            x_2d=x_2d,
            y_2d=y_2d,
            metrics=metrics,
            success_rate=success_rate,
        )

        agent_topic_response_model.additional_properties = d
        return agent_topic_response_model

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
    global _nested_models_loaded, TopicMetricsAggregate
    from ..models.topic_metrics_aggregate import TopicMetricsAggregate  # noqa: F401

    _nested_models_loaded = True
