from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ws_convai_agent_response_event import WsConvaiAgentResponseEvent


T = TypeVar("T", bound="WsConvaiAgentResponse")


@_attrs_define
class WsConvaiAgentResponse:
    """The text of what the agent says in one turn (its audio comes in `audio` messages).

    Attributes:
        type_ (Literal['agent_response']):
        agent_response_event (WsConvaiAgentResponseEvent):
    """

    type_: Literal["agent_response"]
    agent_response_event: WsConvaiAgentResponseEvent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        agent_response_event = self.agent_response_event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "agent_response_event": agent_response_event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["agent_response"], d.pop("type"))
        if type_ != "agent_response":
            raise ValueError(f"type must match const 'agent_response', got '{type_}'")

        agent_response_event = WsConvaiAgentResponseEvent.from_dict(d.pop("agent_response_event"))

        ws_convai_agent_response = cls(
            type_=type_,
            agent_response_event=agent_response_event,
        )

        ws_convai_agent_response.additional_properties = d
        return ws_convai_agent_response

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
    global _nested_models_loaded, WsConvaiAgentResponseEvent
    from ..models.ws_convai_agent_response_event import WsConvaiAgentResponseEvent  # noqa: F401

    _nested_models_loaded = True
