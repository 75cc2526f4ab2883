from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_dynamic_variables_config import ConvaiDynamicVariablesConfig
    from ..models.convai_prompt_config_input import ConvaiPromptConfigInput


T = TypeVar("T", bound="ConvaiAgentConfigInput")


@_attrs_define
class ConvaiAgentConfigInput:
    """What the agent says first, its language, variables and prompt (request form).

    Attributes:
        first_message (str | Unset):  Default: ''.
        language (str | Unset):  Default: 'en'.
        dynamic_variables (ConvaiDynamicVariablesConfig | Unset): Placeholder values of dynamic variables.
        prompt (ConvaiPromptConfigInput | Unset): The agent's prompt, LLM, tools and knowledge (request form).
    """

    first_message: str | Unset = ""
    language: str | Unset = "en"
    dynamic_variables: ConvaiDynamicVariablesConfig | Unset = UNSET
    prompt: ConvaiPromptConfigInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        first_message = self.first_message

        language = self.language

        dynamic_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_variables, Unset):
            dynamic_variables = self.dynamic_variables.to_dict()

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
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables
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

        _dynamic_variables = d.pop("dynamic_variables", UNSET)
        dynamic_variables: ConvaiDynamicVariablesConfig | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = ConvaiDynamicVariablesConfig.from_dict(_dynamic_variables)

        _prompt = d.pop("prompt", UNSET)
        prompt: ConvaiPromptConfigInput | Unset
        if isinstance(_prompt, Unset):
            prompt = UNSET
        else:
            prompt = ConvaiPromptConfigInput.from_dict(_prompt)

        convai_agent_config_input = cls(
            first_message=first_message,
            language=language,
            dynamic_variables=dynamic_variables,
            prompt=prompt,
        )

        convai_agent_config_input.additional_properties = d
        return convai_agent_config_input

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
    global _nested_models_loaded, ConvaiDynamicVariablesConfig, ConvaiPromptConfigInput
    from ..models.convai_dynamic_variables_config import ConvaiDynamicVariablesConfig  # noqa: F401
    from ..models.convai_prompt_config_input import ConvaiPromptConfigInput  # noqa: F401

    _nested_models_loaded = True
