from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.knowledge_base_folder_path_segment_summary_response_model import (
        KnowledgeBaseFolderPathSegmentSummaryResponseModel,
    )


T = TypeVar("T", bound="ConvaiKnowledgeBaseDocumentCreated")


@_attrs_define
class ConvaiKnowledgeBaseDocumentCreated:
    """Id and name of a newly added document.

    Attributes:
        id (str):
        name (str):
        folder_path (list[KnowledgeBaseFolderPathSegmentSummaryResponseModel] | Unset):
    """

    id: str
    name: str
    folder_path: list[KnowledgeBaseFolderPathSegmentSummaryResponseModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        name = self.name

        folder_path: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.folder_path, Unset):
            folder_path = []
            for folder_path_item_data in self.folder_path:
                folder_path_item = folder_path_item_data.to_dict()
                folder_path.append(folder_path_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        _folder_path = d.pop("folder_path", UNSET)
        folder_path: list[KnowledgeBaseFolderPathSegmentSummaryResponseModel] | Unset = UNSET
        if _folder_path is not UNSET:
            folder_path = []
            for folder_path_item_data in _folder_path:
                folder_path_item = KnowledgeBaseFolderPathSegmentSummaryResponseModel.from_dict(folder_path_item_data)

                folder_path.append(folder_path_item)

        convai_knowledge_base_document_created = cls(
            id=id,
            name=name,
            folder_path=folder_path,
        )

        convai_knowledge_base_document_created.additional_properties = d
        return convai_knowledge_base_document_created

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
    global _nested_models_loaded, KnowledgeBaseFolderPathSegmentSummaryResponseModel
    from ..models.knowledge_base_folder_path_segment_summary_response_model import (
        KnowledgeBaseFolderPathSegmentSummaryResponseModel,  # noqa: F401
    )

    _nested_models_loaded = True
