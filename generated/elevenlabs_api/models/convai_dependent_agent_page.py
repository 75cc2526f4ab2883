from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_dependent_available_agent import ConvaiDependentAvailableAgent
    from ..models.convai_dependent_unknown_agent import ConvaiDependentUnknownAgent
    from ..models.dependent_branch_info import DependentBranchInfo


T = TypeVar("T", bound="ConvaiDependentAgentPage")


@_attrs_define
class ConvaiDependentAgentPage:
    """One page of agents that depend on a resource.

    Attributes:
        agents (list[ConvaiDependentAvailableAgent | ConvaiDependentUnknownAgent]):
        has_more (bool):
        branches (list[DependentBranchInfo] | Unset):
        next_cursor (None | str | Unset):
    """

    agents: list[ConvaiDependentAvailableAgent | ConvaiDependentUnknownAgent]
    has_more: bool
    branches: list[DependentBranchInfo] | Unset = UNSET
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        agents = []
        for agents_item_data in self.agents:
            agents_item: dict[str, Any]
            if isinstance(agents_item_data, ConvaiDependentAvailableAgent):
                agents_item = agents_item_data.to_dict()
            else:
                agents_item = agents_item_data.to_dict()

            agents.append(agents_item)

        has_more = self.has_more

        branches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.branches, Unset):
            branches = []
            for branches_item_data in self.branches:
                branches_item = branches_item_data.to_dict()
                branches.append(branches_item)

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agents": agents,
                "has_more": has_more,
            }
        )
        if branches is not UNSET:
            field_dict["branches"] = branches
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
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

        has_more = d.pop("has_more")

        _branches = d.pop("branches", UNSET)
        branches: list[DependentBranchInfo] | Unset = UNSET
        if _branches is not UNSET:
            branches = []
            for branches_item_data in _branches:
                branches_item = DependentBranchInfo.from_dict(branches_item_data)

                branches.append(branches_item)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        convai_dependent_agent_page = cls(
            agents=agents,
            has_more=has_more,
            branches=branches,
            next_cursor=next_cursor,
        )

        convai_dependent_agent_page.additional_properties = d
        return convai_dependent_agent_page

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
    global _nested_models_loaded, ConvaiDependentAvailableAgent, ConvaiDependentUnknownAgent, DependentBranchInfo
    from ..models.convai_dependent_available_agent import ConvaiDependentAvailableAgent  # noqa: F401
    from ..models.convai_dependent_unknown_agent import ConvaiDependentUnknownAgent  # noqa: F401
    from ..models.dependent_branch_info import DependentBranchInfo  # noqa: F401

    _nested_models_loaded = True
