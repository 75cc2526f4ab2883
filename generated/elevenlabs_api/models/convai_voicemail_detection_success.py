from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiVoicemailDetectionSuccess")


@_attrs_define
class ConvaiVoicemailDetectionSuccess:
    """
    Attributes:
        result_type (Literal['voicemail_detection_success'] | Unset):  Default: 'voicemail_detection_success'.
        status (Literal['success'] | Unset):  Default: 'success'.
        voicemail_message (None | str | Unset):
        reason (None | str | Unset):
    """

    result_type: Literal["voicemail_detection_success"] | Unset = "voicemail_detection_success"
    status: Literal["success"] | Unset = "success"
    voicemail_message: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result_type = self.result_type

        status = self.status

        voicemail_message: None | str | Unset
        if isinstance(self.voicemail_message, Unset):
            voicemail_message = UNSET
        else:
            voicemail_message = self.voicemail_message

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if status is not UNSET:
            field_dict["status"] = status
        if voicemail_message is not UNSET:
            field_dict["voicemail_message"] = voicemail_message
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result_type = cast(Literal["voicemail_detection_success"] | Unset, d.pop("result_type", UNSET))
        if result_type != "voicemail_detection_success" and not isinstance(result_type, Unset):
            raise ValueError(f"result_type must match const 'voicemail_detection_success', got '{result_type}'")

        status = cast(Literal["success"] | Unset, d.pop("status", UNSET))
        if status != "success" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'success', got '{status}'")

        def _parse_voicemail_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voicemail_message = _parse_voicemail_message(d.pop("voicemail_message", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        convai_voicemail_detection_success = cls(
            result_type=result_type,
            status=status,
            voicemail_message=voicemail_message,
            reason=reason,
        )

        convai_voicemail_detection_success.additional_properties = d
        return convai_voicemail_detection_success

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
