from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pre_tool_speech_mode import PreToolSpeechMode, check_pre_tool_speech_mode
from ..models.tool_call_sound_behavior import ToolCallSoundBehavior, check_tool_call_sound_behavior
from ..models.tool_call_sound_type import ToolCallSoundType, check_tool_call_sound_type
from ..models.tool_error_handling_mode import ToolErrorHandlingMode, check_tool_error_handling_mode
from ..models.tool_interruption_mode import ToolInterruptionMode, check_tool_interruption_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_dynamic_variable_assignment import ConvaiDynamicVariableAssignment
    from ..models.convai_end_call_tool_params import ConvaiEndCallToolParams
    from ..models.convai_language_detection_tool_params import ConvaiLanguageDetectionToolParams
    from ..models.convai_play_dtmf_tool_params import ConvaiPlayDtmfToolParams
    from ..models.convai_skip_turn_tool_params import ConvaiSkipTurnToolParams
    from ..models.convai_transfer_to_agent_tool_params_output import ConvaiTransferToAgentToolParamsOutput
    from ..models.convai_transfer_to_number_tool_params_output import ConvaiTransferToNumberToolParamsOutput
    from ..models.convai_voicemail_detection_tool_params import ConvaiVoicemailDetectionToolParams
    from ..models.end_procedure_tool_config_output import EndProcedureToolConfigOutput
    from ..models.knowledge_base_rag_tool_config import KnowledgeBaseRagToolConfig
    from ..models.knowledge_base_tool_config import KnowledgeBaseToolConfig
    from ..models.run_subagent_tool_config_output import RunSubagentToolConfigOutput
    from ..models.start_procedure_tool_config_output import StartProcedureToolConfigOutput


T = TypeVar("T", bound="ConvaiSystemToolConfigOutput")


