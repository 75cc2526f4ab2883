from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsConvaiAgentResponseCorrectionEvent")


@_attrs_define
class WsConvaiAgentResponseCorrectionEvent:
    """
    Attributes:
        original_agent_response (str):
        corrected_agent_response (str): What the user actually heard before interrupting.
        event_id (int | Unset):
    """

    original_agent_response: str
    corrected_agent_response: str
    event_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_agent_response = self.original_agent_response

        corrected_agent_response = self.corrected_agent_response

        event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "original_agent_response": original_agent_response,
                "corrected_agent_response": corrected_agent_response,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        original_agent_response = d.pop("original_agent_response")

        corrected_agent_response = d.pop("corrected_agent_response")

        event_id = d.pop("event_id", UNSET)

        ws_convai_agent_response_correction_event = cls(
            original_agent_response=original_agent_response,
            corrected_agent_response=corrected_agent_response,
            event_id=event_id,
        )

        ws_convai_agent_response_correction_event.additional_properties = d
        return ws_convai_agent_response_correction_event

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
