from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pre_tool_speech_mode import PreToolSpeechMode, check_pre_tool_speech_mode
from ..models.tool_call_sound_behavior import ToolCallSoundBehavior, check_tool_call_sound_behavior
from ..models.tool_call_sound_type import ToolCallSoundType, check_tool_call_sound_type
from ..models.tool_execution_mode import ToolExecutionMode, check_tool_execution_mode
from ..models.tool_interruption_mode import ToolInterruptionMode, check_tool_interruption_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_dynamic_variable_assignment import ConvaiDynamicVariableAssignment
    from ..models.mcp_tool_config_override_input_input_overrides_type_0 import (
        MCPToolConfigOverrideInputInputOverridesType0,
    )
    from ..models.tool_response_mock_config_input import ToolResponseMockConfigInput


T = TypeVar("T", bound="MCPToolConfigOverrideInput")


@_attrs_define
class MCPToolConfigOverrideInput:
    """
    Attributes:
        tool_name (str):
        force_pre_tool_speech (bool | None | Unset):
        pre_tool_speech (None | PreToolSpeechMode | Unset):
        disable_interruptions (bool | None | Unset):
        interruption_mode (None | ToolInterruptionMode | Unset):
        tool_call_sound (Literal['off'] | None | ToolCallSoundType | Unset):
        tool_call_sound_behavior (None | ToolCallSoundBehavior | Unset):
        execution_mode (None | ToolExecutionMode | Unset):
        response_timeout_secs (int | None | Unset):
        assignments (list[ConvaiDynamicVariableAssignment] | Unset):
        input_overrides (MCPToolConfigOverrideInputInputOverridesType0 | None | Unset):
        response_mocks (list[ToolResponseMockConfigInput] | None | Unset):
    """

    tool_name: str
    force_pre_tool_speech: bool | None | Unset = UNSET
    pre_tool_speech: None | PreToolSpeechMode | Unset = UNSET
    disable_interruptions: bool | None | Unset = UNSET
    interruption_mode: None | ToolInterruptionMode | Unset = UNSET
    tool_call_sound: Literal["off"] | None | ToolCallSoundType | Unset = UNSET
    tool_call_sound_behavior: None | ToolCallSoundBehavior | Unset = UNSET
    execution_mode: None | ToolExecutionMode | Unset = UNSET
    response_timeout_secs: int | None | Unset = UNSET
    assignments: list[ConvaiDynamicVariableAssignment] | Unset = UNSET
    input_overrides: MCPToolConfigOverrideInputInputOverridesType0 | None | Unset = UNSET
    response_mocks: list[ToolResponseMockConfigInput] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        tool_name = self.tool_name

        force_pre_tool_speech: bool | None | Unset
        if isinstance(self.force_pre_tool_speech, Unset):
            force_pre_tool_speech = UNSET
        else:
            force_pre_tool_speech = self.force_pre_tool_speech

        pre_tool_speech: None | str | Unset
        if isinstance(self.pre_tool_speech, Unset):
            pre_tool_speech = UNSET
        elif isinstance(self.pre_tool_speech, str):
            pre_tool_speech = self.pre_tool_speech
        else:
            pre_tool_speech = self.pre_tool_speech

        disable_interruptions: bool | None | Unset
        if isinstance(self.disable_interruptions, Unset):
            disable_interruptions = UNSET
        else:
            disable_interruptions = self.disable_interruptions

        interruption_mode: None | str | Unset
        if isinstance(self.interruption_mode, Unset):
            interruption_mode = UNSET
        elif isinstance(self.interruption_mode, str):
            interruption_mode = self.interruption_mode
        else:
            interruption_mode = self.interruption_mode

        tool_call_sound: Literal["off"] | None | str | Unset
        if isinstance(self.tool_call_sound, Unset):
            tool_call_sound = UNSET
        elif isinstance(self.tool_call_sound, str):
            tool_call_sound = self.tool_call_sound
        else:
            tool_call_sound = self.tool_call_sound

        tool_call_sound_behavior: None | str | Unset
        if isinstance(self.tool_call_sound_behavior, Unset):
            tool_call_sound_behavior = UNSET
        elif isinstance(self.tool_call_sound_behavior, str):
            tool_call_sound_behavior = self.tool_call_sound_behavior
        else:
            tool_call_sound_behavior = self.tool_call_sound_behavior

        execution_mode: None | str | Unset
        if isinstance(self.execution_mode, Unset):
            execution_mode = UNSET
        elif isinstance(self.execution_mode, str):
            execution_mode = self.execution_mode
        else:
            execution_mode = self.execution_mode

        response_timeout_secs: int | None | Unset
        if isinstance(self.response_timeout_secs, Unset):
            response_timeout_secs = UNSET
        else:
            response_timeout_secs = self.response_timeout_secs

        assignments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assignments, Unset):
            assignments = []
            for assignments_item_data in self.assignments:
                assignments_item = assignments_item_data.to_dict()
                assignments.append(assignments_item)

        input_overrides: dict[str, Any] | None | Unset
        if isinstance(self.input_overrides, Unset):
            input_overrides = UNSET
        elif isinstance(self.input_overrides, MCPToolConfigOverrideInputInputOverridesType0):
            input_overrides = self.input_overrides.to_dict()
        else:
            input_overrides = self.input_overrides

        response_mocks: list[dict[str, Any]] | None | Unset
        if isinstance(self.response_mocks, Unset):
            response_mocks = UNSET
        elif isinstance(self.response_mocks, list):
            response_mocks = []
            for response_mocks_type_0_item_data in self.response_mocks:
                response_mocks_type_0_item = response_mocks_type_0_item_data.to_dict()
                response_mocks.append(response_mocks_type_0_item)

        else:
            response_mocks = self.response_mocks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_name": tool_name,
            }
        )
        if force_pre_tool_speech is not UNSET:
            field_dict["force_pre_tool_speech"] = force_pre_tool_speech
        if pre_tool_speech is not UNSET:
            field_dict["pre_tool_speech"] = pre_tool_speech
        if disable_interruptions is not UNSET:
            field_dict["disable_interruptions"] = disable_interruptions
        if interruption_mode is not UNSET:
            field_dict["interruption_mode"] = interruption_mode
        if tool_call_sound is not UNSET:
            field_dict["tool_call_sound"] = tool_call_sound
        if tool_call_sound_behavior is not UNSET:
            field_dict["tool_call_sound_behavior"] = tool_call_sound_behavior
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if response_timeout_secs is not UNSET:
            field_dict["response_timeout_secs"] = response_timeout_secs
        if assignments is not UNSET:
            field_dict["assignments"] = assignments
        if input_overrides is not UNSET:
            field_dict["input_overrides"] = input_overrides
        if response_mocks is not UNSET:
            field_dict["response_mocks"] = response_mocks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        tool_name = d.pop("tool_name")

        def _parse_force_pre_tool_speech(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        force_pre_tool_speech = _parse_force_pre_tool_speech(d.pop("force_pre_tool_speech", UNSET))

        def _parse_pre_tool_speech(data: object) -> None | PreToolSpeechMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pre_tool_speech_type_0 = check_pre_tool_speech_mode(data)

                return pre_tool_speech_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PreToolSpeechMode | Unset, data)

        pre_tool_speech = _parse_pre_tool_speech(d.pop("pre_tool_speech", UNSET))

        def _parse_disable_interruptions(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disable_interruptions = _parse_disable_interruptions(d.pop("disable_interruptions", UNSET))

        def _parse_interruption_mode(data: object) -> None | ToolInterruptionMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interruption_mode_type_0 = check_tool_interruption_mode(data)

                return interruption_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolInterruptionMode | Unset, data)

        interruption_mode = _parse_interruption_mode(d.pop("interruption_mode", UNSET))

        def _parse_tool_call_sound(data: object) -> Literal["off"] | None | ToolCallSoundType | Unset:
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
            try:
                tool_call_sound_type_1 = cast(Literal["off"], data)
                if tool_call_sound_type_1 != "off":
                    raise ValueError(f"tool_call_sound_type_1 must match const 'off', got '{tool_call_sound_type_1}'")
                return tool_call_sound_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Literal["off"] | None | ToolCallSoundType | Unset, data)

        tool_call_sound = _parse_tool_call_sound(d.pop("tool_call_sound", UNSET))

        def _parse_tool_call_sound_behavior(data: object) -> None | ToolCallSoundBehavior | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_call_sound_behavior_type_0 = check_tool_call_sound_behavior(data)

                return tool_call_sound_behavior_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolCallSoundBehavior | Unset, data)

        tool_call_sound_behavior = _parse_tool_call_sound_behavior(d.pop("tool_call_sound_behavior", UNSET))

        def _parse_execution_mode(data: object) -> None | ToolExecutionMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                execution_mode_type_0 = check_tool_execution_mode(data)

                return execution_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolExecutionMode | Unset, data)

        execution_mode = _parse_execution_mode(d.pop("execution_mode", UNSET))

        def _parse_response_timeout_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        response_timeout_secs = _parse_response_timeout_secs(d.pop("response_timeout_secs", UNSET))

        _assignments = d.pop("assignments", UNSET)
        assignments: list[ConvaiDynamicVariableAssignment] | Unset = UNSET
        if _assignments is not UNSET:
            assignments = []
            for assignments_item_data in _assignments:
                assignments_item = ConvaiDynamicVariableAssignment.from_dict(assignments_item_data)

                assignments.append(assignments_item)

        def _parse_input_overrides(data: object) -> MCPToolConfigOverrideInputInputOverridesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_overrides_type_0 = MCPToolConfigOverrideInputInputOverridesType0.from_dict(data)

                return input_overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MCPToolConfigOverrideInputInputOverridesType0 | None | Unset, data)

        input_overrides = _parse_input_overrides(d.pop("input_overrides", UNSET))

        def _parse_response_mocks(data: object) -> list[ToolResponseMockConfigInput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_mocks_type_0 = []
                _response_mocks_type_0 = data
                for response_mocks_type_0_item_data in _response_mocks_type_0:
                    response_mocks_type_0_item = ToolResponseMockConfigInput.from_dict(response_mocks_type_0_item_data)

                    response_mocks_type_0.append(response_mocks_type_0_item)

                return response_mocks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ToolResponseMockConfigInput] | None | Unset, data)

        response_mocks = _parse_response_mocks(d.pop("response_mocks", UNSET))

        mcp_tool_config_override_input = cls(
            tool_name=tool_name,
            force_pre_tool_speech=force_pre_tool_speech,
            pre_tool_speech=pre_tool_speech,
            disable_interruptions=disable_interruptions,
            interruption_mode=interruption_mode,
            tool_call_sound=tool_call_sound,
            tool_call_sound_behavior=tool_call_sound_behavior,
            execution_mode=execution_mode,
            response_timeout_secs=response_timeout_secs,
            assignments=assignments,
            input_overrides=input_overrides,
            response_mocks=response_mocks,
        )

        mcp_tool_config_override_input.additional_properties = d
        return mcp_tool_config_override_input

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
        MCPToolConfigOverrideInputInputOverridesType0, \
        ToolResponseMockConfigInput
    from ..models.convai_dynamic_variable_assignment import ConvaiDynamicVariableAssignment  # noqa: F401
    from ..models.mcp_tool_config_override_input_input_overrides_type_0 import (
        MCPToolConfigOverrideInputInputOverridesType0,  # noqa: F401
    )
    from ..models.tool_response_mock_config_input import ToolResponseMockConfigInput  # noqa: F401

    _nested_models_loaded = True
