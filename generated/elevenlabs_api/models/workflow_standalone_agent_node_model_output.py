from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.position_output import PositionOutput


T = TypeVar("T", bound="WorkflowStandaloneAgentNodeModelOutput")


@_attrs_define
class WorkflowStandaloneAgentNodeModelOutput:
    """
    Attributes:
        type_ (Literal['standalone_agent']):  Default: 'standalone_agent'.
        position (PositionOutput):
        edge_order (list[str]):
        agent_id (None | str):
        node_id (None | str):
        delay_ms (int):  Default: 0.
        transfer_message (None | str):
        enable_transferred_agent_first_message (bool):  Default: False.
        preserve_client_tts_overrides (bool):  Default: False.
    """

    position: PositionOutput
    edge_order: list[str]
    agent_id: None | str
    node_id: None | str
    transfer_message: None | str
    type_: Literal["standalone_agent"] = "standalone_agent"
    delay_ms: int = 0
    enable_transferred_agent_first_message: bool = False
    preserve_client_tts_overrides: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        position = self.position.to_dict()

        edge_order = self.edge_order

        agent_id: None | str
        agent_id = self.agent_id

        node_id: None | str
        node_id = self.node_id

        delay_ms = self.delay_ms

        transfer_message: None | str
        transfer_message = self.transfer_message

        enable_transferred_agent_first_message = self.enable_transferred_agent_first_message

        preserve_client_tts_overrides = self.preserve_client_tts_overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "position": position,
                "edge_order": edge_order,
                "agent_id": agent_id,
                "node_id": node_id,
                "delay_ms": delay_ms,
                "transfer_message": transfer_message,
                "enable_transferred_agent_first_message": enable_transferred_agent_first_message,
                "preserve_client_tts_overrides": preserve_client_tts_overrides,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["standalone_agent"], d.pop("type"))
        if type_ != "standalone_agent":
            raise ValueError(f"type must match const 'standalone_agent', got '{type_}'")

        position = PositionOutput.from_dict(d.pop("position"))

        edge_order = cast(list[str], d.pop("edge_order"))

        def _parse_agent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agent_id = _parse_agent_id(d.pop("agent_id"))

        def _parse_node_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        node_id = _parse_node_id(d.pop("node_id"))

        delay_ms = d.pop("delay_ms")

        def _parse_transfer_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        transfer_message = _parse_transfer_message(d.pop("transfer_message"))

        enable_transferred_agent_first_message = d.pop("enable_transferred_agent_first_message")

        preserve_client_tts_overrides = d.pop("preserve_client_tts_overrides")

        workflow_standalone_agent_node_model_output = cls(
            type_=type_,
            position=position,
            edge_order=edge_order,
            agent_id=agent_id,
            node_id=node_id,
            delay_ms=delay_ms,
            transfer_message=transfer_message,
            enable_transferred_agent_first_message=enable_transferred_agent_first_message,
            preserve_client_tts_overrides=preserve_client_tts_overrides,
        )

        workflow_standalone_agent_node_model_output.additional_properties = d
        return workflow_standalone_agent_node_model_output

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
    global _nested_models_loaded, PositionOutput
    from ..models.position_output import PositionOutput  # noqa: F401

    _nested_models_loaded = True
