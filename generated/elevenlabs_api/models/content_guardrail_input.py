from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrail_execution_mode import GuardrailExecutionMode, check_guardrail_execution_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_config import ContentConfig
    from ..models.end_call_trigger_action import EndCallTriggerAction
    from ..models.retry_trigger_action import RetryTriggerAction


T = TypeVar("T", bound="ContentGuardrailInput")


@_attrs_define
class ContentGuardrailInput:
    """
    Attributes:
        execution_mode (GuardrailExecutionMode | Unset):  Default: 'streaming'.
        config (ContentConfig | Unset):
        trigger_action (EndCallTriggerAction | RetryTriggerAction | Unset):
    """

    execution_mode: GuardrailExecutionMode | Unset = "streaming"
    config: ContentConfig | Unset = UNSET
    trigger_action: EndCallTriggerAction | RetryTriggerAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        execution_mode: str | Unset = UNSET
        if not isinstance(self.execution_mode, Unset):
            execution_mode = self.execution_mode

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        trigger_action: dict[str, Any] | Unset
        if isinstance(self.trigger_action, Unset):
            trigger_action = UNSET
        elif isinstance(self.trigger_action, EndCallTriggerAction):
            trigger_action = self.trigger_action.to_dict()
        else:
            trigger_action = self.trigger_action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if config is not UNSET:
            field_dict["config"] = config
        if trigger_action is not UNSET:
            field_dict["trigger_action"] = trigger_action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _execution_mode = d.pop("execution_mode", UNSET)
        execution_mode: GuardrailExecutionMode | Unset
        if isinstance(_execution_mode, Unset):
            execution_mode = UNSET
        else:
            execution_mode = check_guardrail_execution_mode(_execution_mode)

        _config = d.pop("config", UNSET)
        config: ContentConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = ContentConfig.from_dict(_config)

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

        content_guardrail_input = cls(
            execution_mode=execution_mode,
            config=config,
            trigger_action=trigger_action,
        )

        content_guardrail_input.additional_properties = d
        return content_guardrail_input

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
    global _nested_models_loaded, ContentConfig, EndCallTriggerAction, RetryTriggerAction
    from ..models.content_config import ContentConfig  # noqa: F401
    from ..models.end_call_trigger_action import EndCallTriggerAction  # noqa: F401
    from ..models.retry_trigger_action import RetryTriggerAction  # noqa: F401

    _nested_models_loaded = True
