from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pre_tool_speech_mode import PreToolSpeechMode, check_pre_tool_speech_mode
from ..models.tool_call_sound_behavior import ToolCallSoundBehavior, check_tool_call_sound_behavior
from ..models.tool_call_sound_type import ToolCallSoundType, check_tool_call_sound_type
from ..models.tool_error_handling_mode import ToolErrorHandlingMode, check_tool_error_handling_mode
from ..models.tool_execution_mode import ToolExecutionMode, check_tool_execution_mode
from ..models.tool_interruption_mode import ToolInterruptionMode, check_tool_interruption_mode

if TYPE_CHECKING:
    from ..models.api_integration_webhook_overrides import ApiIntegrationWebhookOverrides
    from ..models.convai_dynamic_variable_assignment import ConvaiDynamicVariableAssignment
    from ..models.convai_dynamic_variables_config import ConvaiDynamicVariablesConfig


T = TypeVar("T", bound="ApiIntegrationWebhookToolConfigOutput")


@_attrs_define
class ApiIntegrationWebhookToolConfigOutput:
    """
    Attributes:
        type_ (Literal['api_integration_webhook']):  Default: 'api_integration_webhook'.
        name (str):
        description (str):
        response_timeout_secs (int):  Default: 20.
        disable_interruptions (bool):  Default: False.
        interruption_mode (ToolInterruptionMode):  Default: 'allow'.
        force_pre_tool_speech (bool):  Default: False.
        pre_tool_speech (PreToolSpeechMode):  Default: 'auto'.
        assignments (list[ConvaiDynamicVariableAssignment]):
        tool_call_sound (None | ToolCallSoundType):
        tool_call_sound_behavior (ToolCallSoundBehavior):  Default: 'auto'.
        tool_error_handling_mode (ToolErrorHandlingMode):  Default: 'auto'.
        dynamic_variables (ConvaiDynamicVariablesConfig): Placeholder values of dynamic variables.
        execution_mode (ToolExecutionMode):  Default: 'immediate'.
        tool_version (str):  Default: '1.0.0'.
        api_integration_id (str):
        api_integration_connection_id (str):
        api_schema_overrides (ApiIntegrationWebhookOverrides | None):
    """

    name: str
    description: str
    assignments: list[ConvaiDynamicVariableAssignment]
    tool_call_sound: None | ToolCallSoundType
    dynamic_variables: ConvaiDynamicVariablesConfig
    api_integration_id: str
    api_integration_connection_id: str
    api_schema_overrides: ApiIntegrationWebhookOverrides | None
    type_: Literal["api_integration_webhook"] = "api_integration_webhook"
    response_timeout_secs: int = 20
    disable_interruptions: bool = False
    interruption_mode: ToolInterruptionMode = "allow"
    force_pre_tool_speech: bool = False
    pre_tool_speech: PreToolSpeechMode = "auto"
    tool_call_sound_behavior: ToolCallSoundBehavior = "auto"
    tool_error_handling_mode: ToolErrorHandlingMode = "auto"
    execution_mode: ToolExecutionMode = "immediate"
    tool_version: str = "1.0.0"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        name = self.name

        description = self.description

        response_timeout_secs = self.response_timeout_secs

        disable_interruptions = self.disable_interruptions

        interruption_mode: str = self.interruption_mode

        force_pre_tool_speech = self.force_pre_tool_speech

        pre_tool_speech: str = self.pre_tool_speech

        assignments = []
        for assignments_item_data in self.assignments:
            assignments_item = assignments_item_data.to_dict()
            assignments.append(assignments_item)

        tool_call_sound: None | str
        if isinstance(self.tool_call_sound, str):
            tool_call_sound = self.tool_call_sound
        else:
            tool_call_sound = self.tool_call_sound

        tool_call_sound_behavior: str = self.tool_call_sound_behavior

        tool_error_handling_mode: str = self.tool_error_handling_mode

        dynamic_variables = self.dynamic_variables.to_dict()

        execution_mode: str = self.execution_mode

        tool_version = self.tool_version

        api_integration_id = self.api_integration_id

        api_integration_connection_id = self.api_integration_connection_id

        api_schema_overrides: dict[str, Any] | None
        if isinstance(self.api_schema_overrides, ApiIntegrationWebhookOverrides):
            api_schema_overrides = self.api_schema_overrides.to_dict()
        else:
            api_schema_overrides = self.api_schema_overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "description": description,
                "response_timeout_secs": response_timeout_secs,
                "disable_interruptions": disable_interruptions,
                "interruption_mode": interruption_mode,
                "force_pre_tool_speech": force_pre_tool_speech,
                "pre_tool_speech": pre_tool_speech,
                "assignments": assignments,
                "tool_call_sound": tool_call_sound,
                "tool_call_sound_behavior": tool_call_sound_behavior,
                "tool_error_handling_mode": tool_error_handling_mode,
                "dynamic_variables": dynamic_variables,
                "execution_mode": execution_mode,
                "tool_version": tool_version,
                "api_integration_id": api_integration_id,
                "api_integration_connection_id": api_integration_connection_id,
                "api_schema_overrides": api_schema_overrides,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["api_integration_webhook"], d.pop("type"))
        if type_ != "api_integration_webhook":
            raise ValueError(f"type must match const 'api_integration_webhook', got '{type_}'")

        name = d.pop("name")

        description = d.pop("description")

        response_timeout_secs = d.pop("response_timeout_secs")

        disable_interruptions = d.pop("disable_interruptions")

        interruption_mode = check_tool_interruption_mode(d.pop("interruption_mode"))

        force_pre_tool_speech = d.pop("force_pre_tool_speech")

        pre_tool_speech = check_pre_tool_speech_mode(d.pop("pre_tool_speech"))

        assignments = []
        _assignments = d.pop("assignments")
        for assignments_item_data in _assignments:
            assignments_item = ConvaiDynamicVariableAssignment.from_dict(assignments_item_data)

            assignments.append(assignments_item)

        def _parse_tool_call_sound(data: object) -> None | ToolCallSoundType:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_call_sound_type_0 = check_tool_call_sound_type(data)

                return tool_call_sound_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolCallSoundType, data)

        tool_call_sound = _parse_tool_call_sound(d.pop("tool_call_sound"))

        tool_call_sound_behavior = check_tool_call_sound_behavior(d.pop("tool_call_sound_behavior"))

        tool_error_handling_mode = check_tool_error_handling_mode(d.pop("tool_error_handling_mode"))

        dynamic_variables = ConvaiDynamicVariablesConfig.from_dict(d.pop("dynamic_variables"))

        execution_mode = check_tool_execution_mode(d.pop("execution_mode"))

        tool_version = d.pop("tool_version")

        api_integration_id = d.pop("api_integration_id")

        api_integration_connection_id = d.pop("api_integration_connection_id")

        def _parse_api_schema_overrides(data: object) -> ApiIntegrationWebhookOverrides | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                api_schema_overrides_type_0 = ApiIntegrationWebhookOverrides.from_dict(data)

                return api_schema_overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiIntegrationWebhookOverrides | None, data)

        api_schema_overrides = _parse_api_schema_overrides(d.pop("api_schema_overrides"))

        api_integration_webhook_tool_config_output = cls(
            type_=type_,
            name=name,
            description=description,
            response_timeout_secs=response_timeout_secs,
            disable_interruptions=disable_interruptions,
            interruption_mode=interruption_mode,
            force_pre_tool_speech=force_pre_tool_speech,
            pre_tool_speech=pre_tool_speech,
            assignments=assignments,
            tool_call_sound=tool_call_sound,
            tool_call_sound_behavior=tool_call_sound_behavior,
            tool_error_handling_mode=tool_error_handling_mode,
            dynamic_variables=dynamic_variables,
            execution_mode=execution_mode,
            tool_version=tool_version,
            api_integration_id=api_integration_id,
            api_integration_connection_id=api_integration_connection_id,
            api_schema_overrides=api_schema_overrides,
        )

        api_integration_webhook_tool_config_output.additional_properties = d
        return api_integration_webhook_tool_config_output

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
        ApiIntegrationWebhookOverrides, \
        ConvaiDynamicVariableAssignment, \
        ConvaiDynamicVariablesConfig
    from ..models.api_integration_webhook_overrides import ApiIntegrationWebhookOverrides  # noqa: F401
    from ..models.convai_dynamic_variable_assignment import ConvaiDynamicVariableAssignment  # noqa: F401
    from ..models.convai_dynamic_variables_config import ConvaiDynamicVariablesConfig  # noqa: F401

    _nested_models_loaded = True
