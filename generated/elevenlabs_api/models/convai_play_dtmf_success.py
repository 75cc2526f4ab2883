from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiPlayDtmfSuccess")


@_attrs_define
class ConvaiPlayDtmfSuccess:
    """
    Attributes:
        dtmf_tones (str):
        result_type (Literal['play_dtmf_success'] | Unset):  Default: 'play_dtmf_success'.
        status (Literal['success'] | Unset):  Default: 'success'.
        reason (None | str | Unset):
    """

    dtmf_tones: str
    result_type: Literal["play_dtmf_success"] | Unset = "play_dtmf_success"
    status: Literal["success"] | Unset = "success"
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dtmf_tones = self.dtmf_tones

        result_type = self.result_type

        status = self.status

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dtmf_tones": dtmf_tones,
            }
        )
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dtmf_tones = d.pop("dtmf_tones")

        result_type = cast(Literal["play_dtmf_success"] | Unset, d.pop("result_type", UNSET))
        if result_type != "play_dtmf_success" and not isinstance(result_type, Unset):
            raise ValueError(f"result_type must match const 'play_dtmf_success', got '{result_type}'")

        status = cast(Literal["success"] | Unset, d.pop("status", UNSET))
        if status != "success" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'success', got '{status}'")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        convai_play_dtmf_success = cls(
            dtmf_tones=dtmf_tones,
            result_type=result_type,
            status=status,
            reason=reason,
        )

        convai_play_dtmf_success.additional_properties = d
        return convai_play_dtmf_success

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
