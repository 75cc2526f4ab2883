from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiAgentLlmUsageRequest")


@_attrs_define
class ConvaiAgentLlmUsageRequest:
    """Overrides for the agent's own sizes; what is left out is taken from the agent.

    Attributes:
        prompt_length (int | None | Unset):
        number_of_pages (int | None | Unset):
        rag_enabled (bool | None | Unset):
    """

    prompt_length: int | None | Unset = UNSET
    number_of_pages: int | None | Unset = UNSET
    rag_enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_length: int | None | Unset
        if isinstance(self.prompt_length, Unset):
            prompt_length = UNSET
        else:
            prompt_length = self.prompt_length

        number_of_pages: int | None | Unset
        if isinstance(self.number_of_pages, Unset):
            number_of_pages = UNSET
        else:
            number_of_pages = self.number_of_pages

        rag_enabled: bool | None | Unset
        if isinstance(self.rag_enabled, Unset):
            rag_enabled = UNSET
        else:
            rag_enabled = self.rag_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt_length is not UNSET:
            field_dict["prompt_length"] = prompt_length
        if number_of_pages is not UNSET:
            field_dict["number_of_pages"] = number_of_pages
        if rag_enabled is not UNSET:
            field_dict["rag_enabled"] = rag_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_prompt_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        prompt_length = _parse_prompt_length(d.pop("prompt_length", UNSET))

        def _parse_number_of_pages(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        number_of_pages = _parse_number_of_pages(d.pop("number_of_pages", UNSET))

        def _parse_rag_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        rag_enabled = _parse_rag_enabled(d.pop("rag_enabled", UNSET))

        convai_agent_llm_usage_request = cls(
            prompt_length=prompt_length,
            number_of_pages=number_of_pages,
            rag_enabled=rag_enabled,
        )

        convai_agent_llm_usage_request.additional_properties = d
        return convai_agent_llm_usage_request

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
