from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiVoicemailDetectionToolParams")


@_attrs_define
class ConvaiVoicemailDetectionToolParams:
    """Lets the agent detect voicemail and leave a message.

    Attributes:
        system_tool_type (Literal['voicemail_detection'] | Unset):  Default: 'voicemail_detection'.
        voicemail_message (None | str | Unset):
    """

    system_tool_type: Literal["voicemail_detection"] | Unset = "voicemail_detection"
    voicemail_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system_tool_type = self.system_tool_type

        voicemail_message: None | str | Unset
        if isinstance(self.voicemail_message, Unset):
            voicemail_message = UNSET
        else:
            voicemail_message = self.voicemail_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if system_tool_type is not UNSET:
            field_dict["system_tool_type"] = system_tool_type
        if voicemail_message is not UNSET:
            field_dict["voicemail_message"] = voicemail_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        system_tool_type = cast(Literal["voicemail_detection"] | Unset, d.pop("system_tool_type", UNSET))
        if system_tool_type != "voicemail_detection" and not isinstance(system_tool_type, Unset):
            raise ValueError(f"system_tool_type must match const 'voicemail_detection', got '{system_tool_type}'")

        def _parse_voicemail_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voicemail_message = _parse_voicemail_message(d.pop("voicemail_message", UNSET))

        convai_voicemail_detection_tool_params = cls(
            system_tool_type=system_tool_type,
            voicemail_message=voicemail_message,
        )

        convai_voicemail_detection_tool_params.additional_properties = d
        return convai_voicemail_detection_tool_params

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
