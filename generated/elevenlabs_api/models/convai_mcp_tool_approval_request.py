from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_mcp_tool_approval_policy import ConvaiMcpToolApprovalPolicy, check_convai_mcp_tool_approval_policy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_mcp_tool_approval_request_input_schema import ConvaiMcpToolApprovalRequestInputSchema


T = TypeVar("T", bound="ConvaiMcpToolApprovalRequest")


@_attrs_define
class ConvaiMcpToolApprovalRequest:
    """Approval decision for one MCP tool.

    Attributes:
        tool_name (str):
        tool_description (str):
        input_schema (ConvaiMcpToolApprovalRequestInputSchema | Unset):
        approval_policy (ConvaiMcpToolApprovalPolicy | Unset): Approval decision for one MCP tool. Default:
            'requires_approval'.
    """

    tool_name: str
    tool_description: str
    input_schema: ConvaiMcpToolApprovalRequestInputSchema | Unset = UNSET
    approval_policy: ConvaiMcpToolApprovalPolicy | Unset = "requires_approval"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        tool_name = self.tool_name

        tool_description = self.tool_description

        input_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_schema, Unset):
            input_schema = self.input_schema.to_dict()

        approval_policy: str | Unset = UNSET
        if not isinstance(self.approval_policy, Unset):
            approval_policy = self.approval_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_name": tool_name,
                "tool_description": tool_description,
            }
        )
        if input_schema is not UNSET:
            field_dict["input_schema"] = input_schema
        if approval_policy is not UNSET:
            field_dict["approval_policy"] = approval_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        tool_name = d.pop("tool_name")

        tool_description = d.pop("tool_description")

        _input_schema = d.pop("input_schema", UNSET)
        input_schema: ConvaiMcpToolApprovalRequestInputSchema | Unset
        if isinstance(_input_schema, Unset):
            input_schema = UNSET
        else:
            input_schema = ConvaiMcpToolApprovalRequestInputSchema.from_dict(_input_schema)

        _approval_policy = d.pop("approval_policy", UNSET)
        approval_policy: ConvaiMcpToolApprovalPolicy | Unset
        if isinstance(_approval_policy, Unset):
            approval_policy = UNSET
        else:
            approval_policy = check_convai_mcp_tool_approval_policy(_approval_policy)

        convai_mcp_tool_approval_request = cls(
            tool_name=tool_name,
            tool_description=tool_description,
            input_schema=input_schema,
            approval_policy=approval_policy,
        )

        convai_mcp_tool_approval_request.additional_properties = d
        return convai_mcp_tool_approval_request

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
    global _nested_models_loaded, ConvaiMcpToolApprovalRequestInputSchema
    from ..models.convai_mcp_tool_approval_request_input_schema import ConvaiMcpToolApprovalRequestInputSchema  # noqa: F401

    _nested_models_loaded = True
