from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConvaiRagChunkMetadata")


@_attrs_define
class ConvaiRagChunkMetadata:
    """
    Attributes:
        document_id (str):
        chunk_id (str):
        vector_distance (float):
    """

    document_id: str
    chunk_id: str
    vector_distance: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        chunk_id = self.chunk_id

        vector_distance = self.vector_distance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_id": document_id,
                "chunk_id": chunk_id,
                "vector_distance": vector_distance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = d.pop("document_id")

        chunk_id = d.pop("chunk_id")

        vector_distance = d.pop("vector_distance")

        convai_rag_chunk_metadata = cls(
            document_id=document_id,
            chunk_id=chunk_id,
            vector_distance=vector_distance,
        )

        convai_rag_chunk_metadata.additional_properties = d
        return convai_rag_chunk_metadata

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
