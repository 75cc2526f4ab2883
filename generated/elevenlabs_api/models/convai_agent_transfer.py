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
        agent_id (str):
        condition (str):
        delay_ms (int | Unset):  Default: 0.
        transfer_message (None | str | Unset):
        enable_transferred_agent_first_message (bool | Unset):  Default: False.
    """

    agent_id: str
    condition: str
    delay_ms: int | Unset = 0
    transfer_message: None | str | Unset = UNSET
    enable_transferred_agent_first_message: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        condition = self.condition

        delay_ms = self.delay_ms

        transfer_message: None | str | Unset
        if isinstance(self.transfer_message, Unset):
            transfer_message = UNSET
        else:
            transfer_message = self.transfer_message

        enable_transferred_agent_first_message = self.enable_transferred_agent_first_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "condition": condition,
            }
        )
        if delay_ms is not UNSET:
            field_dict["delay_ms"] = delay_ms
        if transfer_message is not UNSET:
            field_dict["transfer_message"] = transfer_message
        if enable_transferred_agent_first_message is not UNSET:
            field_dict["enable_transferred_agent_first_message"] = enable_transferred_agent_first_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        condition = d.pop("condition")

        delay_ms = d.pop("delay_ms", UNSET)

        def _parse_transfer_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transfer_message = _parse_transfer_message(d.pop("transfer_message", UNSET))

        enable_transferred_agent_first_message = d.pop("enable_transferred_agent_first_message", UNSET)

        convai_agent_transfer = cls(
            agent_id=agent_id,
            condition=condition,
            delay_ms=delay_ms,
            transfer_message=transfer_message,
            enable_transferred_agent_first_message=enable_transferred_agent_first_message,
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
