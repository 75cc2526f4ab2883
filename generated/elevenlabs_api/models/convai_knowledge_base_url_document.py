from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_format import ContentFormat, check_content_format
from ..models.convai_document_usage_mode import ConvaiDocumentUsageMode, check_convai_document_usage_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_sync_info import AutoSyncInfo
    from ..models.convai_knowledge_base_document_metadata import ConvaiKnowledgeBaseDocumentMetadata
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo
    from ..models.knowledge_base_folder_path_segment_response_model import KnowledgeBaseFolderPathSegmentResponseModel


T = TypeVar("T", bound="ConvaiKnowledgeBaseUrlDocument")


@_attrs_define
class ConvaiKnowledgeBaseUrlDocument:
    """A document scraped from a URL, with its content.

    Attributes:
        id (str):
        name (str):
        metadata (ConvaiKnowledgeBaseDocumentMetadata): Timestamps and size of a document.
        supported_usages (list[ConvaiDocumentUsageMode]):
        access_info (ConvaiResourceAccessInfo): Who created a resource and what role you have on it.
        type_ (Literal['url']):
        url (str):
        extracted_inner_html (str):
        folder_parent_id (None | str | Unset):
        folder_path (list[KnowledgeBaseFolderPathSegmentResponseModel] | Unset):
        content_format (ContentFormat | Unset):  Default: 'html'.
        auto_sync_info (AutoSyncInfo | None | Unset):
    """

    id: str
    name: str
    metadata: ConvaiKnowledgeBaseDocumentMetadata
    supported_usages: list[ConvaiDocumentUsageMode]
    access_info: ConvaiResourceAccessInfo
    type_: Literal["url"]
    url: str
    extracted_inner_html: str
    folder_parent_id: None | str | Unset = UNSET
    folder_path: list[KnowledgeBaseFolderPathSegmentResponseModel] | Unset = UNSET
    content_format: ContentFormat | Unset = "html"
    auto_sync_info: AutoSyncInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        name = self.name

        metadata = self.metadata.to_dict()

        supported_usages = []
        for supported_usages_item_data in self.supported_usages:
            supported_usages_item: str = supported_usages_item_data
            supported_usages.append(supported_usages_item)

        access_info = self.access_info.to_dict()

        type_ = self.type_

        url = self.url

        extracted_inner_html = self.extracted_inner_html

        folder_parent_id: None | str | Unset
        if isinstance(self.folder_parent_id, Unset):
            folder_parent_id = UNSET
        else:
            folder_parent_id = self.folder_parent_id

        folder_path: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.folder_path, Unset):
            folder_path = []
            for folder_path_item_data in self.folder_path:
                folder_path_item = folder_path_item_data.to_dict()
                folder_path.append(folder_path_item)

        content_format: str | Unset = UNSET
        if not isinstance(self.content_format, Unset):
            content_format = self.content_format

        auto_sync_info: dict[str, Any] | None | Unset
        if isinstance(self.auto_sync_info, Unset):
            auto_sync_info = UNSET
        elif isinstance(self.auto_sync_info, AutoSyncInfo):
            auto_sync_info = self.auto_sync_info.to_dict()
        else:
            auto_sync_info = self.auto_sync_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "metadata": metadata,
                "supported_usages": supported_usages,
                "access_info": access_info,
                "type": type_,
                "url": url,
                "extracted_inner_html": extracted_inner_html,
            }
        )
        if folder_parent_id is not UNSET:
            field_dict["folder_parent_id"] = folder_parent_id
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path
        if content_format is not UNSET:
            field_dict["content_format"] = content_format
        if auto_sync_info is not UNSET:
            field_dict["auto_sync_info"] = auto_sync_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        metadata = ConvaiKnowledgeBaseDocumentMetadata.from_dict(d.pop("metadata"))

        supported_usages = []
        _supported_usages = d.pop("supported_usages")
        for supported_usages_item_data in _supported_usages:
            supported_usages_item = check_convai_document_usage_mode(supported_usages_item_data)

            supported_usages.append(supported_usages_item)

        access_info = ConvaiResourceAccessInfo.from_dict(d.pop("access_info"))

        type_ = cast(Literal["url"], d.pop("type"))
        if type_ != "url":
            raise ValueError(f"type must match const 'url', got '{type_}'")

        url = d.pop("url")

        extracted_inner_html = d.pop("extracted_inner_html")

        def _parse_folder_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_parent_id = _parse_folder_parent_id(d.pop("folder_parent_id", UNSET))

        _folder_path = d.pop("folder_path", UNSET)
        folder_path: list[KnowledgeBaseFolderPathSegmentResponseModel] | Unset = UNSET
        if _folder_path is not UNSET:
            folder_path = []
            for folder_path_item_data in _folder_path:
                folder_path_item = KnowledgeBaseFolderPathSegmentResponseModel.from_dict(folder_path_item_data)

                folder_path.append(folder_path_item)

        _content_format = d.pop("content_format", UNSET)
        content_format: ContentFormat | Unset
        if isinstance(_content_format, Unset):
            content_format = UNSET
        else:
            content_format = check_content_format(_content_format)

        def _parse_auto_sync_info(data: object) -> AutoSyncInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auto_sync_info_type_0 = AutoSyncInfo.from_dict(data)

                return auto_sync_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoSyncInfo | None | Unset, data)

        auto_sync_info = _parse_auto_sync_info(d.pop("auto_sync_info", UNSET))

        convai_knowledge_base_url_document = cls(
            id=id,
            name=name,
            metadata=metadata,
            supported_usages=supported_usages,
            access_info=access_info,
            type_=type_,
            url=url,
            extracted_inner_html=extracted_inner_html,
            folder_parent_id=folder_parent_id,
            folder_path=folder_path,
            content_format=content_format,
            auto_sync_info=auto_sync_info,
        )

        convai_knowledge_base_url_document.additional_properties = d
        return convai_knowledge_base_url_document

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
    global \
        _nested_models_loaded, \
        AutoSyncInfo, \
        ConvaiKnowledgeBaseDocumentMetadata, \
        ConvaiResourceAccessInfo, \
        KnowledgeBaseFolderPathSegmentResponseModel
    from ..models.auto_sync_info import AutoSyncInfo  # noqa: F401
    from ..models.convai_knowledge_base_document_metadata import ConvaiKnowledgeBaseDocumentMetadata  # noqa: F401
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo  # noqa: F401
    from ..models.knowledge_base_folder_path_segment_response_model import KnowledgeBaseFolderPathSegmentResponseModel  # noqa: F401

    _nested_models_loaded = True
