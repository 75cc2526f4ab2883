from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_embedding_model import ConvaiEmbeddingModel, check_convai_embedding_model

T = TypeVar("T", bound="ConvaiRagIndexModelUsage")


@_attrs_define
class ConvaiRagIndexModelUsage:
    """Storage used by the indexes of one embedding model.

    Attributes:
        model (ConvaiEmbeddingModel): Embedding model used for a RAG index.
        used_bytes (int):
    """

    model: ConvaiEmbeddingModel
    used_bytes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        used_bytes = self.used_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "used_bytes": used_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = check_convai_embedding_model(d.pop("model"))

        used_bytes = d.pop("used_bytes")

        convai_rag_index_model_usage = cls(
            model=model,
            used_bytes=used_bytes,
        )

        convai_rag_index_model_usage.additional_properties = d
        return convai_rag_index_model_usage

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
