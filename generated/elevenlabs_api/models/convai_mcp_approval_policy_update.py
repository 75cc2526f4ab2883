from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_mcp_approval_policy import ConvaiMcpApprovalPolicy, check_convai_mcp_approval_policy

T = TypeVar("T", bound="ConvaiMcpApprovalPolicyUpdate")


@_attrs_define
class ConvaiMcpApprovalPolicyUpdate:
    """New approval policy of an MCP server.

    Attributes:
        approval_policy (ConvaiMcpApprovalPolicy): How calls to an MCP server's tools are approved.
    """

    approval_policy: ConvaiMcpApprovalPolicy
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approval_policy: str = self.approval_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approval_policy": approval_policy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approval_policy = check_convai_mcp_approval_policy(d.pop("approval_policy"))

        convai_mcp_approval_policy_update = cls(
            approval_policy=approval_policy,
        )

        convai_mcp_approval_policy_update.additional_properties = d
        return convai_mcp_approval_policy_update

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
