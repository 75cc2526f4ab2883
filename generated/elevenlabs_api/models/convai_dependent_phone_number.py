from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_telephony_provider import ConvaiTelephonyProvider, check_convai_telephony_provider

T = TypeVar("T", bound="ConvaiDependentPhoneNumber")


@_attrs_define
class ConvaiDependentPhoneNumber:
    """A phone number that depends on the resource.

    Attributes:
        phone_number_id (str):
        phone_number (str):
        label (str):
        provider (ConvaiTelephonyProvider): Who carries a phone number.
    """

    phone_number_id: str
    phone_number: str
    label: str
    provider: ConvaiTelephonyProvider
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number_id = self.phone_number_id

        phone_number = self.phone_number

        label = self.label

        provider: str = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number_id": phone_number_id,
                "phone_number": phone_number,
                "label": label,
                "provider": provider,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number_id = d.pop("phone_number_id")

        phone_number = d.pop("phone_number")

        label = d.pop("label")

        provider = check_convai_telephony_provider(d.pop("provider"))

        convai_dependent_phone_number = cls(
            phone_number_id=phone_number_id,
            phone_number=phone_number,
            label=label,
            provider=provider,
        )

        convai_dependent_phone_number.additional_properties = d
        return convai_dependent_phone_number

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
