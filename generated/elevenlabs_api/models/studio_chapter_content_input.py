from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.studio_chapter_block_input import StudioChapterBlockInput


T = TypeVar("T", bound="StudioChapterContentInput")


@_attrs_define
class StudioChapterContentInput:
    """A chapter's content as sent to the API.

    Attributes:
        blocks (list[StudioChapterBlockInput]):
    """

    blocks: list[StudioChapterBlockInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        blocks = []
        for blocks_item_data in self.blocks:
            blocks_item = blocks_item_data.to_dict()
            blocks.append(blocks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blocks": blocks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        blocks = []
        _blocks = d.pop("blocks")
        for blocks_item_data in _blocks:
            blocks_item = StudioChapterBlockInput.from_dict(blocks_item_data)

            blocks.append(blocks_item)

        studio_chapter_content_input = cls(
            blocks=blocks,
        )

        studio_chapter_content_input.additional_properties = d
        return studio_chapter_content_input

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
    global _nested_models_loaded, StudioChapterBlockInput
    from ..models.studio_chapter_block_input import StudioChapterBlockInput  # noqa: F401

    _nested_models_loaded = True
