from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convai_rag_index import ConvaiRagIndex


T = TypeVar("T", bound="ConvaiRagIndexList")


@_attrs_define
class ConvaiRagIndexList:
    """The RAG indexes of a document.

    Attributes:
        indexes (list[ConvaiRagIndex]):
    """

    indexes: list[ConvaiRagIndex]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        indexes = []
        for indexes_item_data in self.indexes:
            indexes_item = indexes_item_data.to_dict()
            indexes.append(indexes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indexes": indexes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        indexes = []
        _indexes = d.pop("indexes")
        for indexes_item_data in _indexes:
            indexes_item = ConvaiRagIndex.from_dict(indexes_item_data)

            indexes.append(indexes_item)

        convai_rag_index_list = cls(
            indexes=indexes,
        )

        convai_rag_index_list.additional_properties = d
        return convai_rag_index_list

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
    global _nested_models_loaded, ConvaiRagIndex
    from ..models.convai_rag_index import ConvaiRagIndex  # noqa: F401

    _nested_models_loaded = True
