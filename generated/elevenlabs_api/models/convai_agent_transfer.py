from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiAgentTransfer")


@_attrs_define
class ConvaiAgentTransfer:
    """When and to which agent to hand the conversation over.

    Attributes:
        condition (str):
        agent_id (None | str | Unset):
        node_id (None | str | Unset):
        delay_ms (int | Unset):  Default: 0.
        transfer_message (None | str | Unset):
        enable_transferred_agent_first_message (bool | Unset):  Default: False.
        is_workflow_node_transfer (bool | Unset):  Default: False.
        preserve_client_tts_overrides (bool | Unset):  Default: False.
    """

    condition: str
    agent_id: None | str | Unset = UNSET
    node_id: None | str | Unset = UNSET
    delay_ms: int | Unset = 0
    transfer_message: None | str | Unset = UNSET
    enable_transferred_agent_first_message: bool | Unset = False
    is_workflow_node_transfer: bool | Unset = False
    preserve_client_tts_overrides: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition = self.condition

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        node_id: None | str | Unset
        if isinstance(self.node_id, Unset):
            node_id = UNSET
        else:
            node_id = self.node_id

        delay_ms = self.delay_ms

        transfer_message: None | str | Unset
        if isinstance(self.transfer_message, Unset):
            transfer_message = UNSET
        else:
            transfer_message = self.transfer_message

        enable_transferred_agent_first_message = self.enable_transferred_agent_first_message

        is_workflow_node_transfer = self.is_workflow_node_transfer

        preserve_client_tts_overrides = self.preserve_client_tts_overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "condition": condition,
            }
        )
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if delay_ms is not UNSET:
            field_dict["delay_ms"] = delay_ms
        if transfer_message is not UNSET:
            field_dict["transfer_message"] = transfer_message
        if enable_transferred_agent_first_message is not UNSET:
            field_dict["enable_transferred_agent_first_message"] = enable_transferred_agent_first_message
        if is_workflow_node_transfer is not UNSET:
            field_dict["is_workflow_node_transfer"] = is_workflow_node_transfer
        if preserve_client_tts_overrides is not UNSET:
            field_dict["preserve_client_tts_overrides"] = preserve_client_tts_overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        condition = d.pop("condition")

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_node_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        node_id = _parse_node_id(d.pop("node_id", UNSET))

        delay_ms = d.pop("delay_ms", UNSET)

        def _parse_transfer_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transfer_message = _parse_transfer_message(d.pop("transfer_message", UNSET))

        enable_transferred_agent_first_message = d.pop("enable_transferred_agent_first_message", UNSET)

        is_workflow_node_transfer = d.pop("is_workflow_node_transfer", UNSET)

        preserve_client_tts_overrides = d.pop("preserve_client_tts_overrides", UNSET)

        convai_agent_transfer = cls(
            condition=condition,
            agent_id=agent_id,
            node_id=node_id,
            delay_ms=delay_ms,
            transfer_message=transfer_message,
            enable_transferred_agent_first_message=enable_transferred_agent_first_message,
            is_workflow_node_transfer=is_workflow_node_transfer,
            preserve_client_tts_overrides=preserve_client_tts_overrides,
        )

        convai_agent_transfer.additional_properties = d
        return convai_agent_transfer

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
