from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_llm_token_usage_output_model_usage import ConvaiLlmTokenUsageOutputModelUsage


T = TypeVar("T", bound="ConvaiLlmTokenUsageOutput")


@_attrs_define
class ConvaiLlmTokenUsageOutput:
    """LLM token usage per model (response form).

    Attributes:
        model_usage (ConvaiLlmTokenUsageOutputModelUsage | Unset):  Example: {'gpt-4o-mini': {'input': {'tokens': 120,
            'price': 2e-05}, 'output_total': {'tokens': 40, 'price': 3e-05}}}.
    """

    model_usage: ConvaiLlmTokenUsageOutputModelUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        model_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_usage, Unset):
            model_usage = self.model_usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_usage is not UNSET:
            field_dict["model_usage"] = model_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _model_usage = d.pop("model_usage", UNSET)
        model_usage: ConvaiLlmTokenUsageOutputModelUsage | Unset
        if isinstance(_model_usage, Unset):
            model_usage = UNSET
        else:
            model_usage = ConvaiLlmTokenUsageOutputModelUsage.from_dict(_model_usage)

        convai_llm_token_usage_output = cls(
            model_usage=model_usage,
        )

        convai_llm_token_usage_output.additional_properties = d
        return convai_llm_token_usage_output

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
    global _nested_models_loaded, ConvaiLlmTokenUsageOutputModelUsage
    from ..models.convai_llm_token_usage_output_model_usage import ConvaiLlmTokenUsageOutputModelUsage  # noqa: F401

    _nested_models_loaded = True
