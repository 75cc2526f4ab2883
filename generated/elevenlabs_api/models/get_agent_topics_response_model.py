from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_topic_response_model import AgentTopicResponseModel


T = TypeVar("T", bound="GetAgentTopicsResponseModel")


@_attrs_define
class GetAgentTopicsResponseModel:
    """
    Attributes:
        topics (list[AgentTopicResponseModel]):
        window_start_unix_secs (int):
        window_end_unix_secs (int):
        aggregated_run_count (int | Unset):  Default: 0.
        has_more (bool | Unset):  Default: False.
        next_cursor (None | str | Unset):
    """

    topics: list[AgentTopicResponseModel]
    window_start_unix_secs: int
    window_end_unix_secs: int
    aggregated_run_count: int | Unset = 0
    has_more: bool | Unset = False
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        topics = []
        for topics_item_data in self.topics:
            topics_item = topics_item_data.to_dict()
            topics.append(topics_item)

        window_start_unix_secs = self.window_start_unix_secs

        window_end_unix_secs = self.window_end_unix_secs

        aggregated_run_count = self.aggregated_run_count

        has_more = self.has_more

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topics": topics,
                "window_start_unix_secs": window_start_unix_secs,
                "window_end_unix_secs": window_end_unix_secs,
            }
        )
        if aggregated_run_count is not UNSET:
            field_dict["aggregated_run_count"] = aggregated_run_count
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        topics = []
        _topics = d.pop("topics")
        for topics_item_data in _topics:
            topics_item = AgentTopicResponseModel.from_dict(topics_item_data)

            topics.append(topics_item)

        window_start_unix_secs = d.pop("window_start_unix_secs")

        window_end_unix_secs = d.pop("window_end_unix_secs")

        aggregated_run_count = d.pop("aggregated_run_count", UNSET)

        has_more = d.pop("has_more", UNSET)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        get_agent_topics_response_model = cls(
            topics=topics,
            window_start_unix_secs=window_start_unix_secs,
            window_end_unix_secs=window_end_unix_secs,
            aggregated_run_count=aggregated_run_count,
            has_more=has_more,
            next_cursor=next_cursor,
        )

        get_agent_topics_response_model.additional_properties = d
        return get_agent_topics_response_model

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
    global _nested_models_loaded, AgentTopicResponseModel
    from ..models.agent_topic_response_model import AgentTopicResponseModel  # noqa: F401

    _nested_models_loaded = True
