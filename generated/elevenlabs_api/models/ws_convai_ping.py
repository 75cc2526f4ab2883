from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ws_convai_ping_event import WsConvaiPingEvent


T = TypeVar("T", bound="WsConvaiPing")


@_attrs_define
class WsConvaiPing:
    """A latency probe; answer with a `pong` carrying the same `event_id`.

    Attributes:
        type_ (Literal['ping']):
        ping_event (WsConvaiPingEvent):
    """

    type_: Literal["ping"]
    ping_event: WsConvaiPingEvent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        ping_event = self.ping_event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "ping_event": ping_event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["ping"], d.pop("type"))
        if type_ != "ping":
            raise ValueError(f"type must match const 'ping', got '{type_}'")

        ping_event = WsConvaiPingEvent.from_dict(d.pop("ping_event"))

        ws_convai_ping = cls(
            type_=type_,
            ping_event=ping_event,
        )

        ws_convai_ping.additional_properties = d
        return ws_convai_ping

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
    global _nested_models_loaded, WsConvaiPingEvent
    from ..models.ws_convai_ping_event import WsConvaiPingEvent  # noqa: F401

    _nested_models_loaded = True
