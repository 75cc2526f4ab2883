from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_system_tool_config_output import ConvaiSystemToolConfigOutput


T = TypeVar("T", bound="BuiltInToolsWorkflowOverrideOutput")


@_attrs_define
class BuiltInToolsWorkflowOverrideOutput:
    """
    Attributes:
        transfer_to_agent (ConvaiSystemToolConfigOutput | None | Unset):
        end_call (ConvaiSystemToolConfigOutput | None | Unset):
        language_detection (ConvaiSystemToolConfigOutput | None | Unset):
        transfer_to_number (ConvaiSystemToolConfigOutput | None | Unset):
        skip_turn (ConvaiSystemToolConfigOutput | None | Unset):
        play_keypad_touch_tone (ConvaiSystemToolConfigOutput | None | Unset):
        voicemail_detection (ConvaiSystemToolConfigOutput | None | Unset):
    """

    transfer_to_agent: ConvaiSystemToolConfigOutput | None | Unset = UNSET
    end_call: ConvaiSystemToolConfigOutput | None | Unset = UNSET
    language_detection: ConvaiSystemToolConfigOutput | None | Unset = UNSET
    transfer_to_number: ConvaiSystemToolConfigOutput | None | Unset = UNSET
    skip_turn: ConvaiSystemToolConfigOutput | None | Unset = UNSET
    play_keypad_touch_tone: ConvaiSystemToolConfigOutput | None | Unset = UNSET
    voicemail_detection: ConvaiSystemToolConfigOutput | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        transfer_to_agent: dict[str, Any] | None | Unset
        if isinstance(self.transfer_to_agent, Unset):
            transfer_to_agent = UNSET
        elif isinstance(self.transfer_to_agent, ConvaiSystemToolConfigOutput):
            transfer_to_agent = self.transfer_to_agent.to_dict()
        else:
            transfer_to_agent = self.transfer_to_agent

        end_call: dict[str, Any] | None | Unset
        if isinstance(self.end_call, Unset):
            end_call = UNSET
        elif isinstance(self.end_call, ConvaiSystemToolConfigOutput):
            end_call = self.end_call.to_dict()
        else:
            end_call = self.end_call

        language_detection: dict[str, Any] | None | Unset
        if isinstance(self.language_detection, Unset):
            language_detection = UNSET
        elif isinstance(self.language_detection, ConvaiSystemToolConfigOutput):
            language_detection = self.language_detection.to_dict()
        else:
            language_detection = self.language_detection

        transfer_to_number: dict[str, Any] | None | Unset
        if isinstance(self.transfer_to_number, Unset):
            transfer_to_number = UNSET
        elif isinstance(self.transfer_to_number, ConvaiSystemToolConfigOutput):
            transfer_to_number = self.transfer_to_number.to_dict()
        else:
            transfer_to_number = self.transfer_to_number

        skip_turn: dict[str, Any] | None | Unset
        if isinstance(self.skip_turn, Unset):
            skip_turn = UNSET
        elif isinstance(self.skip_turn, ConvaiSystemToolConfigOutput):
            skip_turn = self.skip_turn.to_dict()
        else:
            skip_turn = self.skip_turn

        play_keypad_touch_tone: dict[str, Any] | None | Unset
        if isinstance(self.play_keypad_touch_tone, Unset):
            play_keypad_touch_tone = UNSET
        elif isinstance(self.play_keypad_touch_tone, ConvaiSystemToolConfigOutput):
            play_keypad_touch_tone = self.play_keypad_touch_tone.to_dict()
        else:
            play_keypad_touch_tone = self.play_keypad_touch_tone

        voicemail_detection: dict[str, Any] | None | Unset
        if isinstance(self.voicemail_detection, Unset):
            voicemail_detection = UNSET
        elif isinstance(self.voicemail_detection, ConvaiSystemToolConfigOutput):
            voicemail_detection = self.voicemail_detection.to_dict()
        else:
            voicemail_detection = self.voicemail_detection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transfer_to_agent is not UNSET:
            field_dict["transfer_to_agent"] = transfer_to_agent
        if end_call is not UNSET:
            field_dict["end_call"] = end_call
        if language_detection is not UNSET:
            field_dict["language_detection"] = language_detection
        if transfer_to_number is not UNSET:
            field_dict["transfer_to_number"] = transfer_to_number
        if skip_turn is not UNSET:
            field_dict["skip_turn"] = skip_turn
        if play_keypad_touch_tone is not UNSET:
            field_dict["play_keypad_touch_tone"] = play_keypad_touch_tone
        if voicemail_detection is not UNSET:
            field_dict["voicemail_detection"] = voicemail_detection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_transfer_to_agent(data: object) -> ConvaiSystemToolConfigOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transfer_to_agent_type_0 = ConvaiSystemToolConfigOutput.from_dict(data)

                return transfer_to_agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiSystemToolConfigOutput | None | Unset, data)

        transfer_to_agent = _parse_transfer_to_agent(d.pop("transfer_to_agent", UNSET))

        def _parse_end_call(data: object) -> ConvaiSystemToolConfigOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                end_call_type_0 = ConvaiSystemToolConfigOutput.from_dict(data)

                return end_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiSystemToolConfigOutput | None | Unset, data)

        end_call = _parse_end_call(d.pop("end_call", UNSET))

        def _parse_language_detection(data: object) -> ConvaiSystemToolConfigOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                language_detection_type_0 = ConvaiSystemToolConfigOutput.from_dict(data)

                return language_detection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiSystemToolConfigOutput | None | Unset, data)

        language_detection = _parse_language_detection(d.pop("language_detection", UNSET))

        def _parse_transfer_to_number(data: object) -> ConvaiSystemToolConfigOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transfer_to_number_type_0 = ConvaiSystemToolConfigOutput.from_dict(data)

                return transfer_to_number_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiSystemToolConfigOutput | None | Unset, data)

        transfer_to_number = _parse_transfer_to_number(d.pop("transfer_to_number", UNSET))

        def _parse_skip_turn(data: object) -> ConvaiSystemToolConfigOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                skip_turn_type_0 = ConvaiSystemToolConfigOutput.from_dict(data)

                return skip_turn_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiSystemToolConfigOutput | None | Unset, data)

        skip_turn = _parse_skip_turn(d.pop("skip_turn", UNSET))

        def _parse_play_keypad_touch_tone(data: object) -> ConvaiSystemToolConfigOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                play_keypad_touch_tone_type_0 = ConvaiSystemToolConfigOutput.from_dict(data)

                return play_keypad_touch_tone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiSystemToolConfigOutput | None | Unset, data)

        play_keypad_touch_tone = _parse_play_keypad_touch_tone(d.pop("play_keypad_touch_tone", UNSET))

        def _parse_voicemail_detection(data: object) -> ConvaiSystemToolConfigOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voicemail_detection_type_0 = ConvaiSystemToolConfigOutput.from_dict(data)

                return voicemail_detection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiSystemToolConfigOutput | None | Unset, data)

        voicemail_detection = _parse_voicemail_detection(d.pop("voicemail_detection", UNSET))

        built_in_tools_workflow_override_output = cls(
            transfer_to_agent=transfer_to_agent,
            end_call=end_call,
            language_detection=language_detection,
            transfer_to_number=transfer_to_number,
            skip_turn=skip_turn,
            play_keypad_touch_tone=play_keypad_touch_tone,
            voicemail_detection=voicemail_detection,
        )

        built_in_tools_workflow_override_output.additional_properties = d
        return built_in_tools_workflow_override_output

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
    global _nested_models_loaded, ConvaiSystemToolConfigOutput
    from ..models.convai_system_tool_config_output import ConvaiSystemToolConfigOutput  # noqa: F401

    _nested_models_loaded = True
