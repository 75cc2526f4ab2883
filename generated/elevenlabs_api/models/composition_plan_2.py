from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audio_ref_chunk import AudioRefChunk
    from ..models.generation_chunk_input import GenerationChunkInput


T = TypeVar("T", bound="CompositionPlan2")


@_attrs_define
class CompositionPlan2:
    """
    Attributes:
        chunks (list[AudioRefChunk | GenerationChunkInput]):
    """

    chunks: list[AudioRefChunk | GenerationChunkInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        chunks = []
        for chunks_item_data in self.chunks:
            chunks_item: dict[str, Any]
            if isinstance(chunks_item_data, GenerationChunkInput):
                chunks_item = chunks_item_data.to_dict()
            else:
                chunks_item = chunks_item_data.to_dict()

            chunks.append(chunks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chunks": chunks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        chunks = []
        _chunks = d.pop("chunks")
        for chunks_item_data in _chunks:

            def _parse_chunks_item(data: object) -> AudioRefChunk | GenerationChunkInput:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    chunks_item_type_0 = GenerationChunkInput.from_dict(data)

                    return chunks_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                chunks_item_type_1 = AudioRefChunk.from_dict(data)

                return chunks_item_type_1

            chunks_item = _parse_chunks_item(chunks_item_data)

            chunks.append(chunks_item)

        composition_plan_2 = cls(
            chunks=chunks,
        )

        composition_plan_2.additional_properties = d
        return composition_plan_2

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
    global _nested_models_loaded, AudioRefChunk, GenerationChunkInput
    from ..models.audio_ref_chunk import AudioRefChunk  # noqa: F401
    from ..models.generation_chunk_input import GenerationChunkInput  # noqa: F401

    _nested_models_loaded = True
