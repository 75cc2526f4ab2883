from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_llm_token_usage_output import ConvaiLlmTokenUsageOutput


T = TypeVar("T", bound="ConvaiLlmCategoryUsage")


@_attrs_define
class ConvaiLlmCategoryUsage:
    """
    Attributes:
        irreversible_generation (ConvaiLlmTokenUsageOutput | Unset): LLM token usage per model (response form).
        initiated_generation (ConvaiLlmTokenUsageOutput | Unset): LLM token usage per model (response form).
    """

    irreversible_generation: ConvaiLlmTokenUsageOutput | Unset = UNSET
    initiated_generation: ConvaiLlmTokenUsageOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        irreversible_generation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.irreversible_generation, Unset):
            irreversible_generation = self.irreversible_generation.to_dict()

        initiated_generation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.initiated_generation, Unset):
            initiated_generation = self.initiated_generation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if irreversible_generation is not UNSET:
            field_dict["irreversible_generation"] = irreversible_generation
        if initiated_generation is not UNSET:
            field_dict["initiated_generation"] = initiated_generation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _irreversible_generation = d.pop("irreversible_generation", UNSET)
        irreversible_generation: ConvaiLlmTokenUsageOutput | Unset
        if isinstance(_irreversible_generation, Unset):
            irreversible_generation = UNSET
        else:
            irreversible_generation = ConvaiLlmTokenUsageOutput.from_dict(_irreversible_generation)

        _initiated_generation = d.pop("initiated_generation", UNSET)
        initiated_generation: ConvaiLlmTokenUsageOutput | Unset
        if isinstance(_initiated_generation, Unset):
            initiated_generation = UNSET
        else:
            initiated_generation = ConvaiLlmTokenUsageOutput.from_dict(_initiated_generation)

        convai_llm_category_usage = cls(
            irreversible_generation=irreversible_generation,
            initiated_generation=initiated_generation,
        )

        convai_llm_category_usage.additional_properties = d
        return convai_llm_category_usage

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
    global _nested_models_loaded, ConvaiLlmTokenUsageOutput
    from ..models.convai_llm_token_usage_output import ConvaiLlmTokenUsageOutput  # noqa: F401

    _nested_models_loaded = True
