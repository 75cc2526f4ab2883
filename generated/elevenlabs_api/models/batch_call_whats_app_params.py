from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchCallWhatsAppParams")


@_attrs_define
class BatchCallWhatsAppParams:
    """
    Attributes:
        whatsapp_call_permission_request_template_name (str):
        whatsapp_call_permission_request_template_language_code (str):
        whatsapp_phone_number_id (None | str | Unset):
    """

    whatsapp_call_permission_request_template_name: str
    whatsapp_call_permission_request_template_language_code: str
    whatsapp_phone_number_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        whatsapp_call_permission_request_template_name = self.whatsapp_call_permission_request_template_name

        whatsapp_call_permission_request_template_language_code = (
            self.whatsapp_call_permission_request_template_language_code
        )

        whatsapp_phone_number_id: None | str | Unset
        if isinstance(self.whatsapp_phone_number_id, Unset):
            whatsapp_phone_number_id = UNSET
        else:
            whatsapp_phone_number_id = self.whatsapp_phone_number_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "whatsapp_call_permission_request_template_name": whatsapp_call_permission_request_template_name,
                "whatsapp_call_permission_request_template_language_code": whatsapp_call_permission_request_template_language_code,
            }
        )
        if whatsapp_phone_number_id is not UNSET:
            field_dict["whatsapp_phone_number_id"] = whatsapp_phone_number_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        whatsapp_call_permission_request_template_name = d.pop("whatsapp_call_permission_request_template_name")

        whatsapp_call_permission_request_template_language_code = d.pop(
            "whatsapp_call_permission_request_template_language_code"
        )

        def _parse_whatsapp_phone_number_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        whatsapp_phone_number_id = _parse_whatsapp_phone_number_id(d.pop("whatsapp_phone_number_id", UNSET))

        batch_call_whats_app_params = cls(
            whatsapp_call_permission_request_template_name=whatsapp_call_permission_request_template_name,
            whatsapp_call_permission_request_template_language_code=whatsapp_call_permission_request_template_language_code,
            whatsapp_phone_number_id=whatsapp_phone_number_id,
        )

        batch_call_whats_app_params.additional_properties = d
        return batch_call_whats_app_params

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
