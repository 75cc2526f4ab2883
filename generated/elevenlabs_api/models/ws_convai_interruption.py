from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ws_convai_interruption_event import WsConvaiInterruptionEvent


T = TypeVar("T", bound="WsConvaiInterruption")


@_attrs_define
class WsConvaiInterruption:
    """The user spoke over the agent; stop playing the agent's audio of that turn.

    Attributes:
        type_ (Literal['interruption']):
        interruption_event (WsConvaiInterruptionEvent):
    """

    type_: Literal["interruption"]
    interruption_event: WsConvaiInterruptionEvent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        interruption_event = self.interruption_event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "interruption_event": interruption_event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["interruption"], d.pop("type"))
        if type_ != "interruption":
            raise ValueError(f"type must match const 'interruption', got '{type_}'")

        interruption_event = WsConvaiInterruptionEvent.from_dict(d.pop("interruption_event"))

        ws_convai_interruption = cls(
            type_=type_,
            interruption_event=interruption_event,
        )

        ws_convai_interruption.additional_properties = d
        return ws_convai_interruption

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
    global _nested_models_loaded, WsConvaiInterruptionEvent
    from ..models.ws_convai_interruption_event import WsConvaiInterruptionEvent  # noqa: F401

    _nested_models_loaded = True
