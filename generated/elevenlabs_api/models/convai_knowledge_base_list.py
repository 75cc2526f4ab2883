from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_knowledge_base_file_summary import ConvaiKnowledgeBaseFileSummary
    from ..models.convai_knowledge_base_text_summary import ConvaiKnowledgeBaseTextSummary
    from ..models.convai_knowledge_base_url_summary import ConvaiKnowledgeBaseUrlSummary
    from ..models.get_knowledge_base_summary_folder_response_model import GetKnowledgeBaseSummaryFolderResponseModel


T = TypeVar("T", bound="ConvaiKnowledgeBaseList")


@_attrs_define
class ConvaiKnowledgeBaseList:
    """One page of knowledge base documents.

    Attributes:
        documents (list[ConvaiKnowledgeBaseFileSummary | ConvaiKnowledgeBaseTextSummary | ConvaiKnowledgeBaseUrlSummary
            | GetKnowledgeBaseSummaryFolderResponseModel]):
        has_more (bool):
        next_cursor (None | str | Unset):
    """

    documents: list[
        ConvaiKnowledgeBaseFileSummary
        | ConvaiKnowledgeBaseTextSummary
        | ConvaiKnowledgeBaseUrlSummary
        | GetKnowledgeBaseSummaryFolderResponseModel
    ]
    has_more: bool
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        documents = []
        for documents_item_data in self.documents:
            documents_item: dict[str, Any]
            if isinstance(documents_item_data, ConvaiKnowledgeBaseUrlSummary):
                documents_item = documents_item_data.to_dict()
            elif isinstance(documents_item_data, ConvaiKnowledgeBaseFileSummary):
                documents_item = documents_item_data.to_dict()
            elif isinstance(documents_item_data, ConvaiKnowledgeBaseTextSummary):
                documents_item = documents_item_data.to_dict()
            else:
                documents_item = documents_item_data.to_dict()

            documents.append(documents_item)

        has_more = self.has_more

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documents": documents,
                "has_more": has_more,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        documents = []
        _documents = d.pop("documents")
        for documents_item_data in _documents:

            def _parse_documents_item(
                data: object,
            ) -> (
                ConvaiKnowledgeBaseFileSummary
                | ConvaiKnowledgeBaseTextSummary
                | ConvaiKnowledgeBaseUrlSummary
                | GetKnowledgeBaseSummaryFolderResponseModel
            ):
                if isinstance(data, dict):
                    if data.get("type") == "url":
                        documents_item_type_0 = ConvaiKnowledgeBaseUrlSummary.from_dict(data)

                        return documents_item_type_0
                    if data.get("type") == "file":
                        documents_item_type_1 = ConvaiKnowledgeBaseFileSummary.from_dict(data)

                        return documents_item_type_1
                    if data.get("type") == "text":
                        documents_item_type_2 = ConvaiKnowledgeBaseTextSummary.from_dict(data)

                        return documents_item_type_2
                    if data.get("type") == "folder":
                        documents_item_type_3 = GetKnowledgeBaseSummaryFolderResponseModel.from_dict(data)

                        return documents_item_type_3

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    documents_item_type_0 = ConvaiKnowledgeBaseUrlSummary.from_dict(data)

                    return documents_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    documents_item_type_1 = ConvaiKnowledgeBaseFileSummary.from_dict(data)

                    return documents_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    documents_item_type_2 = ConvaiKnowledgeBaseTextSummary.from_dict(data)

                    return documents_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                documents_item_type_3 = GetKnowledgeBaseSummaryFolderResponseModel.from_dict(data)

                return documents_item_type_3

            documents_item = _parse_documents_item(documents_item_data)

            documents.append(documents_item)

        has_more = d.pop("has_more")

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        convai_knowledge_base_list = cls(
            documents=documents,
            has_more=has_more,
            next_cursor=next_cursor,
        )

        convai_knowledge_base_list.additional_properties = d
        return convai_knowledge_base_list

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
        ConvaiKnowledgeBaseFileSummary, \
        ConvaiKnowledgeBaseTextSummary, \
        ConvaiKnowledgeBaseUrlSummary, \
        GetKnowledgeBaseSummaryFolderResponseModel
    from ..models.convai_knowledge_base_file_summary import ConvaiKnowledgeBaseFileSummary  # noqa: F401
    from ..models.convai_knowledge_base_text_summary import ConvaiKnowledgeBaseTextSummary  # noqa: F401
    from ..models.convai_knowledge_base_url_summary import ConvaiKnowledgeBaseUrlSummary  # noqa: F401
    from ..models.get_knowledge_base_summary_folder_response_model import GetKnowledgeBaseSummaryFolderResponseModel  # noqa: F401

    _nested_models_loaded = True
