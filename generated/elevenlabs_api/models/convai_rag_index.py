from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_embedding_model import ConvaiEmbeddingModel, check_convai_embedding_model
from ..models.convai_rag_index_status import ConvaiRagIndexStatus, check_convai_rag_index_status

if TYPE_CHECKING:
    from ..models.convai_rag_index_usage import ConvaiRagIndexUsage


T = TypeVar("T", bound="ConvaiRagIndex")


@_attrs_define
class ConvaiRagIndex:
    """One RAG index of a document.

    Attributes:
        id (str):
        model (ConvaiEmbeddingModel): Embedding model used for a RAG index.
        status (ConvaiRagIndexStatus): State of a RAG index.
        progress_percentage (float):
        document_model_index_usage (ConvaiRagIndexUsage): Storage a RAG index takes.
    """

    id: str
    model: ConvaiEmbeddingModel
    status: ConvaiRagIndexStatus
    progress_percentage: float
    document_model_index_usage: ConvaiRagIndexUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        model: str = self.model

        status: str = self.status

        progress_percentage = self.progress_percentage

        document_model_index_usage = self.document_model_index_usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "model": model,
                "status": status,
                "progress_percentage": progress_percentage,
                "document_model_index_usage": document_model_index_usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        id = d.pop("id")

        model = check_convai_embedding_model(d.pop("model"))

        status = check_convai_rag_index_status(d.pop("status"))

        progress_percentage = d.pop("progress_percentage")

        document_model_index_usage = ConvaiRagIndexUsage.from_dict(d.pop("document_model_index_usage"))

        convai_rag_index = cls(
            id=id,
            model=model,
            status=status,
            progress_percentage=progress_percentage,
            document_model_index_usage=document_model_index_usage,
        )

        convai_rag_index.additional_properties = d
        return convai_rag_index

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
    global _nested_models_loaded, ConvaiRagIndexUsage
    from ..models.convai_rag_index_usage import ConvaiRagIndexUsage  # noqa: F401

    _nested_models_loaded = True
