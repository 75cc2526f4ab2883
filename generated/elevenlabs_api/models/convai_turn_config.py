from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_turn_mode import ConvaiTurnMode, check_convai_turn_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiTurnConfig")


@_attrs_define
class ConvaiTurnConfig:
    """Turn-taking settings.

    Attributes:
        turn_timeout (float | Unset): Seconds of silence before the agent speaks again. Default: 7.0.
        silence_end_call_timeout (float | Unset): Seconds of silence before the call ends; -1 never. Default: -1.0.
        mode (ConvaiTurnMode | Unset):  Default: 'turn'.
    """

    turn_timeout: float | Unset = 7.0
    silence_end_call_timeout: float | Unset = -1.0
    mode: ConvaiTurnMode | Unset = "turn"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        turn_timeout = self.turn_timeout

        silence_end_call_timeout = self.silence_end_call_timeout

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if turn_timeout is not UNSET:
            field_dict["turn_timeout"] = turn_timeout
        if silence_end_call_timeout is not UNSET:
            field_dict["silence_end_call_timeout"] = silence_end_call_timeout
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        turn_timeout = d.pop("turn_timeout", UNSET)

        silence_end_call_timeout = d.pop("silence_end_call_timeout", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: ConvaiTurnMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_convai_turn_mode(_mode)

        convai_turn_config = cls(
            turn_timeout=turn_timeout,
            silence_end_call_timeout=silence_end_call_timeout,
            mode=mode,
        )

        convai_turn_config.additional_properties = d
        return convai_turn_config

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
