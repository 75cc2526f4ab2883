from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_dependent_available_agent import ConvaiDependentAvailableAgent
    from ..models.convai_dependent_unknown_agent import ConvaiDependentUnknownAgent
    from ..models.convai_mcp_server_config_output import ConvaiMcpServerConfigOutput
    from ..models.convai_mcp_server_metadata import ConvaiMcpServerMetadata
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo


T = TypeVar("T", bound="ConvaiMcpServer")


@_attrs_define
class ConvaiMcpServer:
    """A registered MCP server.

    Attributes:
        id (str):
        config (ConvaiMcpServerConfigOutput): Configuration of an MCP server, as returned.
        metadata (ConvaiMcpServerMetadata): When and by whom an MCP server was registered.
        access_info (ConvaiResourceAccessInfo | None | Unset):
        dependent_agents (list[ConvaiDependentAvailableAgent | ConvaiDependentUnknownAgent] | Unset):
    """

    id: str
    config: ConvaiMcpServerConfigOutput
    metadata: ConvaiMcpServerMetadata
    access_info: ConvaiResourceAccessInfo | None | Unset = UNSET
    dependent_agents: list[ConvaiDependentAvailableAgent | ConvaiDependentUnknownAgent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        config = self.config.to_dict()

        metadata = self.metadata.to_dict()

        access_info: dict[str, Any] | None | Unset
        if isinstance(self.access_info, Unset):
            access_info = UNSET
        elif isinstance(self.access_info, ConvaiResourceAccessInfo):
            access_info = self.access_info.to_dict()
        else:
            access_info = self.access_info

        dependent_agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dependent_agents, Unset):
            dependent_agents = []
            for dependent_agents_item_data in self.dependent_agents:
                dependent_agents_item: dict[str, Any]
                if isinstance(dependent_agents_item_data, ConvaiDependentAvailableAgent):
                    dependent_agents_item = dependent_agents_item_data.to_dict()
                else:
                    dependent_agents_item = dependent_agents_item_data.to_dict()

                dependent_agents.append(dependent_agents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "config": config,
                "metadata": metadata,
            }
        )
        if access_info is not UNSET:
            field_dict["access_info"] = access_info
        if dependent_agents is not UNSET:
            field_dict["dependent_agents"] = dependent_agents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        id = d.pop("id")

        config = ConvaiMcpServerConfigOutput.from_dict(d.pop("config"))

        metadata = ConvaiMcpServerMetadata.from_dict(d.pop("metadata"))

        def _parse_access_info(data: object) -> ConvaiResourceAccessInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                access_info_type_0 = ConvaiResourceAccessInfo.from_dict(data)

                return access_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiResourceAccessInfo | None | Unset, data)

        access_info = _parse_access_info(d.pop("access_info", UNSET))

        _dependent_agents = d.pop("dependent_agents", UNSET)
        dependent_agents: list[ConvaiDependentAvailableAgent | ConvaiDependentUnknownAgent] | Unset = UNSET
        if _dependent_agents is not UNSET:
            dependent_agents = []
            for dependent_agents_item_data in _dependent_agents:

                def _parse_dependent_agents_item(
                    data: object,
                ) -> ConvaiDependentAvailableAgent | ConvaiDependentUnknownAgent:
                    if isinstance(data, dict):
                        if data.get("type") == "available":
                            componentsschemas_convai_dependent_agent_type_0 = ConvaiDependentAvailableAgent.from_dict(
                                data
                            )

                            return componentsschemas_convai_dependent_agent_type_0
                        if data.get("type") == "unknown":
                            componentsschemas_convai_dependent_agent_type_1 = ConvaiDependentUnknownAgent.from_dict(
                                data
                            )

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

                dependent_agents_item = _parse_dependent_agents_item(dependent_agents_item_data)

                dependent_agents.append(dependent_agents_item)

        convai_mcp_server = cls(
            id=id,
            config=config,
            metadata=metadata,
            access_info=access_info,
            dependent_agents=dependent_agents,
        )

        convai_mcp_server.additional_properties = d
        return convai_mcp_server

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
        ConvaiDependentUnknownAgent, \
        ConvaiMcpServerConfigOutput, \
        ConvaiMcpServerMetadata, \
        ConvaiResourceAccessInfo
    from ..models.convai_dependent_available_agent import ConvaiDependentAvailableAgent  # noqa: F401
    from ..models.convai_dependent_unknown_agent import ConvaiDependentUnknownAgent  # noqa: F401
    from ..models.convai_mcp_server_config_output import ConvaiMcpServerConfigOutput  # noqa: F401
    from ..models.convai_mcp_server_metadata import ConvaiMcpServerMetadata  # noqa: F401
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo  # noqa: F401

    _nested_models_loaded = True
