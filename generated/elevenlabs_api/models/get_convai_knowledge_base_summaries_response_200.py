from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.batch_failure_response_model import BatchFailureResponseModel
    from ..models.knowledge_base_summary_batch_successful_response_model import (
        KnowledgeBaseSummaryBatchSuccessfulResponseModel,
    )


T = TypeVar("T", bound="GetConvaiKnowledgeBaseSummariesResponse200")


@_attrs_define
class GetConvaiKnowledgeBaseSummariesResponse200:
    additional_properties: dict[str, BatchFailureResponseModel | KnowledgeBaseSummaryBatchSuccessfulResponseModel] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, KnowledgeBaseSummaryBatchSuccessfulResponseModel):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        get_convai_knowledge_base_summaries_response_200 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> BatchFailureResponseModel | KnowledgeBaseSummaryBatchSuccessfulResponseModel:
                if isinstance(data, dict):
                    if data.get("status") == "success":
                        additional_property_type_0 = KnowledgeBaseSummaryBatchSuccessfulResponseModel.from_dict(data)

                        return additional_property_type_0
                    if data.get("status") == "failure":
                        additional_property_type_1 = BatchFailureResponseModel.from_dict(data)

                        return additional_property_type_1

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_0 = KnowledgeBaseSummaryBatchSuccessfulResponseModel.from_dict(data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                additional_property_type_1 = BatchFailureResponseModel.from_dict(data)

                return additional_property_type_1

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        get_convai_knowledge_base_summaries_response_200.additional_properties = additional_properties
        return get_convai_knowledge_base_summaries_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> BatchFailureResponseModel | KnowledgeBaseSummaryBatchSuccessfulResponseModel:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: BatchFailureResponseModel | KnowledgeBaseSummaryBatchSuccessfulResponseModel
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, BatchFailureResponseModel, KnowledgeBaseSummaryBatchSuccessfulResponseModel
    from ..models.batch_failure_response_model import BatchFailureResponseModel  # noqa: F401
    from ..models.knowledge_base_summary_batch_successful_response_model import (
        KnowledgeBaseSummaryBatchSuccessfulResponseModel,  # noqa: F401
    )

    _nested_models_loaded = True
