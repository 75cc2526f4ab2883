from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_format import ContentFormat, check_content_format
from ..models.convai_knowledge_base_document_type import (
    ConvaiKnowledgeBaseDocumentType,
    check_convai_knowledge_base_document_type,
)

T = TypeVar("T", bound="AgentKnowledgeBaseRagChunkResponseModel")


@_attrs_define
class AgentKnowledgeBaseRagChunkResponseModel:
    """
    Attributes:
        document_id (str):
        document_name (str):
        chunk_id (str):
        text (str):
        vector_distance (float | None):
        content_format (ContentFormat):
        document_type (ConvaiKnowledgeBaseDocumentType): Where a knowledge base document came from.
    """

    document_id: str
    document_name: str
    chunk_id: str
    text: str
    vector_distance: float | None
    content_format: ContentFormat
    document_type: ConvaiKnowledgeBaseDocumentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        document_name = self.document_name

        chunk_id = self.chunk_id

        text = self.text

        vector_distance: float | None
        vector_distance = self.vector_distance

        content_format: str = self.content_format

        document_type: str = self.document_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_id": document_id,
                "document_name": document_name,
                "chunk_id": chunk_id,
                "text": text,
                "vector_distance": vector_distance,
                "content_format": content_format,
                "document_type": document_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = d.pop("document_id")

        document_name = d.pop("document_name")

        chunk_id = d.pop("chunk_id")

        text = d.pop("text")

        def _parse_vector_distance(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        vector_distance = _parse_vector_distance(d.pop("vector_distance"))

        content_format = check_content_format(d.pop("content_format"))

        document_type = check_convai_knowledge_base_document_type(d.pop("document_type"))

        agent_knowledge_base_rag_chunk_response_model = cls(
            document_id=document_id,
            document_name=document_name,
            chunk_id=chunk_id,
            text=text,
            vector_distance=vector_distance,
            content_format=content_format,
            document_type=document_type,
        )

        agent_knowledge_base_rag_chunk_response_model.additional_properties = d
        return agent_knowledge_base_rag_chunk_response_model

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
