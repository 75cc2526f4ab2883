from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConvaiLlmUsageRequest")


@_attrs_define
class ConvaiLlmUsageRequest:
    """
    Attributes:
        prompt_length (int): Length of the prompt in characters.
        number_of_pages (int): Pages of documents in the knowledge base.
        rag_enabled (bool): Whether retrieval-augmented generation is on.
    """

    prompt_length: int
    number_of_pages: int
    rag_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_length = self.prompt_length

        number_of_pages = self.number_of_pages

        rag_enabled = self.rag_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt_length": prompt_length,
                "number_of_pages": number_of_pages,
                "rag_enabled": rag_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_length = d.pop("prompt_length")

        number_of_pages = d.pop("number_of_pages")

        rag_enabled = d.pop("rag_enabled")

        convai_llm_usage_request = cls(
            prompt_length=prompt_length,
            number_of_pages=number_of_pages,
            rag_enabled=rag_enabled,
        )

        convai_llm_usage_request.additional_properties = d
        return convai_llm_usage_request

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
