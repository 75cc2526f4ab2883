from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_dependent_available_tool import ConvaiDependentAvailableTool
    from ..models.convai_dependent_unknown_tool import ConvaiDependentUnknownTool
    from ..models.dependent_available_mcp_server_identifier import DependentAvailableMCPServerIdentifier
    from ..models.dependent_integration_connection_identifier import DependentIntegrationConnectionIdentifier
    from ..models.dependent_unknown_mcp_server_identifier import DependentUnknownMCPServerIdentifier


T = TypeVar("T", bound="AuthConnectionDependencies")


@_attrs_define
class AuthConnectionDependencies:
    """
    Attributes:
        tools (list[ConvaiDependentAvailableTool | ConvaiDependentUnknownTool] | Unset):
        mcp_servers (list[DependentAvailableMCPServerIdentifier | DependentUnknownMCPServerIdentifier] | Unset):
        integration_connections (list[DependentIntegrationConnectionIdentifier] | Unset):
    """

    tools: list[ConvaiDependentAvailableTool | ConvaiDependentUnknownTool] | Unset = UNSET
    mcp_servers: list[DependentAvailableMCPServerIdentifier | DependentUnknownMCPServerIdentifier] | Unset = UNSET
    integration_connections: list[DependentIntegrationConnectionIdentifier] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, ConvaiDependentAvailableTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        mcp_servers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mcp_servers, Unset):
            mcp_servers = []
            for mcp_servers_item_data in self.mcp_servers:
                mcp_servers_item: dict[str, Any]
                if isinstance(mcp_servers_item_data, DependentAvailableMCPServerIdentifier):
                    mcp_servers_item = mcp_servers_item_data.to_dict()
                else:
                    mcp_servers_item = mcp_servers_item_data.to_dict()

                mcp_servers.append(mcp_servers_item)

        integration_connections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integration_connections, Unset):
            integration_connections = []
            for integration_connections_item_data in self.integration_connections:
                integration_connections_item = integration_connections_item_data.to_dict()
                integration_connections.append(integration_connections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tools is not UNSET:
            field_dict["tools"] = tools
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers
        if integration_connections is not UNSET:
            field_dict["integration_connections"] = integration_connections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _tools = d.pop("tools", UNSET)
        tools: list[ConvaiDependentAvailableTool | ConvaiDependentUnknownTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(data: object) -> ConvaiDependentAvailableTool | ConvaiDependentUnknownTool:
                    if isinstance(data, dict):
                        if data.get("type") == "available":
                            tools_item_type_0 = ConvaiDependentAvailableTool.from_dict(data)

                            return tools_item_type_0
                        if data.get("type") == "unknown":
                            tools_item_type_1 = ConvaiDependentUnknownTool.from_dict(data)

                            return tools_item_type_1

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_0 = ConvaiDependentAvailableTool.from_dict(data)

                        return tools_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_1 = ConvaiDependentUnknownTool.from_dict(data)

                    return tools_item_type_1

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        _mcp_servers = d.pop("mcp_servers", UNSET)
        mcp_servers: list[DependentAvailableMCPServerIdentifier | DependentUnknownMCPServerIdentifier] | Unset = UNSET
        if _mcp_servers is not UNSET:
            mcp_servers = []
            for mcp_servers_item_data in _mcp_servers:

                def _parse_mcp_servers_item(
                    data: object,
                ) -> DependentAvailableMCPServerIdentifier | DependentUnknownMCPServerIdentifier:
                    if isinstance(data, dict):
                        if data.get("type") == "available":
                            mcp_servers_item_type_0 = DependentAvailableMCPServerIdentifier.from_dict(data)

                            return mcp_servers_item_type_0
                        if data.get("type") == "unknown":
                            mcp_servers_item_type_1 = DependentUnknownMCPServerIdentifier.from_dict(data)

                            return mcp_servers_item_type_1

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        mcp_servers_item_type_0 = DependentAvailableMCPServerIdentifier.from_dict(data)

                        return mcp_servers_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    mcp_servers_item_type_1 = DependentUnknownMCPServerIdentifier.from_dict(data)

                    return mcp_servers_item_type_1

                mcp_servers_item = _parse_mcp_servers_item(mcp_servers_item_data)

                mcp_servers.append(mcp_servers_item)

        _integration_connections = d.pop("integration_connections", UNSET)
        integration_connections: list[DependentIntegrationConnectionIdentifier] | Unset = UNSET
        if _integration_connections is not UNSET:
            integration_connections = []
            for integration_connections_item_data in _integration_connections:
                integration_connections_item = DependentIntegrationConnectionIdentifier.from_dict(
                    integration_connections_item_data
                )

                integration_connections.append(integration_connections_item)

        auth_connection_dependencies = cls(
            tools=tools,
            mcp_servers=mcp_servers,
            integration_connections=integration_connections,
        )

        auth_connection_dependencies.additional_properties = d
        return auth_connection_dependencies

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
    global \
        _nested_models_loaded, \
        ConvaiDependentAvailableTool, \
        ConvaiDependentUnknownTool, \
        DependentAvailableMCPServerIdentifier, \
        DependentIntegrationConnectionIdentifier, \
        DependentUnknownMCPServerIdentifier
    from ..models.convai_dependent_available_tool import ConvaiDependentAvailableTool  # noqa: F401
    from ..models.convai_dependent_unknown_tool import ConvaiDependentUnknownTool  # noqa: F401
    from ..models.dependent_available_mcp_server_identifier import DependentAvailableMCPServerIdentifier  # noqa: F401
    from ..models.dependent_integration_connection_identifier import DependentIntegrationConnectionIdentifier  # noqa: F401
    from ..models.dependent_unknown_mcp_server_identifier import DependentUnknownMCPServerIdentifier  # noqa: F401

    _nested_models_loaded = True
