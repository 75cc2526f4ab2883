from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agent_knowledge_base_rag_chunk_response_model import AgentKnowledgeBaseRagChunkResponseModel


T = TypeVar("T", bound="AgentKnowledgeBaseRagQueryResponseModel")


@_attrs_define
class AgentKnowledgeBaseRagQueryResponseModel:
    """
    Attributes:
        retrieval_query (str):
        chunks (list[AgentKnowledgeBaseRagChunkResponseModel]):
    """

    retrieval_query: str
    chunks: list[AgentKnowledgeBaseRagChunkResponseModel]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        retrieval_query = self.retrieval_query

        chunks = []
        for chunks_item_data in self.chunks:
            chunks_item = chunks_item_data.to_dict()
            chunks.append(chunks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "retrieval_query": retrieval_query,
                "chunks": chunks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        retrieval_query = d.pop("retrieval_query")

        chunks = []
        _chunks = d.pop("chunks")
        for chunks_item_data in _chunks:
            chunks_item = AgentKnowledgeBaseRagChunkResponseModel.from_dict(chunks_item_data)

            chunks.append(chunks_item)

        agent_knowledge_base_rag_query_response_model = cls(
            retrieval_query=retrieval_query,
            chunks=chunks,
        )

        agent_knowledge_base_rag_query_response_model.additional_properties = d
        return agent_knowledge_base_rag_query_response_model

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
    global _nested_models_loaded, AgentKnowledgeBaseRagChunkResponseModel
    from ..models.agent_knowledge_base_rag_chunk_response_model import AgentKnowledgeBaseRagChunkResponseModel  # noqa: F401

    _nested_models_loaded = True
