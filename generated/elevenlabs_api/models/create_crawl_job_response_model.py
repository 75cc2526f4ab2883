from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crawl_type import CrawlType, check_crawl_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.knowledge_base_folder_path_segment_summary_response_model import (
        KnowledgeBaseFolderPathSegmentSummaryResponseModel,
    )


T = TypeVar("T", bound="CreateCrawlJobResponseModel")


@_attrs_define
class CreateCrawlJobResponseModel:
    """
    Attributes:
        id (str):
        type_ (CrawlType):
        root_folder_id (str):
        status (str):
        created_at (int):
        folder_path (list[KnowledgeBaseFolderPathSegmentSummaryResponseModel] | Unset):
    """

    id: str
    type_: CrawlType
    root_folder_id: str
    status: str
    created_at: int
    folder_path: list[KnowledgeBaseFolderPathSegmentSummaryResponseModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        type_: str = self.type_

        root_folder_id = self.root_folder_id

        status = self.status

        created_at = self.created_at

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
                "type": type_,
                "root_folder_id": root_folder_id,
                "status": status,
                "created_at": created_at,
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

        type_ = check_crawl_type(d.pop("type"))

        root_folder_id = d.pop("root_folder_id")

        status = d.pop("status")

        created_at = d.pop("created_at")

        _folder_path = d.pop("folder_path", UNSET)
        folder_path: list[KnowledgeBaseFolderPathSegmentSummaryResponseModel] | Unset = UNSET
        if _folder_path is not UNSET:
            folder_path = []
            for folder_path_item_data in _folder_path:
                folder_path_item = KnowledgeBaseFolderPathSegmentSummaryResponseModel.from_dict(folder_path_item_data)

                folder_path.append(folder_path_item)

        create_crawl_job_response_model = cls(
            id=id,
            type_=type_,
            root_folder_id=root_folder_id,
            status=status,
            created_at=created_at,
            folder_path=folder_path,
        )

        create_crawl_job_response_model.additional_properties = d
        return create_crawl_job_response_model

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
