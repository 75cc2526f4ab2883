from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.studio_chapter_block_input_sub_type_type_0 import (
    StudioChapterBlockInputSubTypeType0,
    check_studio_chapter_block_input_sub_type_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.studio_chapter_tts_node_input import StudioChapterTtsNodeInput


T = TypeVar("T", bound="StudioChapterBlockInput")


@_attrs_define
class StudioChapterBlockInput:
    """One block of content to send; give `block_id` to keep an existing block.

    Attributes:
        nodes (list[StudioChapterTtsNodeInput]):
        sub_type (None | StudioChapterBlockInputSubTypeType0 | Unset):
        block_id (None | str | Unset):
    """

    nodes: list[StudioChapterTtsNodeInput]
    sub_type: None | StudioChapterBlockInputSubTypeType0 | Unset = UNSET
    block_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        nodes = []
        for nodes_item_data in self.nodes:
            nodes_item = nodes_item_data.to_dict()
            nodes.append(nodes_item)

        sub_type: None | str | Unset
        if isinstance(self.sub_type, Unset):
            sub_type = UNSET
        elif isinstance(self.sub_type, str):
            sub_type = self.sub_type
        else:
            sub_type = self.sub_type

        block_id: None | str | Unset
        if isinstance(self.block_id, Unset):
            block_id = UNSET
        else:
            block_id = self.block_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nodes": nodes,
            }
        )
        if sub_type is not UNSET:
            field_dict["sub_type"] = sub_type
        if block_id is not UNSET:
            field_dict["block_id"] = block_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        nodes = []
        _nodes = d.pop("nodes")
        for nodes_item_data in _nodes:
            nodes_item = StudioChapterTtsNodeInput.from_dict(nodes_item_data)

            nodes.append(nodes_item)

        def _parse_sub_type(data: object) -> None | StudioChapterBlockInputSubTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sub_type_type_0 = check_studio_chapter_block_input_sub_type_type_0(data)

                return sub_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioChapterBlockInputSubTypeType0 | Unset, data)

        sub_type = _parse_sub_type(d.pop("sub_type", UNSET))

        def _parse_block_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        block_id = _parse_block_id(d.pop("block_id", UNSET))

        studio_chapter_block_input = cls(
            nodes=nodes,
            sub_type=sub_type,
            block_id=block_id,
        )

        studio_chapter_block_input.additional_properties = d
        return studio_chapter_block_input

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
    global _nested_models_loaded, StudioChapterTtsNodeInput
    from ..models.studio_chapter_tts_node_input import StudioChapterTtsNodeInput  # noqa: F401

    _nested_models_loaded = True
