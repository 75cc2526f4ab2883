from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_transfer_type import ConvaiTransferType, check_convai_transfer_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_phone_transfer_destination import ConvaiPhoneTransferDestination
    from ..models.convai_sip_uri_transfer_destination import ConvaiSipUriTransferDestination


T = TypeVar("T", bound="ConvaiPhoneNumberTransfer")


@_attrs_define
class ConvaiPhoneNumberTransfer:
    """When and where to transfer a call.

    Attributes:
        condition (str):
        transfer_destination (ConvaiPhoneTransferDestination | ConvaiSipUriTransferDestination | None | Unset):
        phone_number (None | str | Unset):
        transfer_type (ConvaiTransferType | Unset): How a call is transferred. Default: 'conference'.
    """

    condition: str
    transfer_destination: ConvaiPhoneTransferDestination | ConvaiSipUriTransferDestination | None | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    transfer_type: ConvaiTransferType | Unset = "conference"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        condition = self.condition

        transfer_destination: dict[str, Any] | None | Unset
        if isinstance(self.transfer_destination, Unset):
            transfer_destination = UNSET
        elif isinstance(self.transfer_destination, ConvaiPhoneTransferDestination):
            transfer_destination = self.transfer_destination.to_dict()
        elif isinstance(self.transfer_destination, ConvaiSipUriTransferDestination):
            transfer_destination = self.transfer_destination.to_dict()
        else:
            transfer_destination = self.transfer_destination

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        transfer_type: str | Unset = UNSET
        if not isinstance(self.transfer_type, Unset):
            transfer_type = self.transfer_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "condition": condition,
            }
        )
        if transfer_destination is not UNSET:
            field_dict["transfer_destination"] = transfer_destination
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if transfer_type is not UNSET:
            field_dict["transfer_type"] = transfer_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        condition = d.pop("condition")

        def _parse_transfer_destination(
            data: object,
        ) -> ConvaiPhoneTransferDestination | ConvaiSipUriTransferDestination | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                if data.get("type") == "phone":
                    transfer_destination_type_0_type_0 = ConvaiPhoneTransferDestination.from_dict(data)

                    return transfer_destination_type_0_type_0
                if data.get("type") == "sip_uri":
                    transfer_destination_type_0_type_1 = ConvaiSipUriTransferDestination.from_dict(data)

                    return transfer_destination_type_0_type_1

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transfer_destination_type_0_type_0 = ConvaiPhoneTransferDestination.from_dict(data)

                return transfer_destination_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transfer_destination_type_0_type_1 = ConvaiSipUriTransferDestination.from_dict(data)

                return transfer_destination_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiPhoneTransferDestination | ConvaiSipUriTransferDestination | None | Unset, data)

        transfer_destination = _parse_transfer_destination(d.pop("transfer_destination", UNSET))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phone_number", UNSET))

        _transfer_type = d.pop("transfer_type", UNSET)
        transfer_type: ConvaiTransferType | Unset
        if isinstance(_transfer_type, Unset):
            transfer_type = UNSET
        else:
            transfer_type = check_convai_transfer_type(_transfer_type)

        convai_phone_number_transfer = cls(
            condition=condition,
            transfer_destination=transfer_destination,
            phone_number=phone_number,
            transfer_type=transfer_type,
        )

        convai_phone_number_transfer.additional_properties = d
        return convai_phone_number_transfer

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
    global _nested_models_loaded, ConvaiPhoneTransferDestination, ConvaiSipUriTransferDestination
    from ..models.convai_phone_transfer_destination import ConvaiPhoneTransferDestination  # noqa: F401
    from ..models.convai_sip_uri_transfer_destination import ConvaiSipUriTransferDestination  # noqa: F401

    _nested_models_loaded = True
