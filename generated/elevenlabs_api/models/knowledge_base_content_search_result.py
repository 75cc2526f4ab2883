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
    from ..models.search_highlight_segment import SearchHighlightSegment


T = TypeVar("T", bound="KnowledgeBaseContentSearchResult")


@_attrs_define
class KnowledgeBaseContentSearchResult:
    """
    Attributes:
        document (ConvaiKnowledgeBaseFileSummary | ConvaiKnowledgeBaseTextSummary | ConvaiKnowledgeBaseUrlSummary |
            GetKnowledgeBaseSummaryFolderResponseModel):
        score (float):
        search_snippet (list[SearchHighlightSegment] | None | Unset):
    """

    document: (
        ConvaiKnowledgeBaseFileSummary
        | ConvaiKnowledgeBaseTextSummary
        | ConvaiKnowledgeBaseUrlSummary
        | GetKnowledgeBaseSummaryFolderResponseModel
    )
    score: float
    search_snippet: list[SearchHighlightSegment] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        document: dict[str, Any]
        if isinstance(self.document, ConvaiKnowledgeBaseUrlSummary):
            document = self.document.to_dict()
        elif isinstance(self.document, ConvaiKnowledgeBaseFileSummary):
            document = self.document.to_dict()
        elif isinstance(self.document, ConvaiKnowledgeBaseTextSummary):
            document = self.document.to_dict()
        else:
            document = self.document.to_dict()

        score = self.score

        search_snippet: list[dict[str, Any]] | None | Unset
        if isinstance(self.search_snippet, Unset):
            search_snippet = UNSET
        elif isinstance(self.search_snippet, list):
            search_snippet = []
            for search_snippet_type_0_item_data in self.search_snippet:
                search_snippet_type_0_item = search_snippet_type_0_item_data.to_dict()
                search_snippet.append(search_snippet_type_0_item)

        else:
            search_snippet = self.search_snippet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document": document,
                "score": score,
            }
        )
        if search_snippet is not UNSET:
            field_dict["search_snippet"] = search_snippet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_document(
            data: object,
        ) -> (
            ConvaiKnowledgeBaseFileSummary
            | ConvaiKnowledgeBaseTextSummary
            | ConvaiKnowledgeBaseUrlSummary
            | GetKnowledgeBaseSummaryFolderResponseModel
        ):
            if isinstance(data, dict):
                if data.get("type") == "url":
                    document_type_0 = ConvaiKnowledgeBaseUrlSummary.from_dict(data)

                    return document_type_0
                if data.get("type") == "file":
                    document_type_1 = ConvaiKnowledgeBaseFileSummary.from_dict(data)

                    return document_type_1
                if data.get("type") == "text":
                    document_type_2 = ConvaiKnowledgeBaseTextSummary.from_dict(data)

                    return document_type_2
                if data.get("type") == "folder":
                    document_type_3 = GetKnowledgeBaseSummaryFolderResponseModel.from_dict(data)

                    return document_type_3

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                document_type_0 = ConvaiKnowledgeBaseUrlSummary.from_dict(data)

                return document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                document_type_1 = ConvaiKnowledgeBaseFileSummary.from_dict(data)

                return document_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                document_type_2 = ConvaiKnowledgeBaseTextSummary.from_dict(data)

                return document_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            document_type_3 = GetKnowledgeBaseSummaryFolderResponseModel.from_dict(data)

            return document_type_3

        document = _parse_document(d.pop("document"))

        score = d.pop("score")

        def _parse_search_snippet(data: object) -> list[SearchHighlightSegment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                search_snippet_type_0 = []
                _search_snippet_type_0 = data
                for search_snippet_type_0_item_data in _search_snippet_type_0:
                    search_snippet_type_0_item = SearchHighlightSegment.from_dict(search_snippet_type_0_item_data)

                    search_snippet_type_0.append(search_snippet_type_0_item)

                return search_snippet_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SearchHighlightSegment] | None | Unset, data)

        search_snippet = _parse_search_snippet(d.pop("search_snippet", UNSET))

        knowledge_base_content_search_result = cls(
            document=document,
            score=score,
            search_snippet=search_snippet,
        )

        knowledge_base_content_search_result.additional_properties = d
        return knowledge_base_content_search_result

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
        GetKnowledgeBaseSummaryFolderResponseModel, \
        SearchHighlightSegment
    from ..models.convai_knowledge_base_file_summary import ConvaiKnowledgeBaseFileSummary  # noqa: F401
    from ..models.convai_knowledge_base_text_summary import ConvaiKnowledgeBaseTextSummary  # noqa: F401
    from ..models.convai_knowledge_base_url_summary import ConvaiKnowledgeBaseUrlSummary  # noqa: F401
    from ..models.get_knowledge_base_summary_folder_response_model import GetKnowledgeBaseSummaryFolderResponseModel  # noqa: F401
    from ..models.search_highlight_segment import SearchHighlightSegment  # noqa: F401

    _nested_models_loaded = True
