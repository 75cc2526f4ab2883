from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.knowledge_base_rag_tool_status import KnowledgeBaseRagToolStatus, check_knowledge_base_rag_tool_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.knowledge_base_rag_chunk_model import KnowledgeBaseRagChunkModel


T = TypeVar("T", bound="KnowledgeBaseRagToolResultModel")


@_attrs_define
class KnowledgeBaseRagToolResultModel:
    """
    Attributes:
        result_type (Literal['knowledge_base_rag_success'] | Unset):  Default: 'knowledge_base_rag_success'.
        status (KnowledgeBaseRagToolStatus | Unset):  Default: 'success'.
        chunk_count (int | Unset):  Default: 0.
        message (str | Unset):  Default: 'Referenced knowledge base.'.
        chunks (list[KnowledgeBaseRagChunkModel] | Unset):
    """

    result_type: Literal["knowledge_base_rag_success"] | Unset = "knowledge_base_rag_success"
    status: KnowledgeBaseRagToolStatus | Unset = "success"
    chunk_count: int | Unset = 0
    message: str | Unset = "Referenced knowledge base."
    chunks: list[KnowledgeBaseRagChunkModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        result_type = self.result_type

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        chunk_count = self.chunk_count

        message = self.message

        chunks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chunks, Unset):
            chunks = []
            for chunks_item_data in self.chunks:
                chunks_item = chunks_item_data.to_dict()
                chunks.append(chunks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if status is not UNSET:
            field_dict["status"] = status
        if chunk_count is not UNSET:
            field_dict["chunk_count"] = chunk_count
        if message is not UNSET:
            field_dict["message"] = message
        if chunks is not UNSET:
            field_dict["chunks"] = chunks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        result_type = cast(Literal["knowledge_base_rag_success"] | Unset, d.pop("result_type", UNSET))
        if result_type != "knowledge_base_rag_success" and not isinstance(result_type, Unset):
            raise ValueError(f"result_type must match const 'knowledge_base_rag_success', got '{result_type}'")

        _status = d.pop("status", UNSET)
        status: KnowledgeBaseRagToolStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_knowledge_base_rag_tool_status(_status)

        chunk_count = d.pop("chunk_count", UNSET)

        message = d.pop("message", UNSET)

        _chunks = d.pop("chunks", UNSET)
        chunks: list[KnowledgeBaseRagChunkModel] | Unset = UNSET
        if _chunks is not UNSET:
            chunks = []
            for chunks_item_data in _chunks:
                chunks_item = KnowledgeBaseRagChunkModel.from_dict(chunks_item_data)

                chunks.append(chunks_item)

        knowledge_base_rag_tool_result_model = cls(
            result_type=result_type,
            status=status,
            chunk_count=chunk_count,
            message=message,
            chunks=chunks,
        )

        knowledge_base_rag_tool_result_model.additional_properties = d
        return knowledge_base_rag_tool_result_model

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
    global _nested_models_loaded, KnowledgeBaseRagChunkModel
    from ..models.knowledge_base_rag_chunk_model import KnowledgeBaseRagChunkModel  # noqa: F401

    _nested_models_loaded = True