@_attrs_define
class ConvaiSystemToolConfigOutput:
    """A built-in tool (end call, transfer, ...), as returned.

    Attributes:
        name (str):
        params (ConvaiEndCallToolParams | ConvaiLanguageDetectionToolParams | ConvaiPlayDtmfToolParams |
            ConvaiSkipTurnToolParams | ConvaiTransferToAgentToolParamsOutput | ConvaiTransferToNumberToolParamsOutput |
            ConvaiVoicemailDetectionToolParams | EndProcedureToolConfigOutput | KnowledgeBaseRagToolConfig |
            KnowledgeBaseToolConfig | RunSubagentToolConfigOutput | StartProcedureToolConfigOutput): Settings of a built-in
            tool, as returned; `system_tool_type` tells which.
        type_ (Literal['system'] | Unset):  Default: 'system'.
        description (str | Unset):  Default: ''.
        response_timeout_secs (int | Unset):  Default: 20.
        disable_interruptions (bool | Unset):  Default: False.
        interruption_mode (ToolInterruptionMode | Unset):  Default: 'allow'.
        force_pre_tool_speech (bool | Unset):  Default: False.
        pre_tool_speech (PreToolSpeechMode | Unset):  Default: 'auto'.
        assignments (list[ConvaiDynamicVariableAssignment] | Unset):
        tool_call_sound (None | ToolCallSoundType | Unset):
        tool_call_sound_behavior (ToolCallSoundBehavior | Unset):  Default: 'auto'.
        tool_error_handling_mode (ToolErrorHandlingMode | Unset):  Default: 'auto'.
    """

    name: str
    params: (
        ConvaiEndCallToolParams
        | ConvaiLanguageDetectionToolParams
        | ConvaiPlayDtmfToolParams
        | ConvaiSkipTurnToolParams
        | ConvaiTransferToAgentToolParamsOutput
        | ConvaiTransferToNumberToolParamsOutput
        | ConvaiVoicemailDetectionToolParams
        | EndProcedureToolConfigOutput
        | KnowledgeBaseRagToolConfig
        | KnowledgeBaseToolConfig
        | RunSubagentToolConfigOutput
        | StartProcedureToolConfigOutput
    )
    type_: Literal["system"] | Unset = "system"
    description: str | Unset = ""
    response_timeout_secs: int | Unset = 20
    disable_interruptions: bool | Unset = False
    interruption_mode: ToolInterruptionMode | Unset = "allow"
    force_pre_tool_speech: bool | Unset = False
    pre_tool_speech: PreToolSpeechMode | Unset = "auto"
    assignments: list[ConvaiDynamicVariableAssignment] | Unset = UNSET
    tool_call_sound: None | ToolCallSoundType | Unset = UNSET
    tool_call_sound_behavior: ToolCallSoundBehavior | Unset = "auto"
    tool_error_handling_mode: ToolErrorHandlingMode | Unset = "auto"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        name = self.name

        params: dict[str, Any]
        if isinstance(self.params, ConvaiEndCallToolParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ConvaiLanguageDetectionToolParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ConvaiTransferToAgentToolParamsOutput):
            params = self.params.to_dict()
        elif isinstance(self.params, ConvaiTransferToNumberToolParamsOutput):
            params = self.params.to_dict()
        elif isinstance(self.params, ConvaiSkipTurnToolParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ConvaiPlayDtmfToolParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ConvaiVoicemailDetectionToolParams):
            params = self.params.to_dict()
        elif isinstance(self.params, KnowledgeBaseRagToolConfig):
            params = self.params.to_dict()
        elif isinstance(self.params, KnowledgeBaseToolConfig):
            params = self.params.to_dict()
        elif isinstance(self.params, StartProcedureToolConfigOutput):
            params = self.params.to_dict()
        elif isinstance(self.params, EndProcedureToolConfigOutput):
            params = self.params.to_dict()
        else:
            params = self.params.to_dict()

        type_ = self.type_

        description = self.description

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "params": params,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_params(
            data: object,
        ) -> (
            ConvaiEndCallToolParams
            | ConvaiLanguageDetectionToolParams
            | ConvaiPlayDtmfToolParams
            | ConvaiSkipTurnToolParams
            | ConvaiTransferToAgentToolParamsOutput
            | ConvaiTransferToNumberToolParamsOutput
            | ConvaiVoicemailDetectionToolParams
            | EndProcedureToolConfigOutput
            | KnowledgeBaseRagToolConfig
            | KnowledgeBaseToolConfig
            | RunSubagentToolConfigOutput
            | StartProcedureToolConfigOutput
        ):
            if isinstance(data, dict):
                if data.get("system_tool_type") == "end_call":
                    componentsschemas_convai_system_tool_params_output_type_0 = ConvaiEndCallToolParams.from_dict(data)

                    return componentsschemas_convai_system_tool_params_output_type_0
                if data.get("system_tool_type") == "language_detection":
                    componentsschemas_convai_system_tool_params_output_type_1 = (
                        ConvaiLanguageDetectionToolParams.from_dict(data)
                    )

                    return componentsschemas_convai_system_tool_params_output_type_1
                if data.get("system_tool_type") == "transfer_to_agent":
                    componentsschemas_convai_system_tool_params_output_type_2 = (
                        ConvaiTransferToAgentToolParamsOutput.from_dict(data)
                    )

                    return componentsschemas_convai_system_tool_params_output_type_2
                if data.get("system_tool_type") == "transfer_to_number":
                    componentsschemas_convai_system_tool_params_output_type_3 = (
                        ConvaiTransferToNumberToolParamsOutput.from_dict(data)
                    )

                    return componentsschemas_convai_system_tool_params_output_type_3
                if data.get("system_tool_type") == "skip_turn":
                    componentsschemas_convai_system_tool_params_output_type_4 = ConvaiSkipTurnToolParams.from_dict(data)

                    return componentsschemas_convai_system_tool_params_output_type_4
                if data.get("system_tool_type") == "play_keypad_touch_tone":
                    componentsschemas_convai_system_tool_params_output_type_5 = ConvaiPlayDtmfToolParams.from_dict(data)

                    return componentsschemas_convai_system_tool_params_output_type_5
                if data.get("system_tool_type") == "voicemail_detection":
                    componentsschemas_convai_system_tool_params_output_type_6 = (
                        ConvaiVoicemailDetectionToolParams.from_dict(data)
                    )

                    return componentsschemas_convai_system_tool_params_output_type_6
                if data.get("system_tool_type") == "knowledge_base_rag":
                    componentsschemas_convai_system_tool_params_output_type_7 = KnowledgeBaseRagToolConfig.from_dict(
                        data
                    )

                    return componentsschemas_convai_system_tool_params_output_type_7
                if data.get("system_tool_type") == "knowledge_base":
                    componentsschemas_convai_system_tool_params_output_type_8 = KnowledgeBaseToolConfig.from_dict(data)

                    return componentsschemas_convai_system_tool_params_output_type_8
                if data.get("system_tool_type") == "start_procedure":
                    componentsschemas_convai_system_tool_params_output_type_9 = (
                        StartProcedureToolConfigOutput.from_dict(data)
                    )

                    return componentsschemas_convai_system_tool_params_output_type_9
                if data.get("system_tool_type") == "end_procedure":
                    componentsschemas_convai_system_tool_params_output_type_10 = EndProcedureToolConfigOutput.from_dict(
                        data
                    )

                    return componentsschemas_convai_system_tool_params_output_type_10
                if data.get("system_tool_type") == "run_subagent":
                    componentsschemas_convai_system_tool_params_output_type_11 = RunSubagentToolConfigOutput.from_dict(
                        data
                    )

                    return componentsschemas_convai_system_tool_params_output_type_11

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_system_tool_params_output_type_0 = ConvaiEndCallToolParams.from_dict(data)

                return componentsschemas_convai_system_tool_params_output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_system_tool_params_output_type_1 = ConvaiLanguageDetectionToolParams.from_dict(
                    data
                )

                return componentsschemas_convai_system_tool_params_output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_system_tool_params_output_type_2 = (
                    ConvaiTransferToAgentToolParamsOutput.from_dict(data)
                )

                return componentsschemas_convai_system_tool_params_output_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_system_tool_params_output_type_3 = (
                    ConvaiTransferToNumberToolParamsOutput.from_dict(data)
                )

                return componentsschemas_convai_system_tool_params_output_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_system_tool_params_output_type_4 = ConvaiSkipTurnToolParams.from_dict(data)

                return componentsschemas_convai_system_tool_params_output_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_system_tool_params_output_type_5 = ConvaiPlayDtmfToolParams.from_dict(data)

                return componentsschemas_convai_system_tool_params_output_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_system_tool_params_output_type_6 = (
                    ConvaiVoicemailDetectionToolParams.from_dict(data)
                )

                return componentsschemas_convai_system_tool_params_output_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_system_tool_params_output_type_7 = KnowledgeBaseRagToolConfig.from_dict(data)

                return componentsschemas_convai_system_tool_params_output_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_system_tool_params_output_type_8 = KnowledgeBaseToolConfig.from_dict(data)

                return componentsschemas_convai_system_tool_params_output_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_system_tool_params_output_type_9 = StartProcedureToolConfigOutput.from_dict(
                    data
                )

                return componentsschemas_convai_system_tool_params_output_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_system_tool_params_output_type_10 = EndProcedureToolConfigOutput.from_dict(
                    data
                )

                return componentsschemas_convai_system_tool_params_output_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_convai_system_tool_params_output_type_11 = RunSubagentToolConfigOutput.from_dict(data)

            return componentsschemas_convai_system_tool_params_output_type_11

        params = _parse_params(d.pop("params"))

        type_ = cast(Literal["system"] | Unset, d.pop("type", UNSET))
        if type_ != "system" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'system', got '{type_}'")

        description = d.pop("description", UNSET)

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

        convai_system_tool_config_output = cls(
            name=name,
            params=params,
            type_=type_,
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
        )

        convai_system_tool_config_output.additional_properties = d
        return convai_system_tool_config_output

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
        ConvaiEndCallToolParams, \
        ConvaiLanguageDetectionToolParams, \
        ConvaiPlayDtmfToolParams, \
        ConvaiSkipTurnToolParams, \
        ConvaiTransferToAgentToolParamsOutput, \
        ConvaiTransferToNumberToolParamsOutput, \
        ConvaiVoicemailDetectionToolParams, \
        EndProcedureToolConfigOutput, \
        KnowledgeBaseRagToolConfig, \
        KnowledgeBaseToolConfig, \
        RunSubagentToolConfigOutput, \
        StartProcedureToolConfigOutput
    from ..models.convai_dynamic_variable_assignment import ConvaiDynamicVariableAssignment  # noqa: F401
    from ..models.convai_end_call_tool_params import ConvaiEndCallToolParams  # noqa: F401
    from ..models.convai_language_detection_tool_params import ConvaiLanguageDetectionToolParams  # noqa: F401
    from ..models.convai_play_dtmf_tool_params import ConvaiPlayDtmfToolParams  # noqa: F401
    from ..models.convai_skip_turn_tool_params import ConvaiSkipTurnToolParams  # noqa: F401
    from ..models.convai_transfer_to_agent_tool_params_output import ConvaiTransferToAgentToolParamsOutput  # noqa: F401
    from ..models.convai_transfer_to_number_tool_params_output import ConvaiTransferToNumberToolParamsOutput  # noqa: F401
    from ..models.convai_voicemail_detection_tool_params import ConvaiVoicemailDetectionToolParams  # noqa: F401
    from ..models.end_procedure_tool_config_output import EndProcedureToolConfigOutput  # noqa: F401
    from ..models.knowledge_base_rag_tool_config import KnowledgeBaseRagToolConfig  # noqa: F401
    from ..models.knowledge_base_tool_config import KnowledgeBaseToolConfig  # noqa: F401
    from ..models.run_subagent_tool_config_output import RunSubagentToolConfigOutput  # noqa: F401
    from ..models.start_procedure_tool_config_output import StartProcedureToolConfigOutput  # noqa: F401

    _nested_models_loaded = True
