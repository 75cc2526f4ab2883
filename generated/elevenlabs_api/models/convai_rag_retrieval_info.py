from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_embedding_model import ConvaiEmbeddingModel, check_convai_embedding_model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_rag_chunk_metadata import ConvaiRagChunkMetadata


T = TypeVar("T", bound="ConvaiRagRetrievalInfo")


@_attrs_define
class ConvaiRagRetrievalInfo:
    """What knowledge base retrieval found for a turn.

    Attributes:
        chunks (list[ConvaiRagChunkMetadata]):
        embedding_model (ConvaiEmbeddingModel): Embedding model used for a RAG index.
        retrieval_query (str):
        rag_latency_secs (float):
        used_chunk_ids (list[str] | Unset):
    """

    chunks: list[ConvaiRagChunkMetadata]
    embedding_model: ConvaiEmbeddingModel
    retrieval_query: str
    rag_latency_secs: float
    used_chunk_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        chunks = []
        for chunks_item_data in self.chunks:
            chunks_item = chunks_item_data.to_dict()
            chunks.append(chunks_item)

        embedding_model: str = self.embedding_model

        retrieval_query = self.retrieval_query

        rag_latency_secs = self.rag_latency_secs

        used_chunk_ids: list[str] | Unset = UNSET
        if not isinstance(self.used_chunk_ids, Unset):
            used_chunk_ids = self.used_chunk_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chunks": chunks,
                "embedding_model": embedding_model,
                "retrieval_query": retrieval_query,
                "rag_latency_secs": rag_latency_secs,
            }
        )
        if used_chunk_ids is not UNSET:
            field_dict["used_chunk_ids"] = used_chunk_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        chunks = []
        _chunks = d.pop("chunks")
        for chunks_item_data in _chunks:
            chunks_item = ConvaiRagChunkMetadata.from_dict(chunks_item_data)

            chunks.append(chunks_item)

        embedding_model = check_convai_embedding_model(d.pop("embedding_model"))

        retrieval_query = d.pop("retrieval_query")

        rag_latency_secs = d.pop("rag_latency_secs")

        used_chunk_ids = cast(list[str], d.pop("used_chunk_ids", UNSET))

        convai_rag_retrieval_info = cls(
            chunks=chunks,
            embedding_model=embedding_model,
            retrieval_query=retrieval_query,
            rag_latency_secs=rag_latency_secs,
            used_chunk_ids=used_chunk_ids,
        )

        convai_rag_retrieval_info.additional_properties = d
        return convai_rag_retrieval_info

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
    global _nested_models_loaded, ConvaiRagChunkMetadata
    from ..models.convai_rag_chunk_metadata import ConvaiRagChunkMetadata  # noqa: F401

    _nested_models_loaded = True
