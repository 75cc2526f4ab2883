from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_tool_call_mcp_details_parameters import ConvaiToolCallMcpDetailsParameters


T = TypeVar("T", bound="ConvaiToolCallMcpDetails")


@_attrs_define
class ConvaiToolCallMcpDetails:
    """
    Attributes:
        mcp_server_id (str):
        mcp_server_name (str):
        integration_type (str):
        approval_policy (str):
        type_ (Literal['mcp'] | Unset):  Default: 'mcp'.
        parameters (ConvaiToolCallMcpDetailsParameters | Unset):
        requires_approval (bool | Unset):  Default: False.
        mcp_tool_name (str | Unset):  Default: ''.
        mcp_tool_description (str | Unset):  Default: ''.
    """

    mcp_server_id: str
    mcp_server_name: str
    integration_type: str
    approval_policy: str
    type_: Literal["mcp"] | Unset = "mcp"
    parameters: ConvaiToolCallMcpDetailsParameters | Unset = UNSET
    requires_approval: bool | Unset = False
    mcp_tool_name: str | Unset = ""
    mcp_tool_description: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        mcp_server_id = self.mcp_server_id

        mcp_server_name = self.mcp_server_name

        integration_type = self.integration_type

        approval_policy = self.approval_policy

        type_ = self.type_

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        requires_approval = self.requires_approval

        mcp_tool_name = self.mcp_tool_name

        mcp_tool_description = self.mcp_tool_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mcp_server_id": mcp_server_id,
                "mcp_server_name": mcp_server_name,
                "integration_type": integration_type,
                "approval_policy": approval_policy,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if requires_approval is not UNSET:
            field_dict["requires_approval"] = requires_approval
        if mcp_tool_name is not UNSET:
            field_dict["mcp_tool_name"] = mcp_tool_name
        if mcp_tool_description is not UNSET:
            field_dict["mcp_tool_description"] = mcp_tool_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        mcp_server_id = d.pop("mcp_server_id")

        mcp_server_name = d.pop("mcp_server_name")

        integration_type = d.pop("integration_type")

        approval_policy = d.pop("approval_policy")

        type_ = cast(Literal["mcp"] | Unset, d.pop("type", UNSET))
        if type_ != "mcp" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'mcp', got '{type_}'")

        _parameters = d.pop("parameters", UNSET)
        parameters: ConvaiToolCallMcpDetailsParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ConvaiToolCallMcpDetailsParameters.from_dict(_parameters)

        requires_approval = d.pop("requires_approval", UNSET)

        mcp_tool_name = d.pop("mcp_tool_name", UNSET)

        mcp_tool_description = d.pop("mcp_tool_description", UNSET)

        convai_tool_call_mcp_details = cls(
            mcp_server_id=mcp_server_id,
            mcp_server_name=mcp_server_name,
            integration_type=integration_type,
            approval_policy=approval_policy,
            type_=type_,
            parameters=parameters,
            requires_approval=requires_approval,
            mcp_tool_name=mcp_tool_name,
            mcp_tool_description=mcp_tool_description,
        )

        convai_tool_call_mcp_details.additional_properties = d
        return convai_tool_call_mcp_details

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
    global _nested_models_loaded, ConvaiToolCallMcpDetailsParameters
    from ..models.convai_tool_call_mcp_details_parameters import ConvaiToolCallMcpDetailsParameters  # noqa: F401

    _nested_models_loaded = True
