from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_embedding_model import ConvaiEmbeddingModel, check_convai_embedding_model
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiRagConfig")


@_attrs_define
class ConvaiRagConfig:
    """Knowledge base retrieval settings.

    Attributes:
        enabled (bool | Unset):  Default: False.
        embedding_model (ConvaiEmbeddingModel | Unset): Embedding model used for a RAG index. Default:
            'e5_mistral_7b_instruct'.
        max_vector_distance (float | Unset):  Default: 0.6.
        max_documents_length (int | Unset):  Default: 50000.
        max_retrieved_rag_chunks_count (int | Unset):  Default: 20.
        num_candidates (int | None | Unset):
        query_rewrite_prompt_override (None | str | Unset):
    """

    enabled: bool | Unset = False
    embedding_model: ConvaiEmbeddingModel | Unset = "e5_mistral_7b_instruct"
    max_vector_distance: float | Unset = 0.6
    max_documents_length: int | Unset = 50000
    max_retrieved_rag_chunks_count: int | Unset = 20
    num_candidates: int | None | Unset = UNSET
    query_rewrite_prompt_override: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        embedding_model: str | Unset = UNSET
        if not isinstance(self.embedding_model, Unset):
            embedding_model = self.embedding_model

        max_vector_distance = self.max_vector_distance

        max_documents_length = self.max_documents_length

        max_retrieved_rag_chunks_count = self.max_retrieved_rag_chunks_count

        num_candidates: int | None | Unset
        if isinstance(self.num_candidates, Unset):
            num_candidates = UNSET
        else:
            num_candidates = self.num_candidates

        query_rewrite_prompt_override: None | str | Unset
        if isinstance(self.query_rewrite_prompt_override, Unset):
            query_rewrite_prompt_override = UNSET
        else:
            query_rewrite_prompt_override = self.query_rewrite_prompt_override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if embedding_model is not UNSET:
            field_dict["embedding_model"] = embedding_model
        if max_vector_distance is not UNSET:
            field_dict["max_vector_distance"] = max_vector_distance
        if max_documents_length is not UNSET:
            field_dict["max_documents_length"] = max_documents_length
        if max_retrieved_rag_chunks_count is not UNSET:
            field_dict["max_retrieved_rag_chunks_count"] = max_retrieved_rag_chunks_count
        if num_candidates is not UNSET:
            field_dict["num_candidates"] = num_candidates
        if query_rewrite_prompt_override is not UNSET:
            field_dict["query_rewrite_prompt_override"] = query_rewrite_prompt_override

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        _embedding_model = d.pop("embedding_model", UNSET)
        embedding_model: ConvaiEmbeddingModel | Unset
        if isinstance(_embedding_model, Unset):
            embedding_model = UNSET
        else:
            embedding_model = check_convai_embedding_model(_embedding_model)

        max_vector_distance = d.pop("max_vector_distance", UNSET)

        max_documents_length = d.pop("max_documents_length", UNSET)

        max_retrieved_rag_chunks_count = d.pop("max_retrieved_rag_chunks_count", UNSET)

        def _parse_num_candidates(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_candidates = _parse_num_candidates(d.pop("num_candidates", UNSET))

        def _parse_query_rewrite_prompt_override(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        query_rewrite_prompt_override = _parse_query_rewrite_prompt_override(
            d.pop("query_rewrite_prompt_override", UNSET)
        )

        convai_rag_config = cls(
            enabled=enabled,
            embedding_model=embedding_model,
            max_vector_distance=max_vector_distance,
            max_documents_length=max_documents_length,
            max_retrieved_rag_chunks_count=max_retrieved_rag_chunks_count,
            num_candidates=num_candidates,
            query_rewrite_prompt_override=query_rewrite_prompt_override,
        )

        convai_rag_config.additional_properties = d
        return convai_rag_config

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
