from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_mcp_tool_approval_policy import ConvaiMcpToolApprovalPolicy, check_convai_mcp_tool_approval_policy
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiMcpToolApprovalHash")


@_attrs_define
class ConvaiMcpToolApprovalHash:
    """Approval decision for one tool, bound to a hash of its definition.

    Attributes:
        tool_name (str):
        tool_hash (str):
        approval_policy (ConvaiMcpToolApprovalPolicy | Unset): Approval decision for one MCP tool. Default:
            'requires_approval'.
    """

    tool_name: str
    tool_hash: str
    approval_policy: ConvaiMcpToolApprovalPolicy | Unset = "requires_approval"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_name = self.tool_name

        tool_hash = self.tool_hash

        approval_policy: str | Unset = UNSET
        if not isinstance(self.approval_policy, Unset):
            approval_policy = self.approval_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_name": tool_name,
                "tool_hash": tool_hash,
            }
        )
        if approval_policy is not UNSET:
            field_dict["approval_policy"] = approval_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tool_name = d.pop("tool_name")

        tool_hash = d.pop("tool_hash")

        _approval_policy = d.pop("approval_policy", UNSET)
        approval_policy: ConvaiMcpToolApprovalPolicy | Unset
        if isinstance(_approval_policy, Unset):
            approval_policy = UNSET
        else:
            approval_policy = check_convai_mcp_tool_approval_policy(_approval_policy)

        convai_mcp_tool_approval_hash = cls(
            tool_name=tool_name,
            tool_hash=tool_hash,
            approval_policy=approval_policy,
        )

        convai_mcp_tool_approval_hash.additional_properties = d
        return convai_mcp_tool_approval_hash

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
