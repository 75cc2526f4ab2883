from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAnalyticsSummaryParams")


@_attrs_define
class GetAnalyticsSummaryParams:
    """
    Attributes:
        smb_tool_type (Literal['get_analytics_summary'] | Unset):  Default: 'get_analytics_summary'.
    """

    smb_tool_type: Literal["get_analytics_summary"] | Unset = "get_analytics_summary"
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
        smb_tool_type = cast(Literal["get_analytics_summary"] | Unset, d.pop("smb_tool_type", UNSET))
        if smb_tool_type != "get_analytics_summary" and not isinstance(smb_tool_type, Unset):
            raise ValueError(f"smb_tool_type must match const 'get_analytics_summary', got '{smb_tool_type}'")

        get_analytics_summary_params = cls(
            smb_tool_type=smb_tool_type,
        )

        get_analytics_summary_params.additional_properties = d
        return get_analytics_summary_params

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
