from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_guardrail_config_model import CustomGuardrailConfigModel, check_custom_guardrail_config_model
from ..models.guardrail_execution_mode import GuardrailExecutionMode, check_guardrail_execution_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.end_call_trigger_action import EndCallTriggerAction
    from ..models.retry_trigger_action import RetryTriggerAction


T = TypeVar("T", bound="CustomGuardrailConfig")


@_attrs_define
class CustomGuardrailConfig:
    """
    Attributes:
        name (str):
        prompt (str):
        is_enabled (bool | Unset):  Default: False.
        execution_mode (GuardrailExecutionMode | Unset):  Default: 'streaming'.
        model (CustomGuardrailConfigModel | Unset):  Default: 'gemini-3.1-flash-lite'.
        history_message_count (int | Unset):  Default: 0.
        history_include_tool_calls (bool | Unset):  Default: False.
        trigger_action (EndCallTriggerAction | RetryTriggerAction | Unset):
        evaluate_full_response_only (bool | Unset):  Default: False.
    """

    name: str
    prompt: str
    is_enabled: bool | Unset = False
    execution_mode: GuardrailExecutionMode | Unset = "streaming"
    model: CustomGuardrailConfigModel | Unset = "gemini-3.1-flash-lite"
    history_message_count: int | Unset = 0
    history_include_tool_calls: bool | Unset = False
    trigger_action: EndCallTriggerAction | RetryTriggerAction | Unset = UNSET
    evaluate_full_response_only: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        name = self.name

        prompt = self.prompt

        is_enabled = self.is_enabled

        execution_mode: str | Unset = UNSET
        if not isinstance(self.execution_mode, Unset):
            execution_mode = self.execution_mode

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        history_message_count = self.history_message_count

        history_include_tool_calls = self.history_include_tool_calls

        trigger_action: dict[str, Any] | Unset
        if isinstance(self.trigger_action, Unset):
            trigger_action = UNSET
        elif isinstance(self.trigger_action, EndCallTriggerAction):
            trigger_action = self.trigger_action.to_dict()
        else:
            trigger_action = self.trigger_action.to_dict()

        evaluate_full_response_only = self.evaluate_full_response_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "prompt": prompt,
            }
        )
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if model is not UNSET:
            field_dict["model"] = model
        if history_message_count is not UNSET:
            field_dict["history_message_count"] = history_message_count
        if history_include_tool_calls is not UNSET:
            field_dict["history_include_tool_calls"] = history_include_tool_calls
        if trigger_action is not UNSET:
            field_dict["trigger_action"] = trigger_action
        if evaluate_full_response_only is not UNSET:
            field_dict["evaluate_full_response_only"] = evaluate_full_response_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        name = d.pop("name")

        prompt = d.pop("prompt")

        is_enabled = d.pop("is_enabled", UNSET)

        _execution_mode = d.pop("execution_mode", UNSET)
        execution_mode: GuardrailExecutionMode | Unset
        if isinstance(_execution_mode, Unset):
            execution_mode = UNSET
        else:
            execution_mode = check_guardrail_execution_mode(_execution_mode)

        _model = d.pop("model", UNSET)
        model: CustomGuardrailConfigModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_custom_guardrail_config_model(_model)

        history_message_count = d.pop("history_message_count", UNSET)

        history_include_tool_calls = d.pop("history_include_tool_calls", UNSET)

        def _parse_trigger_action(data: object) -> EndCallTriggerAction | RetryTriggerAction | Unset:
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                if data.get("type") == "end_call":
                    trigger_action_type_0 = EndCallTriggerAction.from_dict(data)

                    return trigger_action_type_0
                if data.get("type") == "retry":
                    trigger_action_type_1 = RetryTriggerAction.from_dict(data)

                    return trigger_action_type_1

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_action_type_0 = EndCallTriggerAction.from_dict(data)

                return trigger_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            trigger_action_type_1 = RetryTriggerAction.from_dict(data)

            return trigger_action_type_1

        trigger_action = _parse_trigger_action(d.pop("trigger_action", UNSET))

        evaluate_full_response_only = d.pop("evaluate_full_response_only", UNSET)

        custom_guardrail_config = cls(
            name=name,
            prompt=prompt,
            is_enabled=is_enabled,
            execution_mode=execution_mode,
            model=model,
            history_message_count=history_message_count,
            history_include_tool_calls=history_include_tool_calls,
            trigger_action=trigger_action,
            evaluate_full_response_only=evaluate_full_response_only,
        )

        custom_guardrail_config.additional_properties = d
        return custom_guardrail_config

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
    global _nested_models_loaded, EndCallTriggerAction, RetryTriggerAction
    from ..models.end_call_trigger_action import EndCallTriggerAction  # noqa: F401
    from ..models.retry_trigger_action import RetryTriggerAction  # noqa: F401

    _nested_models_loaded = True
