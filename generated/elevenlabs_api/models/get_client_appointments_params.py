from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetClientAppointmentsParams")


@_attrs_define
class GetClientAppointmentsParams:
    """
    Attributes:
        smb_tool_type (Literal['get_client_appointments'] | Unset):  Default: 'get_client_appointments'.
        include_cancelled (bool | Unset):  Default: False.
    """

    smb_tool_type: Literal["get_client_appointments"] | Unset = "get_client_appointments"
    include_cancelled: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        smb_tool_type = self.smb_tool_type

        include_cancelled = self.include_cancelled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if smb_tool_type is not UNSET:
            field_dict["smb_tool_type"] = smb_tool_type
        if include_cancelled is not UNSET:
            field_dict["include_cancelled"] = include_cancelled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        smb_tool_type = cast(Literal["get_client_appointments"] | Unset, d.pop("smb_tool_type", UNSET))
        if smb_tool_type != "get_client_appointments" and not isinstance(smb_tool_type, Unset):
            raise ValueError(f"smb_tool_type must match const 'get_client_appointments', got '{smb_tool_type}'")

        include_cancelled = d.pop("include_cancelled", UNSET)

        get_client_appointments_params = cls(
            smb_tool_type=smb_tool_type,
            include_cancelled=include_cancelled,
        )

        get_client_appointments_params.additional_properties = d
        return get_client_appointments_params

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
