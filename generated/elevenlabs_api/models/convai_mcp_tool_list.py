from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_mcp_tool import ConvaiMcpTool


T = TypeVar("T", bound="ConvaiMcpToolList")


@_attrs_define
class ConvaiMcpToolList:
    """Tools offered by an MCP server.

    Attributes:
        success (bool):
        tools (list[ConvaiMcpTool]):
        error_message (None | str | Unset):
    """

    success: bool
    tools: list[ConvaiMcpTool]
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        success = self.success

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "tools": tools,
            }
        )
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        success = d.pop("success")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = ConvaiMcpTool.from_dict(tools_item_data)

            tools.append(tools_item)

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        convai_mcp_tool_list = cls(
            success=success,
            tools=tools,
            error_message=error_message,
        )

        convai_mcp_tool_list.additional_properties = d
        return convai_mcp_tool_list

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
    global _nested_models_loaded, ConvaiMcpTool
    from ..models.convai_mcp_tool import ConvaiMcpTool  # noqa: F401

    _nested_models_loaded = True
