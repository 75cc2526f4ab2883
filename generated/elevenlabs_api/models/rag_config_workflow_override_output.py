from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_embedding_model import ConvaiEmbeddingModel, check_convai_embedding_model
from ..types import UNSET, Unset

T = TypeVar("T", bound="RagConfigWorkflowOverrideOutput")


@_attrs_define
class RagConfigWorkflowOverrideOutput:
    """
    Attributes:
        enabled (bool | None | Unset):
        embedding_model (ConvaiEmbeddingModel | None | Unset):
        max_vector_distance (float | None | Unset):
        max_documents_length (int | None | Unset):
        max_retrieved_rag_chunks_count (int | None | Unset):
        num_candidates (int | None | Unset):
        query_rewrite_prompt_override (None | str | Unset):
    """

    enabled: bool | None | Unset = UNSET
    embedding_model: ConvaiEmbeddingModel | None | Unset = UNSET
    max_vector_distance: float | None | Unset = UNSET
    max_documents_length: int | None | Unset = UNSET
    max_retrieved_rag_chunks_count: int | None | Unset = UNSET
    num_candidates: int | None | Unset = UNSET
    query_rewrite_prompt_override: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        embedding_model: None | str | Unset
        if isinstance(self.embedding_model, Unset):
            embedding_model = UNSET
        elif isinstance(self.embedding_model, str):
            embedding_model = self.embedding_model
        else:
            embedding_model = self.embedding_model

        max_vector_distance: float | None | Unset
        if isinstance(self.max_vector_distance, Unset):
            max_vector_distance = UNSET
        else:
            max_vector_distance = self.max_vector_distance

        max_documents_length: int | None | Unset
        if isinstance(self.max_documents_length, Unset):
            max_documents_length = UNSET
        else:
            max_documents_length = self.max_documents_length

        max_retrieved_rag_chunks_count: int | None | Unset
        if isinstance(self.max_retrieved_rag_chunks_count, Unset):
            max_retrieved_rag_chunks_count = UNSET
        else:
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

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_embedding_model(data: object) -> ConvaiEmbeddingModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                embedding_model_type_0 = check_convai_embedding_model(data)

                return embedding_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiEmbeddingModel | None | Unset, data)

        embedding_model = _parse_embedding_model(d.pop("embedding_model", UNSET))

        def _parse_max_vector_distance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_vector_distance = _parse_max_vector_distance(d.pop("max_vector_distance", UNSET))

        def _parse_max_documents_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_documents_length = _parse_max_documents_length(d.pop("max_documents_length", UNSET))

        def _parse_max_retrieved_rag_chunks_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_retrieved_rag_chunks_count = _parse_max_retrieved_rag_chunks_count(
            d.pop("max_retrieved_rag_chunks_count", UNSET)
        )

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

        rag_config_workflow_override_output = cls(
            enabled=enabled,
            embedding_model=embedding_model,
            max_vector_distance=max_vector_distance,
            max_documents_length=max_documents_length,
            max_retrieved_rag_chunks_count=max_retrieved_rag_chunks_count,
            num_candidates=num_candidates,
            query_rewrite_prompt_override=query_rewrite_prompt_override,
        )

        rag_config_workflow_override_output.additional_properties = d
        return rag_config_workflow_override_output

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
