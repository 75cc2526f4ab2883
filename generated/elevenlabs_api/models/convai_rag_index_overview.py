from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convai_rag_index_model_usage import ConvaiRagIndexModelUsage


T = TypeVar("T", bound="ConvaiRagIndexOverview")


@_attrs_define
class ConvaiRagIndexOverview:
    """RAG index storage of the workspace.

    Attributes:
        total_used_bytes (int):
        total_max_bytes (int):
        models (list[ConvaiRagIndexModelUsage]):
    """

    total_used_bytes: int
    total_max_bytes: int
    models: list[ConvaiRagIndexModelUsage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        total_used_bytes = self.total_used_bytes

        total_max_bytes = self.total_max_bytes

        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_used_bytes": total_used_bytes,
                "total_max_bytes": total_max_bytes,
                "models": models,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        total_used_bytes = d.pop("total_used_bytes")

        total_max_bytes = d.pop("total_max_bytes")

        models = []
        _models = d.pop("models")
        for models_item_data in _models:
            models_item = ConvaiRagIndexModelUsage.from_dict(models_item_data)

            models.append(models_item)

        convai_rag_index_overview = cls(
            total_used_bytes=total_used_bytes,
            total_max_bytes=total_max_bytes,
            models=models,
        )

        convai_rag_index_overview.additional_properties = d
        return convai_rag_index_overview

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
    global _nested_models_loaded, ConvaiRagIndexModelUsage
    from ..models.convai_rag_index_model_usage import ConvaiRagIndexModelUsage  # noqa: F401

    _nested_models_loaded = True
