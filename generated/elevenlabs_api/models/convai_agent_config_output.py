from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_agent_config_output_text_behavior_overrides_type_0 import (
        ConvaiAgentConfigOutputTextBehaviorOverridesType0,
    )
    from ..models.convai_dynamic_variables_config import ConvaiDynamicVariablesConfig
    from ..models.convai_prompt_config_output import ConvaiPromptConfigOutput


T = TypeVar("T", bound="ConvaiAgentConfigOutput")


@_attrs_define
class ConvaiAgentConfigOutput:
    """What the agent says first, its language, variables and prompt (response form).

    Attributes:
        first_message (str | Unset):  Default: ''.
        language (str | Unset):  Default: 'en'.
        hinglish_mode (bool | Unset):  Default: False.
        dynamic_variables (ConvaiDynamicVariablesConfig | Unset): Placeholder values of dynamic variables.
        disable_first_message_interruptions (bool | Unset):  Default: False.
        max_conversation_duration_message (str | Unset):  Default: ''.
        text_behavior_overrides (ConvaiAgentConfigOutputTextBehaviorOverridesType0 | None | Unset):
        prompt (ConvaiPromptConfigOutput | Unset): The agent's prompt, LLM, tools and knowledge (response form).
    """

    first_message: str | Unset = ""
    language: str | Unset = "en"
    hinglish_mode: bool | Unset = False
    dynamic_variables: ConvaiDynamicVariablesConfig | Unset = UNSET
    disable_first_message_interruptions: bool | Unset = False
    max_conversation_duration_message: str | Unset = ""
    text_behavior_overrides: ConvaiAgentConfigOutputTextBehaviorOverridesType0 | None | Unset = UNSET
    prompt: ConvaiPromptConfigOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        first_message = self.first_message

        language = self.language

        hinglish_mode = self.hinglish_mode

        dynamic_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_variables, Unset):
            dynamic_variables = self.dynamic_variables.to_dict()

        disable_first_message_interruptions = self.disable_first_message_interruptions

        max_conversation_duration_message = self.max_conversation_duration_message

        text_behavior_overrides: dict[str, Any] | None | Unset
        if isinstance(self.text_behavior_overrides, Unset):
            text_behavior_overrides = UNSET
        elif isinstance(self.text_behavior_overrides, ConvaiAgentConfigOutputTextBehaviorOverridesType0):
            text_behavior_overrides = self.text_behavior_overrides.to_dict()
        else:
            text_behavior_overrides = self.text_behavior_overrides

        prompt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt, Unset):
            prompt = self.prompt.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_message is not UNSET:
            field_dict["first_message"] = first_message
        if language is not UNSET:
            field_dict["language"] = language
        if hinglish_mode is not UNSET:
            field_dict["hinglish_mode"] = hinglish_mode
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables
        if disable_first_message_interruptions is not UNSET:
            field_dict["disable_first_message_interruptions"] = disable_first_message_interruptions
        if max_conversation_duration_message is not UNSET:
            field_dict["max_conversation_duration_message"] = max_conversation_duration_message
        if text_behavior_overrides is not UNSET:
            field_dict["text_behavior_overrides"] = text_behavior_overrides
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        first_message = d.pop("first_message", UNSET)

        language = d.pop("language", UNSET)

        hinglish_mode = d.pop("hinglish_mode", UNSET)

        _dynamic_variables = d.pop("dynamic_variables", UNSET)
        dynamic_variables: ConvaiDynamicVariablesConfig | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = ConvaiDynamicVariablesConfig.from_dict(_dynamic_variables)

        disable_first_message_interruptions = d.pop("disable_first_message_interruptions", UNSET)

        max_conversation_duration_message = d.pop("max_conversation_duration_message", UNSET)

        def _parse_text_behavior_overrides(
            data: object,
        ) -> ConvaiAgentConfigOutputTextBehaviorOverridesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_behavior_overrides_type_0 = ConvaiAgentConfigOutputTextBehaviorOverridesType0.from_dict(data)

                return text_behavior_overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiAgentConfigOutputTextBehaviorOverridesType0 | None | Unset, data)

        text_behavior_overrides = _parse_text_behavior_overrides(d.pop("text_behavior_overrides", UNSET))

        _prompt = d.pop("prompt", UNSET)
        prompt: ConvaiPromptConfigOutput | Unset
        if isinstance(_prompt, Unset):
            prompt = UNSET
        else:
            prompt = ConvaiPromptConfigOutput.from_dict(_prompt)

        convai_agent_config_output = cls(
            first_message=first_message,
            language=language,
            hinglish_mode=hinglish_mode,
            dynamic_variables=dynamic_variables,
            disable_first_message_interruptions=disable_first_message_interruptions,
            max_conversation_duration_message=max_conversation_duration_message,
            text_behavior_overrides=text_behavior_overrides,
            prompt=prompt,
        )

        convai_agent_config_output.additional_properties = d
        return convai_agent_config_output

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
        ConvaiAgentConfigOutputTextBehaviorOverridesType0, \
        ConvaiDynamicVariablesConfig, \
        ConvaiPromptConfigOutput
    from ..models.convai_agent_config_output_text_behavior_overrides_type_0 import (
        ConvaiAgentConfigOutputTextBehaviorOverridesType0,  # noqa: F401
    )
    from ..models.convai_dynamic_variables_config import ConvaiDynamicVariablesConfig  # noqa: F401
    from ..models.convai_prompt_config_output import ConvaiPromptConfigOutput  # noqa: F401

    _nested_models_loaded = True
