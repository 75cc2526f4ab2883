from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_llm import ConvaiLlm, check_convai_llm
from ..models.llm_reasoning_effort import LLMReasoningEffort, check_llm_reasoning_effort
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_integration_webhook_tool_config_output import ApiIntegrationWebhookToolConfigOutput
    from ..models.backup_llm_default import BackupLLMDefault
    from ..models.backup_llm_disabled import BackupLLMDisabled
    from ..models.backup_llm_override import BackupLLMOverride
    from ..models.convai_built_in_tools_output import ConvaiBuiltInToolsOutput
    from ..models.convai_client_tool_config_output import ConvaiClientToolConfigOutput
    from ..models.convai_custom_llm import ConvaiCustomLlm
    from ..models.convai_knowledge_base_locator import ConvaiKnowledgeBaseLocator
    from ..models.convai_mcp_tool_config_output import ConvaiMcpToolConfigOutput
    from ..models.convai_rag_config import ConvaiRagConfig
    from ..models.convai_system_tool_config_output import ConvaiSystemToolConfigOutput
    from ..models.convai_webhook_tool_config_output import ConvaiWebhookToolConfigOutput
    from ..models.smb_tool_config import SMBToolConfig


T = TypeVar("T", bound="ConvaiPromptConfigOutput")


@_attrs_define
class ConvaiPromptConfigOutput:
    """The agent's prompt, LLM, tools and knowledge (response form).

    Attributes:
        prompt (str | Unset):  Default: ''.
        llm (ConvaiLlm | Unset): A language model an agent can use. Default: 'gemini-2.5-flash'.
        reasoning_effort (LLMReasoningEffort | None | Unset):
        thinking_budget (int | None | Unset):
        enable_reasoning_summary (bool | Unset):  Default: False.
        temperature (float | None | Unset):  Default: 0.0.
        max_tokens (int | Unset):  Default: -1.
        tool_ids (list[str] | Unset):
        built_in_tools (ConvaiBuiltInToolsOutput | Unset): System tools switched on for the agent (response form).
        mcp_server_ids (list[str] | Unset):
        native_mcp_server_ids (list[str] | Unset):
        knowledge_base (list[ConvaiKnowledgeBaseLocator] | Unset):
        custom_llm (ConvaiCustomLlm | None | Unset):
        ignore_default_personality (bool | None | Unset):  Default: True.
        rag (ConvaiRagConfig | Unset): Knowledge base retrieval settings.
        timezone (None | str | Unset):
        backup_llm_config (BackupLLMDefault | BackupLLMDisabled | BackupLLMOverride | Unset):
        cascade_timeout_seconds (float | Unset):  Default: 4.0.
        tools (list[ApiIntegrationWebhookToolConfigOutput | ConvaiClientToolConfigOutput | ConvaiMcpToolConfigOutput |
            ConvaiSystemToolConfigOutput | ConvaiWebhookToolConfigOutput | SMBToolConfig] | Unset): Inline tool definitions;
            use `tool_ids` instead.
    """

    prompt: str | Unset = ""
    llm: ConvaiLlm | Unset = "gemini-2.5-flash"
    reasoning_effort: LLMReasoningEffort | None | Unset = UNSET
    thinking_budget: int | None | Unset = UNSET
    enable_reasoning_summary: bool | Unset = False
    temperature: float | None | Unset = 0.0
    max_tokens: int | Unset = -1
    tool_ids: list[str] | Unset = UNSET
    built_in_tools: ConvaiBuiltInToolsOutput | Unset = UNSET
    mcp_server_ids: list[str] | Unset = UNSET
    native_mcp_server_ids: list[str] | Unset = UNSET
    knowledge_base: list[ConvaiKnowledgeBaseLocator] | Unset = UNSET
    custom_llm: ConvaiCustomLlm | None | Unset = UNSET
    ignore_default_personality: bool | None | Unset = True
    rag: ConvaiRagConfig | Unset = UNSET
    timezone: None | str | Unset = UNSET
    backup_llm_config: BackupLLMDefault | BackupLLMDisabled | BackupLLMOverride | Unset = UNSET
    cascade_timeout_seconds: float | Unset = 4.0
    tools: (
        list[
            ApiIntegrationWebhookToolConfigOutput
            | ConvaiClientToolConfigOutput
            | ConvaiMcpToolConfigOutput
            | ConvaiSystemToolConfigOutput
            | ConvaiWebhookToolConfigOutput
            | SMBToolConfig
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        prompt = self.prompt

        llm: str | Unset = UNSET
        if not isinstance(self.llm, Unset):
            llm = self.llm

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, str):
            reasoning_effort = self.reasoning_effort
        else:
            reasoning_effort = self.reasoning_effort

        thinking_budget: int | None | Unset
        if isinstance(self.thinking_budget, Unset):
            thinking_budget = UNSET
        else:
            thinking_budget = self.thinking_budget

        enable_reasoning_summary = self.enable_reasoning_summary

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        max_tokens = self.max_tokens

        tool_ids: list[str] | Unset = UNSET
        if not isinstance(self.tool_ids, Unset):
            tool_ids = self.tool_ids

        built_in_tools: dict[str, Any] | Unset = UNSET
        if not isinstance(self.built_in_tools, Unset):
            built_in_tools = self.built_in_tools.to_dict()

        mcp_server_ids: list[str] | Unset = UNSET
        if not isinstance(self.mcp_server_ids, Unset):
            mcp_server_ids = self.mcp_server_ids

        native_mcp_server_ids: list[str] | Unset = UNSET
        if not isinstance(self.native_mcp_server_ids, Unset):
            native_mcp_server_ids = self.native_mcp_server_ids

        knowledge_base: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.knowledge_base, Unset):
            knowledge_base = []
            for knowledge_base_item_data in self.knowledge_base:
                knowledge_base_item = knowledge_base_item_data.to_dict()
                knowledge_base.append(knowledge_base_item)

        custom_llm: dict[str, Any] | None | Unset
        if isinstance(self.custom_llm, Unset):
            custom_llm = UNSET
        elif isinstance(self.custom_llm, ConvaiCustomLlm):
            custom_llm = self.custom_llm.to_dict()
        else:
            custom_llm = self.custom_llm

        ignore_default_personality: bool | None | Unset
        if isinstance(self.ignore_default_personality, Unset):
            ignore_default_personality = UNSET
        else:
            ignore_default_personality = self.ignore_default_personality

        rag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rag, Unset):
            rag = self.rag.to_dict()

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        backup_llm_config: dict[str, Any] | Unset
        if isinstance(self.backup_llm_config, Unset):
            backup_llm_config = UNSET
        elif isinstance(self.backup_llm_config, BackupLLMDefault):
            backup_llm_config = self.backup_llm_config.to_dict()
        elif isinstance(self.backup_llm_config, BackupLLMDisabled):
            backup_llm_config = self.backup_llm_config.to_dict()
        else:
            backup_llm_config = self.backup_llm_config.to_dict()

        cascade_timeout_seconds = self.cascade_timeout_seconds

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, ConvaiWebhookToolConfigOutput):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ConvaiClientToolConfigOutput):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ConvaiSystemToolConfigOutput):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ConvaiMcpToolConfigOutput):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ApiIntegrationWebhookToolConfigOutput):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if llm is not UNSET:
            field_dict["llm"] = llm
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if thinking_budget is not UNSET:
            field_dict["thinking_budget"] = thinking_budget
        if enable_reasoning_summary is not UNSET:
            field_dict["enable_reasoning_summary"] = enable_reasoning_summary
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if tool_ids is not UNSET:
            field_dict["tool_ids"] = tool_ids
        if built_in_tools is not UNSET:
            field_dict["built_in_tools"] = built_in_tools
        if mcp_server_ids is not UNSET:
            field_dict["mcp_server_ids"] = mcp_server_ids
        if native_mcp_server_ids is not UNSET:
            field_dict["native_mcp_server_ids"] = native_mcp_server_ids
        if knowledge_base is not UNSET:
            field_dict["knowledge_base"] = knowledge_base
        if custom_llm is not UNSET:
            field_dict["custom_llm"] = custom_llm
        if ignore_default_personality is not UNSET:
            field_dict["ignore_default_personality"] = ignore_default_personality
        if rag is not UNSET:
            field_dict["rag"] = rag
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if backup_llm_config is not UNSET:
            field_dict["backup_llm_config"] = backup_llm_config
        if cascade_timeout_seconds is not UNSET:
            field_dict["cascade_timeout_seconds"] = cascade_timeout_seconds
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        _llm = d.pop("llm", UNSET)
        llm: ConvaiLlm | Unset
        if isinstance(_llm, Unset):
            llm = UNSET
        else:
            llm = check_convai_llm(_llm)

        def _parse_reasoning_effort(data: object) -> LLMReasoningEffort | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reasoning_effort_type_0 = check_llm_reasoning_effort(data)

                return reasoning_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LLMReasoningEffort | None | Unset, data)

        reasoning_effort = _parse_reasoning_effort(d.pop("reasoning_effort", UNSET))

        def _parse_thinking_budget(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        thinking_budget = _parse_thinking_budget(d.pop("thinking_budget", UNSET))

        enable_reasoning_summary = d.pop("enable_reasoning_summary", UNSET)

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        max_tokens = d.pop("max_tokens", UNSET)

        tool_ids = cast(list[str], d.pop("tool_ids", UNSET))

        _built_in_tools = d.pop("built_in_tools", UNSET)
        built_in_tools: ConvaiBuiltInToolsOutput | Unset
        if isinstance(_built_in_tools, Unset):
            built_in_tools = UNSET
        else:
            built_in_tools = ConvaiBuiltInToolsOutput.from_dict(_built_in_tools)

        mcp_server_ids = cast(list[str], d.pop("mcp_server_ids", UNSET))

        native_mcp_server_ids = cast(list[str], d.pop("native_mcp_server_ids", UNSET))

        _knowledge_base = d.pop("knowledge_base", UNSET)
        knowledge_base: list[ConvaiKnowledgeBaseLocator] | Unset = UNSET
        if _knowledge_base is not UNSET:
            knowledge_base = []
            for knowledge_base_item_data in _knowledge_base:
                knowledge_base_item = ConvaiKnowledgeBaseLocator.from_dict(knowledge_base_item_data)

                knowledge_base.append(knowledge_base_item)

        def _parse_custom_llm(data: object) -> ConvaiCustomLlm | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_llm_type_0 = ConvaiCustomLlm.from_dict(data)

                return custom_llm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiCustomLlm | None | Unset, data)

        custom_llm = _parse_custom_llm(d.pop("custom_llm", UNSET))

        def _parse_ignore_default_personality(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ignore_default_personality = _parse_ignore_default_personality(d.pop("ignore_default_personality", UNSET))

        _rag = d.pop("rag", UNSET)
        rag: ConvaiRagConfig | Unset
        if isinstance(_rag, Unset):
            rag = UNSET
        else:
            rag = ConvaiRagConfig.from_dict(_rag)

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_backup_llm_config(data: object) -> BackupLLMDefault | BackupLLMDisabled | BackupLLMOverride | Unset:
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                if data.get("preference") == "default":
                    backup_llm_config_type_0 = BackupLLMDefault.from_dict(data)

                    return backup_llm_config_type_0
                if data.get("preference") == "disabled":
                    backup_llm_config_type_1 = BackupLLMDisabled.from_dict(data)

                    return backup_llm_config_type_1
                if data.get("preference") == "override":
                    backup_llm_config_type_2 = BackupLLMOverride.from_dict(data)

                    return backup_llm_config_type_2

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                backup_llm_config_type_0 = BackupLLMDefault.from_dict(data)

                return backup_llm_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                backup_llm_config_type_1 = BackupLLMDisabled.from_dict(data)

                return backup_llm_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            backup_llm_config_type_2 = BackupLLMOverride.from_dict(data)

            return backup_llm_config_type_2

        backup_llm_config = _parse_backup_llm_config(d.pop("backup_llm_config", UNSET))

        cascade_timeout_seconds = d.pop("cascade_timeout_seconds", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: (
            list[
                ApiIntegrationWebhookToolConfigOutput
                | ConvaiClientToolConfigOutput
                | ConvaiMcpToolConfigOutput
                | ConvaiSystemToolConfigOutput
                | ConvaiWebhookToolConfigOutput
                | SMBToolConfig
            ]
            | Unset
        ) = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> (
                    ApiIntegrationWebhookToolConfigOutput
                    | ConvaiClientToolConfigOutput
                    | ConvaiMcpToolConfigOutput
                    | ConvaiSystemToolConfigOutput
                    | ConvaiWebhookToolConfigOutput
                    | SMBToolConfig
                ):
                    if isinstance(data, dict):
                        if data.get("type") == "webhook":
                            componentsschemas_convai_tool_config_output_type_0 = (
                                ConvaiWebhookToolConfigOutput.from_dict(data)
                            )

                            return componentsschemas_convai_tool_config_output_type_0
                        if data.get("type") == "client":
                            componentsschemas_convai_tool_config_output_type_1 = ConvaiClientToolConfigOutput.from_dict(
                                data
                            )

                            return componentsschemas_convai_tool_config_output_type_1
                        if data.get("type") == "system":
                            componentsschemas_convai_tool_config_output_type_2 = ConvaiSystemToolConfigOutput.from_dict(
                                data
                            )

                            return componentsschemas_convai_tool_config_output_type_2
                        if data.get("type") == "mcp":
                            componentsschemas_convai_tool_config_output_type_3 = ConvaiMcpToolConfigOutput.from_dict(
                                data
                            )

                            return componentsschemas_convai_tool_config_output_type_3
                        if data.get("type") == "api_integration_webhook":
                            componentsschemas_convai_tool_config_output_type_4 = (
                                ApiIntegrationWebhookToolConfigOutput.from_dict(data)
                            )

                            return componentsschemas_convai_tool_config_output_type_4
                        if data.get("type") == "smb":
                            componentsschemas_convai_tool_config_output_type_5 = SMBToolConfig.from_dict(data)

                            return componentsschemas_convai_tool_config_output_type_5

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_convai_tool_config_output_type_0 = ConvaiWebhookToolConfigOutput.from_dict(
                            data
                        )

                        return componentsschemas_convai_tool_config_output_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_convai_tool_config_output_type_1 = ConvaiClientToolConfigOutput.from_dict(
                            data
                        )

                        return componentsschemas_convai_tool_config_output_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_convai_tool_config_output_type_2 = ConvaiSystemToolConfigOutput.from_dict(
                            data
                        )

                        return componentsschemas_convai_tool_config_output_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_convai_tool_config_output_type_3 = ConvaiMcpToolConfigOutput.from_dict(data)

                        return componentsschemas_convai_tool_config_output_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_convai_tool_config_output_type_4 = (
                            ApiIntegrationWebhookToolConfigOutput.from_dict(data)
                        )

                        return componentsschemas_convai_tool_config_output_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_convai_tool_config_output_type_5 = SMBToolConfig.from_dict(data)

                    return componentsschemas_convai_tool_config_output_type_5

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        convai_prompt_config_output = cls(
            prompt=prompt,
            llm=llm,
            reasoning_effort=reasoning_effort,
            thinking_budget=thinking_budget,
            enable_reasoning_summary=enable_reasoning_summary,
            temperature=temperature,
            max_tokens=max_tokens,
            tool_ids=tool_ids,
            built_in_tools=built_in_tools,
            mcp_server_ids=mcp_server_ids,
            native_mcp_server_ids=native_mcp_server_ids,
            knowledge_base=knowledge_base,
            custom_llm=custom_llm,
            ignore_default_personality=ignore_default_personality,
            rag=rag,
            timezone=timezone,
            backup_llm_config=backup_llm_config,
            cascade_timeout_seconds=cascade_timeout_seconds,
            tools=tools,
        )

        convai_prompt_config_output.additional_properties = d
        return convai_prompt_config_output

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
        ApiIntegrationWebhookToolConfigOutput, \
        BackupLLMDefault, \
        BackupLLMDisabled, \
        BackupLLMOverride, \
        ConvaiBuiltInToolsOutput, \
        ConvaiClientToolConfigOutput, \
        ConvaiCustomLlm, \
        ConvaiKnowledgeBaseLocator, \
        ConvaiMcpToolConfigOutput, \
        ConvaiRagConfig, \
        ConvaiSystemToolConfigOutput, \
        ConvaiWebhookToolConfigOutput, \
        SMBToolConfig
    from ..models.api_integration_webhook_tool_config_output import ApiIntegrationWebhookToolConfigOutput  # noqa: F401
    from ..models.backup_llm_default import BackupLLMDefault  # noqa: F401
    from ..models.backup_llm_disabled import BackupLLMDisabled  # noqa: F401
    from ..models.backup_llm_override import BackupLLMOverride  # noqa: F401
    from ..models.convai_built_in_tools_output import ConvaiBuiltInToolsOutput  # noqa: F401
    from ..models.convai_client_tool_config_output import ConvaiClientToolConfigOutput  # noqa: F401
    from ..models.convai_custom_llm import ConvaiCustomLlm  # noqa: F401
    from ..models.convai_knowledge_base_locator import ConvaiKnowledgeBaseLocator  # noqa: F401
    from ..models.convai_mcp_tool_config_output import ConvaiMcpToolConfigOutput  # noqa: F401
    from ..models.convai_rag_config import ConvaiRagConfig  # noqa: F401
    from ..models.convai_system_tool_config_output import ConvaiSystemToolConfigOutput  # noqa: F401
    from ..models.convai_webhook_tool_config_output import ConvaiWebhookToolConfigOutput  # noqa: F401
    from ..models.smb_tool_config import SMBToolConfig  # noqa: F401

    _nested_models_loaded = True
