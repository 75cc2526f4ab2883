from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_config_api_model_workflow_override_output_text_behavior_overrides_type_0 import (
        AgentConfigAPIModelWorkflowOverrideOutputTextBehaviorOverridesType0,
    )
    from ..models.dynamic_variables_config_workflow_override import DynamicVariablesConfigWorkflowOverride
    from ..models.prompt_agent_api_model_workflow_override_output import PromptAgentAPIModelWorkflowOverrideOutput


T = TypeVar("T", bound="AgentConfigAPIModelWorkflowOverrideOutput")


@_attrs_define
class AgentConfigAPIModelWorkflowOverrideOutput:
    """
    Attributes:
        first_message (None | str | Unset):
        language (None | str | Unset):
        hinglish_mode (bool | None | Unset):
        dynamic_variables (DynamicVariablesConfigWorkflowOverride | None | Unset):
        disable_first_message_interruptions (bool | None | Unset):
        max_conversation_duration_message (None | str | Unset):
        text_behavior_overrides (AgentConfigAPIModelWorkflowOverrideOutputTextBehaviorOverridesType0 | None | Unset):
        prompt (None | PromptAgentAPIModelWorkflowOverrideOutput | Unset):
    """

    first_message: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    hinglish_mode: bool | None | Unset = UNSET
    dynamic_variables: DynamicVariablesConfigWorkflowOverride | None | Unset = UNSET
    disable_first_message_interruptions: bool | None | Unset = UNSET
    max_conversation_duration_message: None | str | Unset = UNSET
    text_behavior_overrides: AgentConfigAPIModelWorkflowOverrideOutputTextBehaviorOverridesType0 | None | Unset = UNSET
    prompt: None | PromptAgentAPIModelWorkflowOverrideOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        first_message: None | str | Unset
        if isinstance(self.first_message, Unset):
            first_message = UNSET
        else:
            first_message = self.first_message

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        hinglish_mode: bool | None | Unset
        if isinstance(self.hinglish_mode, Unset):
            hinglish_mode = UNSET
        else:
            hinglish_mode = self.hinglish_mode

        dynamic_variables: dict[str, Any] | None | Unset
        if isinstance(self.dynamic_variables, Unset):
            dynamic_variables = UNSET
        elif isinstance(self.dynamic_variables, DynamicVariablesConfigWorkflowOverride):
            dynamic_variables = self.dynamic_variables.to_dict()
        else:
            dynamic_variables = self.dynamic_variables

        disable_first_message_interruptions: bool | None | Unset
        if isinstance(self.disable_first_message_interruptions, Unset):
            disable_first_message_interruptions = UNSET
        else:
            disable_first_message_interruptions = self.disable_first_message_interruptions

        max_conversation_duration_message: None | str | Unset
        if isinstance(self.max_conversation_duration_message, Unset):
            max_conversation_duration_message = UNSET
        else:
            max_conversation_duration_message = self.max_conversation_duration_message

        text_behavior_overrides: dict[str, Any] | None | Unset
        if isinstance(self.text_behavior_overrides, Unset):
            text_behavior_overrides = UNSET
        elif isinstance(
            self.text_behavior_overrides, AgentConfigAPIModelWorkflowOverrideOutputTextBehaviorOverridesType0
        ):
            text_behavior_overrides = self.text_behavior_overrides.to_dict()
        else:
            text_behavior_overrides = self.text_behavior_overrides

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, PromptAgentAPIModelWorkflowOverrideOutput):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

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

        def _parse_first_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_message = _parse_first_message(d.pop("first_message", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_hinglish_mode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        hinglish_mode = _parse_hinglish_mode(d.pop("hinglish_mode", UNSET))

        def _parse_dynamic_variables(data: object) -> DynamicVariablesConfigWorkflowOverride | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dynamic_variables_type_0 = DynamicVariablesConfigWorkflowOverride.from_dict(data)

                return dynamic_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DynamicVariablesConfigWorkflowOverride | None | Unset, data)

        dynamic_variables = _parse_dynamic_variables(d.pop("dynamic_variables", UNSET))

        def _parse_disable_first_message_interruptions(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disable_first_message_interruptions = _parse_disable_first_message_interruptions(
            d.pop("disable_first_message_interruptions", UNSET)
        )

        def _parse_max_conversation_duration_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_conversation_duration_message = _parse_max_conversation_duration_message(
            d.pop("max_conversation_duration_message", UNSET)
        )

        def _parse_text_behavior_overrides(
            data: object,
        ) -> AgentConfigAPIModelWorkflowOverrideOutputTextBehaviorOverridesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_behavior_overrides_type_0 = (
                    AgentConfigAPIModelWorkflowOverrideOutputTextBehaviorOverridesType0.from_dict(data)
                )

                return text_behavior_overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentConfigAPIModelWorkflowOverrideOutputTextBehaviorOverridesType0 | None | Unset, data)

        text_behavior_overrides = _parse_text_behavior_overrides(d.pop("text_behavior_overrides", UNSET))

        def _parse_prompt(data: object) -> None | PromptAgentAPIModelWorkflowOverrideOutput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_type_0 = PromptAgentAPIModelWorkflowOverrideOutput.from_dict(data)

                return prompt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromptAgentAPIModelWorkflowOverrideOutput | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        agent_config_api_model_workflow_override_output = cls(
            first_message=first_message,
            language=language,
            hinglish_mode=hinglish_mode,
            dynamic_variables=dynamic_variables,
            disable_first_message_interruptions=disable_first_message_interruptions,
            max_conversation_duration_message=max_conversation_duration_message,
            text_behavior_overrides=text_behavior_overrides,
            prompt=prompt,
        )

        agent_config_api_model_workflow_override_output.additional_properties = d
        return agent_config_api_model_workflow_override_output

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
        AgentConfigAPIModelWorkflowOverrideOutputTextBehaviorOverridesType0, \
        DynamicVariablesConfigWorkflowOverride, \
        PromptAgentAPIModelWorkflowOverrideOutput
    from ..models.agent_config_api_model_workflow_override_output_text_behavior_overrides_type_0 import (
        AgentConfigAPIModelWorkflowOverrideOutputTextBehaviorOverridesType0,  # noqa: F401
    )
    from ..models.dynamic_variables_config_workflow_override import DynamicVariablesConfigWorkflowOverride  # noqa: F401
    from ..models.prompt_agent_api_model_workflow_override_output import PromptAgentAPIModelWorkflowOverrideOutput  # noqa: F401

    _nested_models_loaded = True
