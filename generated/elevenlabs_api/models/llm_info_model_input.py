from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_llm import ConvaiLlm, check_convai_llm
from ..models.llm_reasoning_effort import LLMReasoningEffort, check_llm_reasoning_effort
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.llm_deprecation_info_model import LLMDeprecationInfoModel
    from ..models.regional_processing_surcharge_info import RegionalProcessingSurchargeInfo


T = TypeVar("T", bound="LLMInfoModelInput")


@_attrs_define
class LLMInfoModelInput:
    """
    Attributes:
        llm (ConvaiLlm): A language model an agent can use.
        is_checkpoint (bool):
        max_tokens_limit (int):
        max_context_limit (int):
        supports_image_input (bool):
        supports_document_input (bool):
        supports_parallel_tool_calls (bool):
        available_reasoning_efforts (list[LLMReasoningEffort] | None | Unset):
        deprecation_info (LLMDeprecationInfoModel | None | Unset):
        regional_processing_surcharge (None | RegionalProcessingSurchargeInfo | Unset):
    """

    llm: ConvaiLlm
    is_checkpoint: bool
    max_tokens_limit: int
    max_context_limit: int
    supports_image_input: bool
    supports_document_input: bool
    supports_parallel_tool_calls: bool
    available_reasoning_efforts: list[LLMReasoningEffort] | None | Unset = UNSET
    deprecation_info: LLMDeprecationInfoModel | None | Unset = UNSET
    regional_processing_surcharge: None | RegionalProcessingSurchargeInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        llm: str = self.llm

        is_checkpoint = self.is_checkpoint

        max_tokens_limit = self.max_tokens_limit

        max_context_limit = self.max_context_limit

        supports_image_input = self.supports_image_input

        supports_document_input = self.supports_document_input

        supports_parallel_tool_calls = self.supports_parallel_tool_calls

        available_reasoning_efforts: list[str] | None | Unset
        if isinstance(self.available_reasoning_efforts, Unset):
            available_reasoning_efforts = UNSET
        elif isinstance(self.available_reasoning_efforts, list):
            available_reasoning_efforts = []
            for available_reasoning_efforts_type_0_item_data in self.available_reasoning_efforts:
                available_reasoning_efforts_type_0_item: str = available_reasoning_efforts_type_0_item_data
                available_reasoning_efforts.append(available_reasoning_efforts_type_0_item)

        else:
            available_reasoning_efforts = self.available_reasoning_efforts

        deprecation_info: dict[str, Any] | None | Unset
        if isinstance(self.deprecation_info, Unset):
            deprecation_info = UNSET
        elif isinstance(self.deprecation_info, LLMDeprecationInfoModel):
            deprecation_info = self.deprecation_info.to_dict()
        else:
            deprecation_info = self.deprecation_info

        regional_processing_surcharge: dict[str, Any] | None | Unset
        if isinstance(self.regional_processing_surcharge, Unset):
            regional_processing_surcharge = UNSET
        elif isinstance(self.regional_processing_surcharge, RegionalProcessingSurchargeInfo):
            regional_processing_surcharge = self.regional_processing_surcharge.to_dict()
        else:
            regional_processing_surcharge = self.regional_processing_surcharge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "llm": llm,
                "is_checkpoint": is_checkpoint,
                "max_tokens_limit": max_tokens_limit,
                "max_context_limit": max_context_limit,
                "supports_image_input": supports_image_input,
                "supports_document_input": supports_document_input,
                "supports_parallel_tool_calls": supports_parallel_tool_calls,
            }
        )
        if available_reasoning_efforts is not UNSET:
            field_dict["available_reasoning_efforts"] = available_reasoning_efforts
        if deprecation_info is not UNSET:
            field_dict["deprecation_info"] = deprecation_info
        if regional_processing_surcharge is not UNSET:
            field_dict["regional_processing_surcharge"] = regional_processing_surcharge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        llm = check_convai_llm(d.pop("llm"))

        is_checkpoint = d.pop("is_checkpoint")

        max_tokens_limit = d.pop("max_tokens_limit")

        max_context_limit = d.pop("max_context_limit")

        supports_image_input = d.pop("supports_image_input")

        supports_document_input = d.pop("supports_document_input")

        supports_parallel_tool_calls = d.pop("supports_parallel_tool_calls")

        def _parse_available_reasoning_efforts(data: object) -> list[LLMReasoningEffort] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                available_reasoning_efforts_type_0 = []
                _available_reasoning_efforts_type_0 = data
                for available_reasoning_efforts_type_0_item_data in _available_reasoning_efforts_type_0:
                    available_reasoning_efforts_type_0_item = check_llm_reasoning_effort(
                        available_reasoning_efforts_type_0_item_data
                    )

                    available_reasoning_efforts_type_0.append(available_reasoning_efforts_type_0_item)

                return available_reasoning_efforts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LLMReasoningEffort] | None | Unset, data)

        available_reasoning_efforts = _parse_available_reasoning_efforts(d.pop("available_reasoning_efforts", UNSET))

        def _parse_deprecation_info(data: object) -> LLMDeprecationInfoModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deprecation_info_type_0 = LLMDeprecationInfoModel.from_dict(data)

                return deprecation_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LLMDeprecationInfoModel | None | Unset, data)

        deprecation_info = _parse_deprecation_info(d.pop("deprecation_info", UNSET))

        def _parse_regional_processing_surcharge(data: object) -> None | RegionalProcessingSurchargeInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                regional_processing_surcharge_type_0 = RegionalProcessingSurchargeInfo.from_dict(data)

                return regional_processing_surcharge_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegionalProcessingSurchargeInfo | Unset, data)

        regional_processing_surcharge = _parse_regional_processing_surcharge(
            d.pop("regional_processing_surcharge", UNSET)
        )

        llm_info_model_input = cls(
            llm=llm,
            is_checkpoint=is_checkpoint,
            max_tokens_limit=max_tokens_limit,
            max_context_limit=max_context_limit,
            supports_image_input=supports_image_input,
            supports_document_input=supports_document_input,
            supports_parallel_tool_calls=supports_parallel_tool_calls,
            available_reasoning_efforts=available_reasoning_efforts,
            deprecation_info=deprecation_info,
            regional_processing_surcharge=regional_processing_surcharge,
        )

        llm_info_model_input.additional_properties = d
        return llm_info_model_input

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
    global _nested_models_loaded, LLMDeprecationInfoModel, RegionalProcessingSurchargeInfo
    from ..models.llm_deprecation_info_model import LLMDeprecationInfoModel  # noqa: F401
    from ..models.regional_processing_surcharge_info import RegionalProcessingSurchargeInfo  # noqa: F401

    _nested_models_loaded = True
