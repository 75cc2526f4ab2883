from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.studio_chapter_other_node_output import StudioChapterOtherNodeOutput
    from ..models.studio_chapter_tts_node_output import StudioChapterTtsNodeOutput


T = TypeVar("T", bound="StudioChapterBlockOutput")


@_attrs_define
class StudioChapterBlockOutput:
    """One block (paragraph or heading) of returned content.

    Attributes:
        block_id (str):
        nodes (list[StudioChapterOtherNodeOutput | StudioChapterTtsNodeOutput]):
    """

    block_id: str
    nodes: list[StudioChapterOtherNodeOutput | StudioChapterTtsNodeOutput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        block_id = self.block_id

        nodes = []
        for nodes_item_data in self.nodes:
            nodes_item: dict[str, Any]
            if isinstance(nodes_item_data, StudioChapterTtsNodeOutput):
                nodes_item = nodes_item_data.to_dict()
            else:
                nodes_item = nodes_item_data.to_dict()

            nodes.append(nodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "block_id": block_id,
                "nodes": nodes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        block_id = d.pop("block_id")

        nodes = []
        _nodes = d.pop("nodes")
        for nodes_item_data in _nodes:

            def _parse_nodes_item(data: object) -> StudioChapterOtherNodeOutput | StudioChapterTtsNodeOutput:
                if isinstance(data, dict):
                    if data.get("type") == "tts_node":
                        nodes_item_type_0 = StudioChapterTtsNodeOutput.from_dict(data)

                        return nodes_item_type_0
                    if data.get("type") == "_other":
                        nodes_item_type_1 = StudioChapterOtherNodeOutput.from_dict(data)

                        return nodes_item_type_1

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    nodes_item_type_0 = StudioChapterTtsNodeOutput.from_dict(data)

                    return nodes_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                nodes_item_type_1 = StudioChapterOtherNodeOutput.from_dict(data)

                return nodes_item_type_1

            nodes_item = _parse_nodes_item(nodes_item_data)

            nodes.append(nodes_item)

        studio_chapter_block_output = cls(
            block_id=block_id,
            nodes=nodes,
        )

        studio_chapter_block_output.additional_properties = d
        return studio_chapter_block_output

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
    global _nested_models_loaded, StudioChapterOtherNodeOutput, StudioChapterTtsNodeOutput
    from ..models.studio_chapter_other_node_output import StudioChapterOtherNodeOutput  # noqa: F401
    from ..models.studio_chapter_tts_node_output import StudioChapterTtsNodeOutput  # noqa: F401

    _nested_models_loaded = True
