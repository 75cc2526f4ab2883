from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_llm import ConvaiLlm, check_convai_llm
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_knowledge_base_locator import ConvaiKnowledgeBaseLocator


T = TypeVar("T", bound="ConvaiConversationInitPromptOverride")


@_attrs_define
class ConvaiConversationInitPromptOverride:
    """Prompt-level overrides.

    Attributes:
        prompt (None | str | Unset): System prompt to use instead.
        llm (ConvaiLlm | None | Unset):
        tool_ids (list[str] | None | Unset):
        native_mcp_server_ids (list[str] | None | Unset): MCP servers the agent may use natively.
        knowledge_base (list[ConvaiKnowledgeBaseLocator] | None | Unset):
    """

    prompt: None | str | Unset = UNSET
    llm: ConvaiLlm | None | Unset = UNSET
    tool_ids: list[str] | None | Unset = UNSET
    native_mcp_server_ids: list[str] | None | Unset = UNSET
    knowledge_base: list[ConvaiKnowledgeBaseLocator] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        llm: None | str | Unset
        if isinstance(self.llm, Unset):
            llm = UNSET
        elif isinstance(self.llm, str):
            llm = self.llm
        else:
            llm = self.llm

        tool_ids: list[str] | None | Unset
        if isinstance(self.tool_ids, Unset):
            tool_ids = UNSET
        elif isinstance(self.tool_ids, list):
            tool_ids = self.tool_ids

        else:
            tool_ids = self.tool_ids

        native_mcp_server_ids: list[str] | None | Unset
        if isinstance(self.native_mcp_server_ids, Unset):
            native_mcp_server_ids = UNSET
        elif isinstance(self.native_mcp_server_ids, list):
            native_mcp_server_ids = self.native_mcp_server_ids

        else:
            native_mcp_server_ids = self.native_mcp_server_ids

        knowledge_base: list[dict[str, Any]] | None | Unset
        if isinstance(self.knowledge_base, Unset):
            knowledge_base = UNSET
        elif isinstance(self.knowledge_base, list):
            knowledge_base = []
            for knowledge_base_type_0_item_data in self.knowledge_base:
                knowledge_base_type_0_item = knowledge_base_type_0_item_data.to_dict()
                knowledge_base.append(knowledge_base_type_0_item)

        else:
            knowledge_base = self.knowledge_base

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if llm is not UNSET:
            field_dict["llm"] = llm
        if tool_ids is not UNSET:
            field_dict["tool_ids"] = tool_ids
        if native_mcp_server_ids is not UNSET:
            field_dict["native_mcp_server_ids"] = native_mcp_server_ids
        if knowledge_base is not UNSET:
            field_dict["knowledge_base"] = knowledge_base

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_llm(data: object) -> ConvaiLlm | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                llm_type_0 = check_convai_llm(data)

                return llm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiLlm | None | Unset, data)

        llm = _parse_llm(d.pop("llm", UNSET))

        def _parse_tool_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tool_ids_type_0 = cast(list[str], data)

                return tool_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tool_ids = _parse_tool_ids(d.pop("tool_ids", UNSET))

        def _parse_native_mcp_server_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                native_mcp_server_ids_type_0 = cast(list[str], data)

                return native_mcp_server_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        native_mcp_server_ids = _parse_native_mcp_server_ids(d.pop("native_mcp_server_ids", UNSET))

        def _parse_knowledge_base(data: object) -> list[ConvaiKnowledgeBaseLocator] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                knowledge_base_type_0 = []
                _knowledge_base_type_0 = data
                for knowledge_base_type_0_item_data in _knowledge_base_type_0:
                    knowledge_base_type_0_item = ConvaiKnowledgeBaseLocator.from_dict(knowledge_base_type_0_item_data)

                    knowledge_base_type_0.append(knowledge_base_type_0_item)

                return knowledge_base_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConvaiKnowledgeBaseLocator] | None | Unset, data)

        knowledge_base = _parse_knowledge_base(d.pop("knowledge_base", UNSET))

        convai_conversation_init_prompt_override = cls(
            prompt=prompt,
            llm=llm,
            tool_ids=tool_ids,
            native_mcp_server_ids=native_mcp_server_ids,
            knowledge_base=knowledge_base,
        )

        convai_conversation_init_prompt_override.additional_properties = d
        return convai_conversation_init_prompt_override

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
    global _nested_models_loaded, ConvaiKnowledgeBaseLocator
    from ..models.convai_knowledge_base_locator import ConvaiKnowledgeBaseLocator  # noqa: F401

    _nested_models_loaded = True
