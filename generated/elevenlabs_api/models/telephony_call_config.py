from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TelephonyCallConfig")


@_attrs_define
class TelephonyCallConfig:
    """
    Attributes:
        ringing_timeout_secs (int | Unset):  Default: 60.
        twilio_call_recording_enabled (bool | Unset):  Default: False.
    """

    ringing_timeout_secs: int | Unset = 60
    twilio_call_recording_enabled: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ringing_timeout_secs = self.ringing_timeout_secs

        twilio_call_recording_enabled = self.twilio_call_recording_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ringing_timeout_secs is not UNSET:
            field_dict["ringing_timeout_secs"] = ringing_timeout_secs
        if twilio_call_recording_enabled is not UNSET:
            field_dict["twilio_call_recording_enabled"] = twilio_call_recording_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ringing_timeout_secs = d.pop("ringing_timeout_secs", UNSET)

        twilio_call_recording_enabled = d.pop("twilio_call_recording_enabled", UNSET)

        telephony_call_config = cls(
            ringing_timeout_secs=ringing_timeout_secs,
            twilio_call_recording_enabled=twilio_call_recording_enabled,
        )

        telephony_call_config.additional_properties = d
        return telephony_call_config

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
