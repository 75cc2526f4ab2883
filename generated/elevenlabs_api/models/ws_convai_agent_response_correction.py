from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ws_convai_agent_response_correction_event import WsConvaiAgentResponseCorrectionEvent


T = TypeVar("T", bound="WsConvaiAgentResponseCorrection")


@_attrs_define
class WsConvaiAgentResponseCorrection:
    """An agent response cut short by an interruption, with the part that was spoken.

    Attributes:
        type_ (Literal['agent_response_correction']):
        agent_response_correction_event (WsConvaiAgentResponseCorrectionEvent):
    """

    type_: Literal["agent_response_correction"]
    agent_response_correction_event: WsConvaiAgentResponseCorrectionEvent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        agent_response_correction_event = self.agent_response_correction_event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "agent_response_correction_event": agent_response_correction_event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["agent_response_correction"], d.pop("type"))
        if type_ != "agent_response_correction":
            raise ValueError(f"type must match const 'agent_response_correction', got '{type_}'")

        agent_response_correction_event = WsConvaiAgentResponseCorrectionEvent.from_dict(
            d.pop("agent_response_correction_event")
        )

        ws_convai_agent_response_correction = cls(
            type_=type_,
            agent_response_correction_event=agent_response_correction_event,
        )

        ws_convai_agent_response_correction.additional_properties = d
        return ws_convai_agent_response_correction

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
    global _nested_models_loaded, WsConvaiAgentResponseCorrectionEvent
    from ..models.ws_convai_agent_response_correction_event import WsConvaiAgentResponseCorrectionEvent  # noqa: F401

    _nested_models_loaded = True
