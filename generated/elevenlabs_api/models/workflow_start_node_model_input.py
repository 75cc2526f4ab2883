from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.position_input import PositionInput


T = TypeVar("T", bound="WorkflowStartNodeModelInput")


@_attrs_define
class WorkflowStartNodeModelInput:
    """
    Attributes:
        type_ (Literal['start'] | Unset):  Default: 'start'.
        position (PositionInput | Unset):
        edge_order (list[str] | Unset):
    """

    type_: Literal["start"] | Unset = "start"
    position: PositionInput | Unset = UNSET
    edge_order: list[str] | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if position is not UNSET:
            field_dict["position"] = position
        if edge_order is not UNSET:
            field_dict["edge_order"] = edge_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["start"] | Unset, d.pop("type", UNSET))
        if type_ != "start" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'start', got '{type_}'")

        _position = d.pop("position", UNSET)
        position: PositionInput | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = PositionInput.from_dict(_position)

        edge_order = cast(list[str], d.pop("edge_order", UNSET))

        workflow_start_node_model_input = cls(
            type_=type_,
            position=position,
            edge_order=edge_order,
        )

        workflow_start_node_model_input.additional_properties = d
        return workflow_start_node_model_input

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
    global _nested_models_loaded, PositionInput
    from ..models.position_input import PositionInput  # noqa: F401

    _nested_models_loaded = True
