from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convai_knowledge_base_file_summary import ConvaiKnowledgeBaseFileSummary
    from ..models.convai_knowledge_base_text_summary import ConvaiKnowledgeBaseTextSummary
    from ..models.convai_knowledge_base_url_summary import ConvaiKnowledgeBaseUrlSummary
    from ..models.get_knowledge_base_summary_folder_response_model import GetKnowledgeBaseSummaryFolderResponseModel


T = TypeVar("T", bound="KnowledgeBaseSummaryBatchSuccessfulResponseModel")


@_attrs_define
class KnowledgeBaseSummaryBatchSuccessfulResponseModel:
    """
    Attributes:
        status (Literal['success']):  Default: 'success'.
        data (ConvaiKnowledgeBaseFileSummary | ConvaiKnowledgeBaseTextSummary | ConvaiKnowledgeBaseUrlSummary |
            GetKnowledgeBaseSummaryFolderResponseModel):
    """

    data: (
        ConvaiKnowledgeBaseFileSummary
        | ConvaiKnowledgeBaseTextSummary
        | ConvaiKnowledgeBaseUrlSummary
        | GetKnowledgeBaseSummaryFolderResponseModel
    )
    status: Literal["success"] = "success"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        status = self.status

        data: dict[str, Any]
        if isinstance(self.data, ConvaiKnowledgeBaseUrlSummary):
            data = self.data.to_dict()
        elif isinstance(self.data, ConvaiKnowledgeBaseFileSummary):
            data = self.data.to_dict()
        elif isinstance(self.data, ConvaiKnowledgeBaseTextSummary):
            data = self.data.to_dict()
        else:
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

        def _parse_data(
            data: object,
        ) -> (
            ConvaiKnowledgeBaseFileSummary
            | ConvaiKnowledgeBaseTextSummary
            | ConvaiKnowledgeBaseUrlSummary
            | GetKnowledgeBaseSummaryFolderResponseModel
        ):
            if isinstance(data, dict):
                if data.get("type") == "url":
                    data_type_0 = ConvaiKnowledgeBaseUrlSummary.from_dict(data)

                    return data_type_0
                if data.get("type") == "file":
                    data_type_1 = ConvaiKnowledgeBaseFileSummary.from_dict(data)

                    return data_type_1
                if data.get("type") == "text":
                    data_type_2 = ConvaiKnowledgeBaseTextSummary.from_dict(data)

                    return data_type_2
                if data.get("type") == "folder":
                    data_type_3 = GetKnowledgeBaseSummaryFolderResponseModel.from_dict(data)

                    return data_type_3

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = ConvaiKnowledgeBaseUrlSummary.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_1 = ConvaiKnowledgeBaseFileSummary.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_2 = ConvaiKnowledgeBaseTextSummary.from_dict(data)

                return data_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_3 = GetKnowledgeBaseSummaryFolderResponseModel.from_dict(data)

            return data_type_3

        data = _parse_data(d.pop("data"))

        knowledge_base_summary_batch_successful_response_model = cls(
            status=status,
            data=data,
        )

        knowledge_base_summary_batch_successful_response_model.additional_properties = d
        return knowledge_base_summary_batch_successful_response_model

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
