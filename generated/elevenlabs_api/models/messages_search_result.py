from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_highlight_segment import SearchHighlightSegment


T = TypeVar("T", bound="MessagesSearchResult")


@_attrs_define
class MessagesSearchResult:
    """
    Attributes:
        conversation_id (str):
        agent_id (str):
        transcript_index (int):
        chunk_text (str):
        score (float):
        conversation_start_time_unix_secs (int):
        agent_name (None | str | Unset):
        chunk_highlights (list[SearchHighlightSegment] | None | Unset):
    """

    conversation_id: str
    agent_id: str
    transcript_index: int
    chunk_text: str
    score: float
    conversation_start_time_unix_secs: int
    agent_name: None | str | Unset = UNSET
    chunk_highlights: list[SearchHighlightSegment] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        conversation_id = self.conversation_id

        agent_id = self.agent_id

        transcript_index = self.transcript_index

        chunk_text = self.chunk_text

        score = self.score

        conversation_start_time_unix_secs = self.conversation_start_time_unix_secs

        agent_name: None | str | Unset
        if isinstance(self.agent_name, Unset):
            agent_name = UNSET
        else:
            agent_name = self.agent_name

        chunk_highlights: list[dict[str, Any]] | None | Unset
        if isinstance(self.chunk_highlights, Unset):
            chunk_highlights = UNSET
        elif isinstance(self.chunk_highlights, list):
            chunk_highlights = []
            for chunk_highlights_type_0_item_data in self.chunk_highlights:
                chunk_highlights_type_0_item = chunk_highlights_type_0_item_data.to_dict()
                chunk_highlights.append(chunk_highlights_type_0_item)

        else:
            chunk_highlights = self.chunk_highlights

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "agent_id": agent_id,
                "transcript_index": transcript_index,
                "chunk_text": chunk_text,
                "score": score,
                "conversation_start_time_unix_secs": conversation_start_time_unix_secs,
            }
        )
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if chunk_highlights is not UNSET:
            field_dict["chunk_highlights"] = chunk_highlights

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        conversation_id = d.pop("conversation_id")

        agent_id = d.pop("agent_id")

        transcript_index = d.pop("transcript_index")

        chunk_text = d.pop("chunk_text")

        score = d.pop("score")

        conversation_start_time_unix_secs = d.pop("conversation_start_time_unix_secs")

        def _parse_agent_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_name = _parse_agent_name(d.pop("agent_name", UNSET))

        def _parse_chunk_highlights(data: object) -> list[SearchHighlightSegment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                chunk_highlights_type_0 = []
                _chunk_highlights_type_0 = data
                for chunk_highlights_type_0_item_data in _chunk_highlights_type_0:
                    chunk_highlights_type_0_item = SearchHighlightSegment.from_dict(chunk_highlights_type_0_item_data)

                    chunk_highlights_type_0.append(chunk_highlights_type_0_item)

                return chunk_highlights_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SearchHighlightSegment] | None | Unset, data)

        chunk_highlights = _parse_chunk_highlights(d.pop("chunk_highlights", UNSET))

        messages_search_result = cls(
            conversation_id=conversation_id,
            agent_id=agent_id,
            transcript_index=transcript_index,
            chunk_text=chunk_text,
            score=score,
            conversation_start_time_unix_secs=conversation_start_time_unix_secs,
            agent_name=agent_name,
            chunk_highlights=chunk_highlights,
        )

        messages_search_result.additional_properties = d
        return messages_search_result

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
    global _nested_models_loaded, SearchHighlightSegment
    from ..models.search_highlight_segment import SearchHighlightSegment  # noqa: F401

    _nested_models_loaded = True
