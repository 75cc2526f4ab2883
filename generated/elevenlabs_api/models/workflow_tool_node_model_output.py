from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.position_output import PositionOutput
    from ..models.workflow_tool_locator import WorkflowToolLocator


T = TypeVar("T", bound="WorkflowToolNodeModelOutput")


@_attrs_define
class WorkflowToolNodeModelOutput:
    """
    Attributes:
        type_ (Literal['tool']):  Default: 'tool'.
        position (PositionOutput):
        edge_order (list[str]):
        tools (list[WorkflowToolLocator]):
    """

    position: PositionOutput
    edge_order: list[str]
    tools: list[WorkflowToolLocator]
    type_: Literal["tool"] = "tool"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        position = self.position.to_dict()

        edge_order = self.edge_order

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "position": position,
                "edge_order": edge_order,
                "tools": tools,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["tool"], d.pop("type"))
        if type_ != "tool":
            raise ValueError(f"type must match const 'tool', got '{type_}'")

        position = PositionOutput.from_dict(d.pop("position"))

        edge_order = cast(list[str], d.pop("edge_order"))

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = WorkflowToolLocator.from_dict(tools_item_data)

            tools.append(tools_item)

        workflow_tool_node_model_output = cls(
            type_=type_,
            position=position,
            edge_order=edge_order,
            tools=tools,
        )

        workflow_tool_node_model_output.additional_properties = d
        return workflow_tool_node_model_output

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
    global _nested_models_loaded, PositionOutput, WorkflowToolLocator
    from ..models.position_output import PositionOutput  # noqa: F401
    from ..models.workflow_tool_locator import WorkflowToolLocator  # noqa: F401

    _nested_models_loaded = True
