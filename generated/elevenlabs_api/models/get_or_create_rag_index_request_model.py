from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_embedding_model import ConvaiEmbeddingModel, check_convai_embedding_model

T = TypeVar("T", bound="GetOrCreateRAGIndexRequestModel")


@_attrs_define
class GetOrCreateRAGIndexRequestModel:
    """
    Attributes:
        document_id (str):
        create_if_missing (bool):
        model (ConvaiEmbeddingModel): Embedding model used for a RAG index.
    """

    document_id: str
    create_if_missing: bool
    model: ConvaiEmbeddingModel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        create_if_missing = self.create_if_missing

        model: str = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_id": document_id,
                "create_if_missing": create_if_missing,
                "model": model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = d.pop("document_id")

        create_if_missing = d.pop("create_if_missing")

        model = check_convai_embedding_model(d.pop("model"))

        get_or_create_rag_index_request_model = cls(
            document_id=document_id,
            create_if_missing=create_if_missing,
            model=model,
        )

        get_or_create_rag_index_request_model.additional_properties = d
        return get_or_create_rag_index_request_model

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
