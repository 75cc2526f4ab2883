from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiPlayDtmfToolParams")


@_attrs_define
class ConvaiPlayDtmfToolParams:
    """Lets the agent play keypad touch tones.

    Attributes:
        system_tool_type (Literal['play_keypad_touch_tone'] | Unset):  Default: 'play_keypad_touch_tone'.
        use_out_of_band_dtmf (bool | Unset):  Default: True.
        suppress_turn_after_dtmf (bool | Unset):  Default: False.
    """

    system_tool_type: Literal["play_keypad_touch_tone"] | Unset = "play_keypad_touch_tone"
    use_out_of_band_dtmf: bool | Unset = True
    suppress_turn_after_dtmf: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system_tool_type = self.system_tool_type

        use_out_of_band_dtmf = self.use_out_of_band_dtmf

        suppress_turn_after_dtmf = self.suppress_turn_after_dtmf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if system_tool_type is not UNSET:
            field_dict["system_tool_type"] = system_tool_type
        if use_out_of_band_dtmf is not UNSET:
            field_dict["use_out_of_band_dtmf"] = use_out_of_band_dtmf
        if suppress_turn_after_dtmf is not UNSET:
            field_dict["suppress_turn_after_dtmf"] = suppress_turn_after_dtmf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        system_tool_type = cast(Literal["play_keypad_touch_tone"] | Unset, d.pop("system_tool_type", UNSET))
        if system_tool_type != "play_keypad_touch_tone" and not isinstance(system_tool_type, Unset):
            raise ValueError(f"system_tool_type must match const 'play_keypad_touch_tone', got '{system_tool_type}'")

        use_out_of_band_dtmf = d.pop("use_out_of_band_dtmf", UNSET)

        suppress_turn_after_dtmf = d.pop("suppress_turn_after_dtmf", UNSET)

        convai_play_dtmf_tool_params = cls(
            system_tool_type=system_tool_type,
            use_out_of_band_dtmf=use_out_of_band_dtmf,
            suppress_turn_after_dtmf=suppress_turn_after_dtmf,
        )

        convai_play_dtmf_tool_params.additional_properties = d
        return convai_play_dtmf_tool_params

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
