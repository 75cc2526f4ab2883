from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_secret_dependency_type import ConvaiSecretDependencyType, check_convai_secret_dependency_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_dependent_available_agent import ConvaiDependentAvailableAgent
    from ..models.convai_dependent_available_tool import ConvaiDependentAvailableTool
    from ..models.convai_dependent_phone_number import ConvaiDependentPhoneNumber
    from ..models.convai_dependent_unknown_agent import ConvaiDependentUnknownAgent
    from ..models.convai_dependent_unknown_tool import ConvaiDependentUnknownTool
    from ..models.dependent_available_mcp_server_identifier import DependentAvailableMCPServerIdentifier
    from ..models.dependent_unknown_mcp_server_identifier import DependentUnknownMCPServerIdentifier


T = TypeVar("T", bound="ConvaiSecretDependencies")


@_attrs_define
class ConvaiSecretDependencies:
    """What uses a secret.

    Attributes:
        tools (list[ConvaiDependentAvailableTool | ConvaiDependentUnknownTool]):
        agents (list[ConvaiDependentAvailableAgent | ConvaiDependentUnknownAgent]):
        others (list[ConvaiSecretDependencyType]):
        tools_has_more (bool | Unset):  Default: False.
        agents_has_more (bool | Unset):  Default: False.
        phone_numbers (list[ConvaiDependentPhoneNumber] | Unset):
        phone_numbers_has_more (bool | Unset):  Default: False.
        mcp_servers (list[DependentAvailableMCPServerIdentifier | DependentUnknownMCPServerIdentifier] | Unset):
    """

    tools: list[ConvaiDependentAvailableTool | ConvaiDependentUnknownTool]
    agents: list[ConvaiDependentAvailableAgent | ConvaiDependentUnknownAgent]
    others: list[ConvaiSecretDependencyType]
    tools_has_more: bool | Unset = False
    agents_has_more: bool | Unset = False
    phone_numbers: list[ConvaiDependentPhoneNumber] | Unset = UNSET
    phone_numbers_has_more: bool | Unset = False
    mcp_servers: list[DependentAvailableMCPServerIdentifier | DependentUnknownMCPServerIdentifier] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, ConvaiDependentAvailableTool):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        agents = []
        for agents_item_data in self.agents:
            agents_item: dict[str, Any]
            if isinstance(agents_item_data, ConvaiDependentAvailableAgent):
                agents_item = agents_item_data.to_dict()
            else:
                agents_item = agents_item_data.to_dict()

            agents.append(agents_item)

        others = []
        for others_item_data in self.others:
            others_item: str = others_item_data
            others.append(others_item)

        tools_has_more = self.tools_has_more

        agents_has_more = self.agents_has_more

        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)

        phone_numbers_has_more = self.phone_numbers_has_more

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tools": tools,
                "agents": agents,
                "others": others,
            }
        )
        if tools_has_more is not UNSET:
            field_dict["tools_has_more"] = tools_has_more
        if agents_has_more is not UNSET:
            field_dict["agents_has_more"] = agents_has_more
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if phone_numbers_has_more is not UNSET:
            field_dict["phone_numbers_has_more"] = phone_numbers_has_more
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        tools = []
        _tools = d.pop("tools")
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

        agents = []
        _agents = d.pop("agents")
        for agents_item_data in _agents:

            def _parse_agents_item(data: object) -> ConvaiDependentAvailableAgent | ConvaiDependentUnknownAgent:
                if isinstance(data, dict):
                    if data.get("type") == "available":
                        componentsschemas_convai_dependent_agent_type_0 = ConvaiDependentAvailableAgent.from_dict(data)

                        return componentsschemas_convai_dependent_agent_type_0
                    if data.get("type") == "unknown":
                        componentsschemas_convai_dependent_agent_type_1 = ConvaiDependentUnknownAgent.from_dict(data)

                        return componentsschemas_convai_dependent_agent_type_1

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_convai_dependent_agent_type_0 = ConvaiDependentAvailableAgent.from_dict(data)

                    return componentsschemas_convai_dependent_agent_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_dependent_agent_type_1 = ConvaiDependentUnknownAgent.from_dict(data)

                return componentsschemas_convai_dependent_agent_type_1

            agents_item = _parse_agents_item(agents_item_data)

            agents.append(agents_item)

        others = []
        _others = d.pop("others")
        for others_item_data in _others:
            others_item = check_convai_secret_dependency_type(others_item_data)

            others.append(others_item)

        tools_has_more = d.pop("tools_has_more", UNSET)

        agents_has_more = d.pop("agents_has_more", UNSET)

        _phone_numbers = d.pop("phone_numbers", UNSET)
        phone_numbers: list[ConvaiDependentPhoneNumber] | Unset = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = ConvaiDependentPhoneNumber.from_dict(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)

        phone_numbers_has_more = d.pop("phone_numbers_has_more", UNSET)

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

        convai_secret_dependencies = cls(
            tools=tools,
            agents=agents,
            others=others,
            tools_has_more=tools_has_more,
            agents_has_more=agents_has_more,
            phone_numbers=phone_numbers,
            phone_numbers_has_more=phone_numbers_has_more,
            mcp_servers=mcp_servers,
        )

        convai_secret_dependencies.additional_properties = d
        return convai_secret_dependencies

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
        ConvaiDependentAvailableAgent, \
        ConvaiDependentAvailableTool, \
        ConvaiDependentPhoneNumber, \
        ConvaiDependentUnknownAgent, \
        ConvaiDependentUnknownTool, \
        DependentAvailableMCPServerIdentifier, \
        DependentUnknownMCPServerIdentifier
    from ..models.convai_dependent_available_agent import ConvaiDependentAvailableAgent  # noqa: F401
    from ..models.convai_dependent_available_tool import ConvaiDependentAvailableTool  # noqa: F401
    from ..models.convai_dependent_phone_number import ConvaiDependentPhoneNumber  # noqa: F401
    from ..models.convai_dependent_unknown_agent import ConvaiDependentUnknownAgent  # noqa: F401
    from ..models.convai_dependent_unknown_tool import ConvaiDependentUnknownTool  # noqa: F401
    from ..models.dependent_available_mcp_server_identifier import DependentAvailableMCPServerIdentifier  # noqa: F401
    from ..models.dependent_unknown_mcp_server_identifier import DependentUnknownMCPServerIdentifier  # noqa: F401

    _nested_models_loaded = True
