from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.telephony_direction import TelephonyDirection, check_telephony_direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_sip_trunk_phone_call_sip_header_dynamic_variables import (
        ConvaiSipTrunkPhoneCallSipHeaderDynamicVariables,
    )


T = TypeVar("T", bound="ConvaiSipTrunkPhoneCall")


@_attrs_define
class ConvaiSipTrunkPhoneCall:
    """
    Attributes:
        direction (TelephonyDirection):
        phone_number_id (str):
        agent_number (str):
        external_number (str):
        type_ (Literal['sip_trunking']):
        call_sid (str):
        call_id (None | str | Unset):
        sip_header_dynamic_variables (ConvaiSipTrunkPhoneCallSipHeaderDynamicVariables | Unset):
    """

    direction: TelephonyDirection
    phone_number_id: str
    agent_number: str
    external_number: str
    type_: Literal["sip_trunking"]
    call_sid: str
    call_id: None | str | Unset = UNSET
    sip_header_dynamic_variables: ConvaiSipTrunkPhoneCallSipHeaderDynamicVariables | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        direction: str = self.direction

        phone_number_id = self.phone_number_id

        agent_number = self.agent_number

        external_number = self.external_number

        type_ = self.type_

        call_sid = self.call_sid

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        sip_header_dynamic_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sip_header_dynamic_variables, Unset):
            sip_header_dynamic_variables = self.sip_header_dynamic_variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "direction": direction,
                "phone_number_id": phone_number_id,
                "agent_number": agent_number,
                "external_number": external_number,
                "type": type_,
                "call_sid": call_sid,
            }
        )
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if sip_header_dynamic_variables is not UNSET:
            field_dict["sip_header_dynamic_variables"] = sip_header_dynamic_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        direction = check_telephony_direction(d.pop("direction"))

        phone_number_id = d.pop("phone_number_id")

        agent_number = d.pop("agent_number")

        external_number = d.pop("external_number")

        type_ = cast(Literal["sip_trunking"], d.pop("type"))
        if type_ != "sip_trunking":
            raise ValueError(f"type must match const 'sip_trunking', got '{type_}'")

        call_sid = d.pop("call_sid")

        def _parse_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_id = _parse_call_id(d.pop("call_id", UNSET))

        _sip_header_dynamic_variables = d.pop("sip_header_dynamic_variables", UNSET)
        sip_header_dynamic_variables: ConvaiSipTrunkPhoneCallSipHeaderDynamicVariables | Unset
        if isinstance(_sip_header_dynamic_variables, Unset):
            sip_header_dynamic_variables = UNSET
        else:
            sip_header_dynamic_variables = ConvaiSipTrunkPhoneCallSipHeaderDynamicVariables.from_dict(
                _sip_header_dynamic_variables
            )

        convai_sip_trunk_phone_call = cls(
            direction=direction,
            phone_number_id=phone_number_id,
            agent_number=agent_number,
            external_number=external_number,
            type_=type_,
            call_sid=call_sid,
            call_id=call_id,
            sip_header_dynamic_variables=sip_header_dynamic_variables,
        )

        convai_sip_trunk_phone_call.additional_properties = d
        return convai_sip_trunk_phone_call

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
    global _nested_models_loaded, ConvaiSipTrunkPhoneCallSipHeaderDynamicVariables
    from ..models.convai_sip_trunk_phone_call_sip_header_dynamic_variables import (
        ConvaiSipTrunkPhoneCallSipHeaderDynamicVariables,  # noqa: F401
    )

    _nested_models_loaded = True
