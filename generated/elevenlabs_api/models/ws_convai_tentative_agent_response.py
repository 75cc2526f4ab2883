from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ws_convai_tentative_agent_response_event import WsConvaiTentativeAgentResponseEvent


T = TypeVar("T", bound="WsConvaiTentativeAgentResponse")


@_attrs_define
class WsConvaiTentativeAgentResponse:
    """What the agent is about to say; it may still change or be dropped.

    Attributes:
        type_ (Literal['internal_tentative_agent_response']):
        tentative_agent_response_internal_event (WsConvaiTentativeAgentResponseEvent):
    """

    type_: Literal["internal_tentative_agent_response"]
    tentative_agent_response_internal_event: WsConvaiTentativeAgentResponseEvent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        tentative_agent_response_internal_event = self.tentative_agent_response_internal_event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tentative_agent_response_internal_event": tentative_agent_response_internal_event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["internal_tentative_agent_response"], d.pop("type"))
        if type_ != "internal_tentative_agent_response":
            raise ValueError(f"type must match const 'internal_tentative_agent_response', got '{type_}'")

        tentative_agent_response_internal_event = WsConvaiTentativeAgentResponseEvent.from_dict(
            d.pop("tentative_agent_response_internal_event")
        )

        ws_convai_tentative_agent_response = cls(
            type_=type_,
            tentative_agent_response_internal_event=tentative_agent_response_internal_event,
        )

        ws_convai_tentative_agent_response.additional_properties = d
        return ws_convai_tentative_agent_response

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
    global _nested_models_loaded, WsConvaiTentativeAgentResponseEvent
    from ..models.ws_convai_tentative_agent_response_event import WsConvaiTentativeAgentResponseEvent  # noqa: F401

    _nested_models_loaded = True
