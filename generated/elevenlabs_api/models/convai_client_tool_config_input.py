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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_dynamic_variable_assignment import ConvaiDynamicVariableAssignment
    from ..models.convai_dynamic_variables_config import ConvaiDynamicVariablesConfig
    from ..models.convai_object_json_schema_property_input import ConvaiObjectJsonSchemaPropertyInput


T = TypeVar("T", bound="ConvaiClientToolConfigInput")


@_attrs_define
class ConvaiClientToolConfigInput:
    """A tool run by the client application, as sent.

    Attributes:
        name (str):
        description (str):
        type_ (Literal['client'] | Unset):  Default: 'client'.
        response_timeout_secs (int | Unset):  Default: 20.
        disable_interruptions (bool | Unset):  Default: False.
        interruption_mode (ToolInterruptionMode | Unset):  Default: 'allow'.
        force_pre_tool_speech (bool | Unset):  Default: False.
        pre_tool_speech (PreToolSpeechMode | Unset):  Default: 'auto'.
        assignments (list[ConvaiDynamicVariableAssignment] | Unset):
        tool_call_sound (None | ToolCallSoundType | Unset):
        tool_call_sound_behavior (ToolCallSoundBehavior | Unset):  Default: 'auto'.
        tool_error_handling_mode (ToolErrorHandlingMode | Unset):  Default: 'auto'.
        parameters (ConvaiObjectJsonSchemaPropertyInput | None | Unset):
        expects_response (bool | Unset):  Default: False.
        dynamic_variables (ConvaiDynamicVariablesConfig | Unset): Placeholder values of dynamic variables.
        execution_mode (ToolExecutionMode | Unset):  Default: 'immediate'.
    """

    name: str
    description: str
    type_: Literal["client"] | Unset = "client"
    response_timeout_secs: int | Unset = 20
    disable_interruptions: bool | Unset = False
    interruption_mode: ToolInterruptionMode | Unset = "allow"
    force_pre_tool_speech: bool | Unset = False
    pre_tool_speech: PreToolSpeechMode | Unset = "auto"
    assignments: list[ConvaiDynamicVariableAssignment] | Unset = UNSET
    tool_call_sound: None | ToolCallSoundType | Unset = UNSET
    tool_call_sound_behavior: ToolCallSoundBehavior | Unset = "auto"
    tool_error_handling_mode: ToolErrorHandlingMode | Unset = "auto"
    parameters: ConvaiObjectJsonSchemaPropertyInput | None | Unset = UNSET
    expects_response: bool | Unset = False
    dynamic_variables: ConvaiDynamicVariablesConfig | Unset = UNSET
    execution_mode: ToolExecutionMode | Unset = "immediate"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        name = self.name

        description = self.description

        type_ = self.type_

        response_timeout_secs = self.response_timeout_secs

        disable_interruptions = self.disable_interruptions

        interruption_mode: str | Unset = UNSET
        if not isinstance(self.interruption_mode, Unset):
            interruption_mode = self.interruption_mode

        force_pre_tool_speech = self.force_pre_tool_speech

        pre_tool_speech: str | Unset = UNSET
        if not isinstance(self.pre_tool_speech, Unset):
            pre_tool_speech = self.pre_tool_speech

        assignments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assignments, Unset):
            assignments = []
            for assignments_item_data in self.assignments:
                assignments_item = assignments_item_data.to_dict()
                assignments.append(assignments_item)

        tool_call_sound: None | str | Unset
        if isinstance(self.tool_call_sound, Unset):
            tool_call_sound = UNSET
        elif isinstance(self.tool_call_sound, str):
            tool_call_sound = self.tool_call_sound
        else:
            tool_call_sound = self.tool_call_sound

        tool_call_sound_behavior: str | Unset = UNSET
        if not isinstance(self.tool_call_sound_behavior, Unset):
            tool_call_sound_behavior = self.tool_call_sound_behavior

        tool_error_handling_mode: str | Unset = UNSET
        if not isinstance(self.tool_error_handling_mode, Unset):
            tool_error_handling_mode = self.tool_error_handling_mode

        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, ConvaiObjectJsonSchemaPropertyInput):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        expects_response = self.expects_response

        dynamic_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_variables, Unset):
            dynamic_variables = self.dynamic_variables.to_dict()

        execution_mode: str | Unset = UNSET
        if not isinstance(self.execution_mode, Unset):
            execution_mode = self.execution_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if response_timeout_secs is not UNSET:
            field_dict["response_timeout_secs"] = response_timeout_secs
        if disable_interruptions is not UNSET:
            field_dict["disable_interruptions"] = disable_interruptions
        if interruption_mode is not UNSET:
            field_dict["interruption_mode"] = interruption_mode
        if force_pre_tool_speech is not UNSET:
            field_dict["force_pre_tool_speech"] = force_pre_tool_speech
        if pre_tool_speech is not UNSET:
            field_dict["pre_tool_speech"] = pre_tool_speech
        if assignments is not UNSET:
            field_dict["assignments"] = assignments
        if tool_call_sound is not UNSET:
            field_dict["tool_call_sound"] = tool_call_sound
        if tool_call_sound_behavior is not UNSET:
            field_dict["tool_call_sound_behavior"] = tool_call_sound_behavior
        if tool_error_handling_mode is not UNSET:
            field_dict["tool_error_handling_mode"] = tool_error_handling_mode
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if expects_response is not UNSET:
            field_dict["expects_response"] = expects_response
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        type_ = cast(Literal["client"] | Unset, d.pop("type", UNSET))
        if type_ != "client" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'client', got '{type_}'")

        response_timeout_secs = d.pop("response_timeout_secs", UNSET)

        disable_interruptions = d.pop("disable_interruptions", UNSET)

        _interruption_mode = d.pop("interruption_mode", UNSET)
        interruption_mode: ToolInterruptionMode | Unset
        if isinstance(_interruption_mode, Unset):
            interruption_mode = UNSET
        else:
            interruption_mode = check_tool_interruption_mode(_interruption_mode)

        force_pre_tool_speech = d.pop("force_pre_tool_speech", UNSET)

        _pre_tool_speech = d.pop("pre_tool_speech", UNSET)
        pre_tool_speech: PreToolSpeechMode | Unset
        if isinstance(_pre_tool_speech, Unset):
            pre_tool_speech = UNSET
        else:
            pre_tool_speech = check_pre_tool_speech_mode(_pre_tool_speech)

        _assignments = d.pop("assignments", UNSET)
        assignments: list[ConvaiDynamicVariableAssignment] | Unset = UNSET
        if _assignments is not UNSET:
            assignments = []
            for assignments_item_data in _assignments:
                assignments_item = ConvaiDynamicVariableAssignment.from_dict(assignments_item_data)

                assignments.append(assignments_item)

        def _parse_tool_call_sound(data: object) -> None | ToolCallSoundType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_call_sound_type_0 = check_tool_call_sound_type(data)

                return tool_call_sound_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolCallSoundType | Unset, data)

        tool_call_sound = _parse_tool_call_sound(d.pop("tool_call_sound", UNSET))

        _tool_call_sound_behavior = d.pop("tool_call_sound_behavior", UNSET)
        tool_call_sound_behavior: ToolCallSoundBehavior | Unset
        if isinstance(_tool_call_sound_behavior, Unset):
            tool_call_sound_behavior = UNSET
        else:
            tool_call_sound_behavior = check_tool_call_sound_behavior(_tool_call_sound_behavior)

        _tool_error_handling_mode = d.pop("tool_error_handling_mode", UNSET)
        tool_error_handling_mode: ToolErrorHandlingMode | Unset
        if isinstance(_tool_error_handling_mode, Unset):
            tool_error_handling_mode = UNSET
        else:
            tool_error_handling_mode = check_tool_error_handling_mode(_tool_error_handling_mode)

        def _parse_parameters(data: object) -> ConvaiObjectJsonSchemaPropertyInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parameters_type_0 = ConvaiObjectJsonSchemaPropertyInput.from_dict(data)

                return parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiObjectJsonSchemaPropertyInput | None | Unset, data)

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        expects_response = d.pop("expects_response", UNSET)

        _dynamic_variables = d.pop("dynamic_variables", UNSET)
        dynamic_variables: ConvaiDynamicVariablesConfig | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = ConvaiDynamicVariablesConfig.from_dict(_dynamic_variables)

        _execution_mode = d.pop("execution_mode", UNSET)
        execution_mode: ToolExecutionMode | Unset
        if isinstance(_execution_mode, Unset):
            execution_mode = UNSET
        else:
            execution_mode = check_tool_execution_mode(_execution_mode)

        convai_client_tool_config_input = cls(
            name=name,
            description=description,
            type_=type_,
            response_timeout_secs=response_timeout_secs,
            disable_interruptions=disable_interruptions,
            interruption_mode=interruption_mode,
            force_pre_tool_speech=force_pre_tool_speech,
            pre_tool_speech=pre_tool_speech,
            assignments=assignments,
            tool_call_sound=tool_call_sound,
            tool_call_sound_behavior=tool_call_sound_behavior,
            tool_error_handling_mode=tool_error_handling_mode,
            parameters=parameters,
            expects_response=expects_response,
            dynamic_variables=dynamic_variables,
            execution_mode=execution_mode,
        )

        convai_client_tool_config_input.additional_properties = d
        return convai_client_tool_config_input

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
        ConvaiDynamicVariableAssignment, \
        ConvaiDynamicVariablesConfig, \
        ConvaiObjectJsonSchemaPropertyInput
    from ..models.convai_dynamic_variable_assignment import ConvaiDynamicVariableAssignment  # noqa: F401
    from ..models.convai_dynamic_variables_config import ConvaiDynamicVariablesConfig  # noqa: F401
    from ..models.convai_object_json_schema_property_input import ConvaiObjectJsonSchemaPropertyInput  # noqa: F401

    _nested_models_loaded = True
