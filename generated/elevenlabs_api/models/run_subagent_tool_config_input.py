from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sub_agent_input import SubAgentInput


T = TypeVar("T", bound="RunSubagentToolConfigInput")


@_attrs_define
class RunSubagentToolConfigInput:
    """
    Attributes:
        agents (list[SubAgentInput]):
        system_tool_type (Literal['run_subagent'] | Unset):  Default: 'run_subagent'.
    """

    agents: list[SubAgentInput]
    system_tool_type: Literal["run_subagent"] | Unset = "run_subagent"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        agents = []
        for agents_item_data in self.agents:
            agents_item = agents_item_data.to_dict()
            agents.append(agents_item)

        system_tool_type = self.system_tool_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agents": agents,
            }
        )
        if system_tool_type is not UNSET:
            field_dict["system_tool_type"] = system_tool_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        agents = []
        _agents = d.pop("agents")
        for agents_item_data in _agents:
            agents_item = SubAgentInput.from_dict(agents_item_data)

            agents.append(agents_item)

        system_tool_type = cast(Literal["run_subagent"] | Unset, d.pop("system_tool_type", UNSET))
        if system_tool_type != "run_subagent" and not isinstance(system_tool_type, Unset):
            raise ValueError(f"system_tool_type must match const 'run_subagent', got '{system_tool_type}'")

        run_subagent_tool_config_input = cls(
            agents=agents,
            system_tool_type=system_tool_type,
        )

        run_subagent_tool_config_input.additional_properties = d
        return run_subagent_tool_config_input

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
    global _nested_models_loaded, SubAgentInput
    from ..models.sub_agent_input import SubAgentInput  # noqa: F401

    _nested_models_loaded = True
