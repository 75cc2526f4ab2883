from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WsConvaiTentativeAgentResponseEvent")


@_attrs_define
class WsConvaiTentativeAgentResponseEvent:
    """
    Attributes:
        tentative_agent_response (str):
    """

    tentative_agent_response: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tentative_agent_response = self.tentative_agent_response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tentative_agent_response": tentative_agent_response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tentative_agent_response = d.pop("tentative_agent_response")

        ws_convai_tentative_agent_response_event = cls(
            tentative_agent_response=tentative_agent_response,
        )

        ws_convai_tentative_agent_response_event.additional_properties = d
        return ws_convai_tentative_agent_response_event

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
