from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiTransferToNumberTwilioSuccess")


@_attrs_define
class ConvaiTransferToNumberTwilioSuccess:
    """
    Attributes:
        transfer_number (str):
        agent_message (str):
        conference_name (str):
        result_type (Literal['transfer_to_number_twilio_success'] | Unset):  Default:
            'transfer_to_number_twilio_success'.
        status (Literal['success'] | Unset):  Default: 'success'.
        reason (None | str | Unset):
        client_message (None | str | Unset):
        post_dial_digits (None | str | Unset):
        note (None | str | Unset):
    """

    transfer_number: str
    agent_message: str
    conference_name: str
    result_type: Literal["transfer_to_number_twilio_success"] | Unset = "transfer_to_number_twilio_success"
    status: Literal["success"] | Unset = "success"
    reason: None | str | Unset = UNSET
    client_message: None | str | Unset = UNSET
    post_dial_digits: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_number = self.transfer_number

        agent_message = self.agent_message

        conference_name = self.conference_name

        result_type = self.result_type

        status = self.status

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        client_message: None | str | Unset
        if isinstance(self.client_message, Unset):
            client_message = UNSET
        else:
            client_message = self.client_message

        post_dial_digits: None | str | Unset
        if isinstance(self.post_dial_digits, Unset):
            post_dial_digits = UNSET
        else:
            post_dial_digits = self.post_dial_digits

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
                "agent_message": agent_message,
                "conference_name": conference_name,
            }
        )
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if client_message is not UNSET:
            field_dict["client_message"] = client_message
        if post_dial_digits is not UNSET:
            field_dict["post_dial_digits"] = post_dial_digits
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transfer_number = d.pop("transfer_number")

        agent_message = d.pop("agent_message")

        conference_name = d.pop("conference_name")

        result_type = cast(Literal["transfer_to_number_twilio_success"] | Unset, d.pop("result_type", UNSET))
        if result_type != "transfer_to_number_twilio_success" and not isinstance(result_type, Unset):
            raise ValueError(f"result_type must match const 'transfer_to_number_twilio_success', got '{result_type}'")

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

        def _parse_client_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_message = _parse_client_message(d.pop("client_message", UNSET))

        def _parse_post_dial_digits(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        post_dial_digits = _parse_post_dial_digits(d.pop("post_dial_digits", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        convai_transfer_to_number_twilio_success = cls(
            transfer_number=transfer_number,
            agent_message=agent_message,
            conference_name=conference_name,
            result_type=result_type,
            status=status,
            reason=reason,
            client_message=client_message,
            post_dial_digits=post_dial_digits,
            note=note,
        )

        convai_transfer_to_number_twilio_success.additional_properties = d
        return convai_transfer_to_number_twilio_success

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
