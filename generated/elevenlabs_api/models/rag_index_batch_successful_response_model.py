from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convai_rag_index import ConvaiRagIndex


T = TypeVar("T", bound="RAGIndexBatchSuccessfulResponseModel")


@_attrs_define
class RAGIndexBatchSuccessfulResponseModel:
    """
    Attributes:
        status (Literal['success']):  Default: 'success'.
        data (ConvaiRagIndex): One RAG index of a document.
    """

    data: ConvaiRagIndex
    status: Literal["success"] = "success"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        status = self.status

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        status = cast(Literal["success"], d.pop("status"))
        if status != "success":
            raise ValueError(f"status must match const 'success', got '{status}'")

        data = ConvaiRagIndex.from_dict(d.pop("data"))

        rag_index_batch_successful_response_model = cls(
            status=status,
            data=data,
        )

        rag_index_batch_successful_response_model.additional_properties = d
        return rag_index_batch_successful_response_model

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
