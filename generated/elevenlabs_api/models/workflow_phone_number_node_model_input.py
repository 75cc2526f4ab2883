from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_transfer_type import ConvaiTransferType, check_convai_transfer_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_phone_transfer_destination import ConvaiPhoneTransferDestination
    from ..models.convai_sip_uri_transfer_destination import ConvaiSipUriTransferDestination
    from ..models.custom_sip_header import CustomSIPHeader
    from ..models.custom_sip_header_with_dynamic_variable import CustomSIPHeaderWithDynamicVariable
    from ..models.phone_number_dynamic_variable_transfer_destination import (
        PhoneNumberDynamicVariableTransferDestination,
    )
    from ..models.position_input import PositionInput
    from ..models.post_dial_digits_dynamic_variable import PostDialDigitsDynamicVariable
    from ..models.post_dial_digits_static import PostDialDigitsStatic
    from ..models.sip_uri_dynamic_variable_transfer_destination import SIPUriDynamicVariableTransferDestination
    from ..models.uui_transfer_config import UUITransferConfig


T = TypeVar("T", bound="WorkflowPhoneNumberNodeModelInput")


@_attrs_define
class WorkflowPhoneNumberNodeModelInput:
    """
    Attributes:
        transfer_destination (ConvaiPhoneTransferDestination | ConvaiSipUriTransferDestination |
            PhoneNumberDynamicVariableTransferDestination | SIPUriDynamicVariableTransferDestination):
        custom_sip_headers (list[CustomSIPHeader | CustomSIPHeaderWithDynamicVariable] | Unset):
        transfer_type (ConvaiTransferType | Unset): How a call is transferred. Default: 'conference'.
        uui (None | Unset | UUITransferConfig):
        post_dial_digits (None | PostDialDigitsDynamicVariable | PostDialDigitsStatic | Unset):
        type_ (Literal['phone_number'] | Unset):  Default: 'phone_number'.
        position (PositionInput | Unset):
        edge_order (list[str] | Unset):
    """

    transfer_destination: (
        ConvaiPhoneTransferDestination
        | ConvaiSipUriTransferDestination
        | PhoneNumberDynamicVariableTransferDestination
        | SIPUriDynamicVariableTransferDestination
    )
    custom_sip_headers: list[CustomSIPHeader | CustomSIPHeaderWithDynamicVariable] | Unset = UNSET
    transfer_type: ConvaiTransferType | Unset = "conference"
    uui: None | Unset | UUITransferConfig = UNSET
    post_dial_digits: None | PostDialDigitsDynamicVariable | PostDialDigitsStatic | Unset = UNSET
    type_: Literal["phone_number"] | Unset = "phone_number"
    position: PositionInput | Unset = UNSET
    edge_order: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        transfer_destination: dict[str, Any]
        if isinstance(self.transfer_destination, ConvaiPhoneTransferDestination):
            transfer_destination = self.transfer_destination.to_dict()
        elif isinstance(self.transfer_destination, ConvaiSipUriTransferDestination):
            transfer_destination = self.transfer_destination.to_dict()
        elif isinstance(self.transfer_destination, PhoneNumberDynamicVariableTransferDestination):
            transfer_destination = self.transfer_destination.to_dict()
        else:
            transfer_destination = self.transfer_destination.to_dict()

        custom_sip_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_sip_headers, Unset):
            custom_sip_headers = []
            for custom_sip_headers_item_data in self.custom_sip_headers:
                custom_sip_headers_item: dict[str, Any]
                if isinstance(custom_sip_headers_item_data, CustomSIPHeader):
                    custom_sip_headers_item = custom_sip_headers_item_data.to_dict()
                else:
                    custom_sip_headers_item = custom_sip_headers_item_data.to_dict()

                custom_sip_headers.append(custom_sip_headers_item)

        transfer_type: str | Unset = UNSET
        if not isinstance(self.transfer_type, Unset):
            transfer_type = self.transfer_type

        uui: dict[str, Any] | None | Unset
        if isinstance(self.uui, Unset):
            uui = UNSET
        elif isinstance(self.uui, UUITransferConfig):
            uui = self.uui.to_dict()
        else:
            uui = self.uui

        post_dial_digits: dict[str, Any] | None | Unset
        if isinstance(self.post_dial_digits, Unset):
            post_dial_digits = UNSET
        elif isinstance(self.post_dial_digits, PostDialDigitsStatic):
            post_dial_digits = self.post_dial_digits.to_dict()
        elif isinstance(self.post_dial_digits, PostDialDigitsDynamicVariable):
            post_dial_digits = self.post_dial_digits.to_dict()
        else:
            post_dial_digits = self.post_dial_digits

        type_ = self.type_

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        edge_order: list[str] | Unset = UNSET
        if not isinstance(self.edge_order, Unset):
            edge_order = self.edge_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfer_destination": transfer_destination,
            }
        )
        if custom_sip_headers is not UNSET:
            field_dict["custom_sip_headers"] = custom_sip_headers
        if transfer_type is not UNSET:
            field_dict["transfer_type"] = transfer_type
        if uui is not UNSET:
            field_dict["uui"] = uui
        if post_dial_digits is not UNSET:
            field_dict["post_dial_digits"] = post_dial_digits
        if type_ is not UNSET:
            field_dict["type"] = type_
        if position is not UNSET:
            field_dict["position"] = position
        if edge_order is not UNSET:
            field_dict["edge_order"] = edge_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_transfer_destination(
            data: object,
        ) -> (
            ConvaiPhoneTransferDestination
            | ConvaiSipUriTransferDestination
            | PhoneNumberDynamicVariableTransferDestination
            | SIPUriDynamicVariableTransferDestination
        ):
            if isinstance(data, dict):
                if data.get("type") == "phone":
                    transfer_destination_type_0 = ConvaiPhoneTransferDestination.from_dict(data)

                    return transfer_destination_type_0
                if data.get("type") == "sip_uri":
                    transfer_destination_type_1 = ConvaiSipUriTransferDestination.from_dict(data)

                    return transfer_destination_type_1
                if data.get("type") == "phone_dynamic_variable":
                    transfer_destination_type_2 = PhoneNumberDynamicVariableTransferDestination.from_dict(data)

                    return transfer_destination_type_2
                if data.get("type") == "sip_uri_dynamic_variable":
                    transfer_destination_type_3 = SIPUriDynamicVariableTransferDestination.from_dict(data)

                    return transfer_destination_type_3

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transfer_destination_type_0 = ConvaiPhoneTransferDestination.from_dict(data)

                return transfer_destination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transfer_destination_type_1 = ConvaiSipUriTransferDestination.from_dict(data)

                return transfer_destination_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transfer_destination_type_2 = PhoneNumberDynamicVariableTransferDestination.from_dict(data)

                return transfer_destination_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            transfer_destination_type_3 = SIPUriDynamicVariableTransferDestination.from_dict(data)

            return transfer_destination_type_3

        transfer_destination = _parse_transfer_destination(d.pop("transfer_destination"))

        _custom_sip_headers = d.pop("custom_sip_headers", UNSET)
        custom_sip_headers: list[CustomSIPHeader | CustomSIPHeaderWithDynamicVariable] | Unset = UNSET
        if _custom_sip_headers is not UNSET:
            custom_sip_headers = []
            for custom_sip_headers_item_data in _custom_sip_headers:

                def _parse_custom_sip_headers_item(
                    data: object,
                ) -> CustomSIPHeader | CustomSIPHeaderWithDynamicVariable:
                    if isinstance(data, dict):
                        if data.get("type") == "static":
                            custom_sip_headers_item_type_0 = CustomSIPHeader.from_dict(data)

                            return custom_sip_headers_item_type_0
                        if data.get("type") == "dynamic":
                            custom_sip_headers_item_type_1 = CustomSIPHeaderWithDynamicVariable.from_dict(data)

                            return custom_sip_headers_item_type_1

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        custom_sip_headers_item_type_0 = CustomSIPHeader.from_dict(data)

                        return custom_sip_headers_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    custom_sip_headers_item_type_1 = CustomSIPHeaderWithDynamicVariable.from_dict(data)

                    return custom_sip_headers_item_type_1

                custom_sip_headers_item = _parse_custom_sip_headers_item(custom_sip_headers_item_data)

                custom_sip_headers.append(custom_sip_headers_item)

        _transfer_type = d.pop("transfer_type", UNSET)
        transfer_type: ConvaiTransferType | Unset
        if isinstance(_transfer_type, Unset):
            transfer_type = UNSET
        else:
            transfer_type = check_convai_transfer_type(_transfer_type)

        def _parse_uui(data: object) -> None | Unset | UUITransferConfig:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                uui_type_0 = UUITransferConfig.from_dict(data)

                return uui_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUITransferConfig, data)

        uui = _parse_uui(d.pop("uui", UNSET))

        def _parse_post_dial_digits(
            data: object,
        ) -> None | PostDialDigitsDynamicVariable | PostDialDigitsStatic | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                if data.get("type") == "static":
                    post_dial_digits_type_0_type_0 = PostDialDigitsStatic.from_dict(data)

                    return post_dial_digits_type_0_type_0
                if data.get("type") == "dynamic":
                    post_dial_digits_type_0_type_1 = PostDialDigitsDynamicVariable.from_dict(data)

                    return post_dial_digits_type_0_type_1

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                post_dial_digits_type_0_type_0 = PostDialDigitsStatic.from_dict(data)

                return post_dial_digits_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                post_dial_digits_type_0_type_1 = PostDialDigitsDynamicVariable.from_dict(data)

                return post_dial_digits_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PostDialDigitsDynamicVariable | PostDialDigitsStatic | Unset, data)

        post_dial_digits = _parse_post_dial_digits(d.pop("post_dial_digits", UNSET))

        type_ = cast(Literal["phone_number"] | Unset, d.pop("type", UNSET))
        if type_ != "phone_number" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'phone_number', got '{type_}'")

        _position = d.pop("position", UNSET)
        position: PositionInput | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = PositionInput.from_dict(_position)

        edge_order = cast(list[str], d.pop("edge_order", UNSET))

        workflow_phone_number_node_model_input = cls(
            transfer_destination=transfer_destination,
            custom_sip_headers=custom_sip_headers,
            transfer_type=transfer_type,
            uui=uui,
            post_dial_digits=post_dial_digits,
            type_=type_,
            position=position,
            edge_order=edge_order,
        )

        workflow_phone_number_node_model_input.additional_properties = d
        return workflow_phone_number_node_model_input

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
    global \
        _nested_models_loaded, \
        ConvaiPhoneTransferDestination, \
        ConvaiSipUriTransferDestination, \
        CustomSIPHeader, \
        CustomSIPHeaderWithDynamicVariable, \
        PhoneNumberDynamicVariableTransferDestination, \
        PositionInput, \
        PostDialDigitsDynamicVariable, \
        PostDialDigitsStatic, \
        SIPUriDynamicVariableTransferDestination, \
        UUITransferConfig
    from ..models.convai_phone_transfer_destination import ConvaiPhoneTransferDestination  # noqa: F401
    from ..models.convai_sip_uri_transfer_destination import ConvaiSipUriTransferDestination  # noqa: F401
    from ..models.custom_sip_header import CustomSIPHeader  # noqa: F401
    from ..models.custom_sip_header_with_dynamic_variable import CustomSIPHeaderWithDynamicVariable  # noqa: F401
    from ..models.phone_number_dynamic_variable_transfer_destination import (
        PhoneNumberDynamicVariableTransferDestination,  # noqa: F401
    )
    from ..models.position_input import PositionInput  # noqa: F401
    from ..models.post_dial_digits_dynamic_variable import PostDialDigitsDynamicVariable  # noqa: F401
    from ..models.post_dial_digits_static import PostDialDigitsStatic  # noqa: F401
    from ..models.sip_uri_dynamic_variable_transfer_destination import SIPUriDynamicVariableTransferDestination  # noqa: F401
    from ..models.uui_transfer_config import UUITransferConfig  # noqa: F401

    _nested_models_loaded = True
