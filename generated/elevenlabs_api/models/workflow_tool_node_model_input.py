from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.position_input import PositionInput
    from ..models.workflow_tool_locator import WorkflowToolLocator


T = TypeVar("T", bound="WorkflowToolNodeModelInput")


@_attrs_define
class WorkflowToolNodeModelInput:
    """
    Attributes:
        type_ (Literal['tool'] | Unset):  Default: 'tool'.
        position (PositionInput | Unset):
        edge_order (list[str] | Unset):
        tools (list[WorkflowToolLocator] | Unset):
    """

    type_: Literal["tool"] | Unset = "tool"
    position: PositionInput | Unset = UNSET
    edge_order: list[str] | Unset = UNSET
    tools: list[WorkflowToolLocator] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        edge_order: list[str] | Unset = UNSET
        if not isinstance(self.edge_order, Unset):
            edge_order = self.edge_order

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if position is not UNSET:
            field_dict["position"] = position
        if edge_order is not UNSET:
            field_dict["edge_order"] = edge_order
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["tool"] | Unset, d.pop("type", UNSET))
        if type_ != "tool" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'tool', got '{type_}'")

        _position = d.pop("position", UNSET)
        position: PositionInput | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = PositionInput.from_dict(_position)

        edge_order = cast(list[str], d.pop("edge_order", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: list[WorkflowToolLocator] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = WorkflowToolLocator.from_dict(tools_item_data)

                tools.append(tools_item)

        workflow_tool_node_model_input = cls(
            type_=type_,
            position=position,
            edge_order=edge_order,
            tools=tools,
        )

        workflow_tool_node_model_input.additional_properties = d
        return workflow_tool_node_model_input

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
    global _nested_models_loaded, PositionInput, WorkflowToolLocator
    from ..models.position_input import PositionInput  # noqa: F401
    from ..models.workflow_tool_locator import WorkflowToolLocator  # noqa: F401

    _nested_models_loaded = True
