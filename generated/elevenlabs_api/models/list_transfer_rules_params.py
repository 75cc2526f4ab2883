from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListTransferRulesParams")


@_attrs_define
class ListTransferRulesParams:
    """
    Attributes:
        smb_tool_type (Literal['list_transfer_rules'] | Unset):  Default: 'list_transfer_rules'.
    """

    smb_tool_type: Literal["list_transfer_rules"] | Unset = "list_transfer_rules"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        smb_tool_type = self.smb_tool_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if smb_tool_type is not UNSET:
            field_dict["smb_tool_type"] = smb_tool_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        smb_tool_type = cast(Literal["list_transfer_rules"] | Unset, d.pop("smb_tool_type", UNSET))
        if smb_tool_type != "list_transfer_rules" and not isinstance(smb_tool_type, Unset):
            raise ValueError(f"smb_tool_type must match const 'list_transfer_rules', got '{smb_tool_type}'")

        list_transfer_rules_params = cls(
            smb_tool_type=smb_tool_type,
        )

        list_transfer_rules_params.additional_properties = d
        return list_transfer_rules_params

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
