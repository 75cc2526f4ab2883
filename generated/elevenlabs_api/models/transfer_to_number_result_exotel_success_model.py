from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferToNumberResultExotelSuccessModel")


@_attrs_define
class TransferToNumberResultExotelSuccessModel:
    """
    Attributes:
        transfer_number (str):
        result_type (Literal['transfer_to_number_exotel_success'] | Unset):  Default:
            'transfer_to_number_exotel_success'.
        status (Literal['success'] | Unset):  Default: 'success'.
        reason (None | str | Unset):
        agent_message (None | str | Unset):
        note (None | str | Unset):
    """

    transfer_number: str
    result_type: Literal["transfer_to_number_exotel_success"] | Unset = "transfer_to_number_exotel_success"
    status: Literal["success"] | Unset = "success"
    reason: None | str | Unset = UNSET
    agent_message: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_number = self.transfer_number

        result_type = self.result_type

        status = self.status

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        agent_message: None | str | Unset
        if isinstance(self.agent_message, Unset):
            agent_message = UNSET
        else:
            agent_message = self.agent_message

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfer_number": transfer_number,
            }
        )
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if agent_message is not UNSET:
            field_dict["agent_message"] = agent_message
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transfer_number = d.pop("transfer_number")

        result_type = cast(Literal["transfer_to_number_exotel_success"] | Unset, d.pop("result_type", UNSET))
        if result_type != "transfer_to_number_exotel_success" and not isinstance(result_type, Unset):
            raise ValueError(f"result_type must match const 'transfer_to_number_exotel_success', got '{result_type}'")

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

        def _parse_agent_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_message = _parse_agent_message(d.pop("agent_message", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        transfer_to_number_result_exotel_success_model = cls(
            transfer_number=transfer_number,
            result_type=result_type,
            status=status,
            reason=reason,
            agent_message=agent_message,
            note=note,
        )

        transfer_to_number_result_exotel_success_model.additional_properties = d
        return transfer_to_number_result_exotel_success_model

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
