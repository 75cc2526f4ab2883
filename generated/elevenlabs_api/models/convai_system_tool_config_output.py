from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_dynamic_variable_assignment import ConvaiDynamicVariableAssignment
    from ..models.convai_end_call_tool_params import ConvaiEndCallToolParams
    from ..models.convai_language_detection_tool_params import ConvaiLanguageDetectionToolParams
    from ..models.convai_play_dtmf_tool_params import ConvaiPlayDtmfToolParams
    from ..models.convai_skip_turn_tool_params import ConvaiSkipTurnToolParams
    from ..models.convai_transfer_to_agent_tool_params import ConvaiTransferToAgentToolParams
    from ..models.convai_transfer_to_number_tool_params_output import ConvaiTransferToNumberToolParamsOutput
    from ..models.convai_voicemail_detection_tool_params import ConvaiVoicemailDetectionToolParams


T = TypeVar("T", bound="ConvaiSystemToolConfigOutput")


@_attrs_define
class ConvaiSystemToolConfigOutput:
    """A built-in tool (end call, transfer, ...), as returned.

    Attributes:
        name (str):
        description (str):
        params (ConvaiEndCallToolParams | ConvaiLanguageDetectionToolParams | ConvaiPlayDtmfToolParams |
            ConvaiSkipTurnToolParams | ConvaiTransferToAgentToolParams | ConvaiTransferToNumberToolParamsOutput |
            ConvaiVoicemailDetectionToolParams): Settings of a built-in tool, as returned; `system_tool_type` tells which.
        type_ (Literal['system'] | Unset):  Default: 'system'.
        response_timeout_secs (int | Unset):  Default: 20.
        disable_interruptions (bool | Unset):  Default: False.
        force_pre_tool_speech (bool | Unset):  Default: False.
        assignments (list[ConvaiDynamicVariableAssignment] | Unset):
    """

    name: str
    description: str
    params: (
        ConvaiEndCallToolParams
        | ConvaiLanguageDetectionToolParams
        | ConvaiPlayDtmfToolParams
        | ConvaiSkipTurnToolParams
        | ConvaiTransferToAgentToolParams
        | ConvaiTransferToNumberToolParamsOutput
        | ConvaiVoicemailDetectionToolParams
    )
    type_: Literal["system"] | Unset = "system"
    response_timeout_secs: int | Unset = 20
    disable_interruptions: bool | Unset = False
    force_pre_tool_speech: bool | Unset = False
    assignments: list[ConvaiDynamicVariableAssignment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        name = self.name

        description = self.description

        params: dict[str, Any]
        if isinstance(self.params, ConvaiEndCallToolParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ConvaiLanguageDetectionToolParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ConvaiTransferToAgentToolParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ConvaiTransferToNumberToolParamsOutput):
            params = self.params.to_dict()
        elif isinstance(self.params, ConvaiSkipTurnToolParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ConvaiPlayDtmfToolParams):
            params = self.params.to_dict()
        else:
            params = self.params.to_dict()

        type_ = self.type_

        response_timeout_secs = self.response_timeout_secs

        disable_interruptions = self.disable_interruptions

        force_pre_tool_speech = self.force_pre_tool_speech

        assignments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assignments, Unset):
            assignments = []
            for assignments_item_data in self.assignments:
                assignments_item = assignments_item_data.to_dict()
                assignments.append(assignments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "params": params,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if response_timeout_secs is not UNSET:
            field_dict["response_timeout_secs"] = response_timeout_secs
        if disable_interruptions is not UNSET:
            field_dict["disable_interruptions"] = disable_interruptions
        if force_pre_tool_speech is not UNSET:
            field_dict["force_pre_tool_speech"] = force_pre_tool_speech
        if assignments is not UNSET:
            field_dict["assignments"] = assignments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        def _parse_params(
            data: object,
        ) -> (
            ConvaiEndCallToolParams
            | ConvaiLanguageDetectionToolParams
            | ConvaiPlayDtmfToolParams
            | ConvaiSkipTurnToolParams
            | ConvaiTransferToAgentToolParams
            | ConvaiTransferToNumberToolParamsOutput
            | ConvaiVoicemailDetectionToolParams
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
                        ConvaiTransferToAgentToolParams.from_dict(data)
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
                componentsschemas_convai_system_tool_params_output_type_2 = ConvaiTransferToAgentToolParams.from_dict(
                    data
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
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_convai_system_tool_params_output_type_6 = ConvaiVoicemailDetectionToolParams.from_dict(
                data
            )

            return componentsschemas_convai_system_tool_params_output_type_6

        params = _parse_params(d.pop("params"))

        type_ = cast(Literal["system"] | Unset, d.pop("type", UNSET))
        if type_ != "system" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'system', got '{type_}'")

        response_timeout_secs = d.pop("response_timeout_secs", UNSET)

        disable_interruptions = d.pop("disable_interruptions", UNSET)

        force_pre_tool_speech = d.pop("force_pre_tool_speech", UNSET)

        _assignments = d.pop("assignments", UNSET)
        assignments: list[ConvaiDynamicVariableAssignment] | Unset = UNSET
        if _assignments is not UNSET:
            assignments = []
            for assignments_item_data in _assignments:
                assignments_item = ConvaiDynamicVariableAssignment.from_dict(assignments_item_data)

                assignments.append(assignments_item)

        convai_system_tool_config_output = cls(
            name=name,
            description=description,
            params=params,
            type_=type_,
            response_timeout_secs=response_timeout_secs,
            disable_interruptions=disable_interruptions,
            force_pre_tool_speech=force_pre_tool_speech,
            assignments=assignments,
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
        ConvaiTransferToAgentToolParams, \
        ConvaiTransferToNumberToolParamsOutput, \
        ConvaiVoicemailDetectionToolParams
    from ..models.convai_dynamic_variable_assignment import ConvaiDynamicVariableAssignment  # noqa: F401
    from ..models.convai_end_call_tool_params import ConvaiEndCallToolParams  # noqa: F401
    from ..models.convai_language_detection_tool_params import ConvaiLanguageDetectionToolParams  # noqa: F401
    from ..models.convai_play_dtmf_tool_params import ConvaiPlayDtmfToolParams  # noqa: F401
    from ..models.convai_skip_turn_tool_params import ConvaiSkipTurnToolParams  # noqa: F401
    from ..models.convai_transfer_to_agent_tool_params import ConvaiTransferToAgentToolParams  # noqa: F401
    from ..models.convai_transfer_to_number_tool_params_output import ConvaiTransferToNumberToolParamsOutput  # noqa: F401
    from ..models.convai_voicemail_detection_tool_params import ConvaiVoicemailDetectionToolParams  # noqa: F401

    _nested_models_loaded = True
