from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_llm_tokens_category import ConvaiLlmTokensCategory


T = TypeVar("T", bound="ConvaiLlmInputOutputTokens")


@_attrs_define
class ConvaiLlmInputOutputTokens:
    """Tokens and price by category for one model.

    Attributes:
        input_ (ConvaiLlmTokensCategory | Unset):
        input_cache_read (ConvaiLlmTokensCategory | Unset):
        input_cache_write (ConvaiLlmTokensCategory | Unset):
        output_total (ConvaiLlmTokensCategory | Unset):
    """

    input_: ConvaiLlmTokensCategory | Unset = UNSET
    input_cache_read: ConvaiLlmTokensCategory | Unset = UNSET
    input_cache_write: ConvaiLlmTokensCategory | Unset = UNSET
    output_total: ConvaiLlmTokensCategory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        input_cache_read: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_cache_read, Unset):
            input_cache_read = self.input_cache_read.to_dict()

        input_cache_write: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_cache_write, Unset):
            input_cache_write = self.input_cache_write.to_dict()

        output_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_total, Unset):
            output_total = self.output_total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if input_cache_read is not UNSET:
            field_dict["input_cache_read"] = input_cache_read
        if input_cache_write is not UNSET:
            field_dict["input_cache_write"] = input_cache_write
        if output_total is not UNSET:
            field_dict["output_total"] = output_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _input_ = d.pop("input", UNSET)
        input_: ConvaiLlmTokensCategory | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = ConvaiLlmTokensCategory.from_dict(_input_)

        _input_cache_read = d.pop("input_cache_read", UNSET)
        input_cache_read: ConvaiLlmTokensCategory | Unset
        if isinstance(_input_cache_read, Unset):
            input_cache_read = UNSET
        else:
            input_cache_read = ConvaiLlmTokensCategory.from_dict(_input_cache_read)

        _input_cache_write = d.pop("input_cache_write", UNSET)
        input_cache_write: ConvaiLlmTokensCategory | Unset
        if isinstance(_input_cache_write, Unset):
            input_cache_write = UNSET
        else:
            input_cache_write = ConvaiLlmTokensCategory.from_dict(_input_cache_write)

        _output_total = d.pop("output_total", UNSET)
        output_total: ConvaiLlmTokensCategory | Unset
        if isinstance(_output_total, Unset):
            output_total = UNSET
        else:
            output_total = ConvaiLlmTokensCategory.from_dict(_output_total)

        convai_llm_input_output_tokens = cls(
            input_=input_,
            input_cache_read=input_cache_read,
            input_cache_write=input_cache_write,
            output_total=output_total,
        )

        convai_llm_input_output_tokens.additional_properties = d
        return convai_llm_input_output_tokens

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
    global _nested_models_loaded, ConvaiLlmTokensCategory
    from ..models.convai_llm_tokens_category import ConvaiLlmTokensCategory  # noqa: F401

    _nested_models_loaded = True
