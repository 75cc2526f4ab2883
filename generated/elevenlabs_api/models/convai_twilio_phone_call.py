from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.telephony_direction import TelephonyDirection, check_telephony_direction

T = TypeVar("T", bound="ConvaiTwilioPhoneCall")


@_attrs_define
class ConvaiTwilioPhoneCall:
    """
    Attributes:
        direction (TelephonyDirection):
        phone_number_id (str):
        agent_number (str):
        external_number (str):
        type_ (Literal['twilio']):
        stream_sid (str):
        call_sid (str):
    """

    direction: TelephonyDirection
    phone_number_id: str
    agent_number: str
    external_number: str
    type_: Literal["twilio"]
    stream_sid: str
    call_sid: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction: str = self.direction

        phone_number_id = self.phone_number_id

        agent_number = self.agent_number

        external_number = self.external_number

        type_ = self.type_

        stream_sid = self.stream_sid

        call_sid = self.call_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "direction": direction,
                "phone_number_id": phone_number_id,
                "agent_number": agent_number,
                "external_number": external_number,
                "type": type_,
                "stream_sid": stream_sid,
                "call_sid": call_sid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        direction = check_telephony_direction(d.pop("direction"))

        phone_number_id = d.pop("phone_number_id")

        agent_number = d.pop("agent_number")

        external_number = d.pop("external_number")

        type_ = cast(Literal["twilio"], d.pop("type"))
        if type_ != "twilio":
            raise ValueError(f"type must match const 'twilio', got '{type_}'")

        stream_sid = d.pop("stream_sid")

        call_sid = d.pop("call_sid")

        convai_twilio_phone_call = cls(
            direction=direction,
            phone_number_id=phone_number_id,
            agent_number=agent_number,
            external_number=external_number,
            type_=type_,
            stream_sid=stream_sid,
            call_sid=call_sid,
        )

        convai_twilio_phone_call.additional_properties = d
        return convai_twilio_phone_call

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
