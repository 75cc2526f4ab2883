from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsConvaiPingEvent")


@_attrs_define
class WsConvaiPingEvent:
    """
    Attributes:
        event_id (int):
        ping_ms (int | None | Unset): The round trip the service measured on the previous ping, in milliseconds.
    """

    event_id: int
    ping_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        ping_ms: int | None | Unset
        if isinstance(self.ping_ms, Unset):
            ping_ms = UNSET
        else:
            ping_ms = self.ping_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
            }
        )
        if ping_ms is not UNSET:
            field_dict["ping_ms"] = ping_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        def _parse_ping_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ping_ms = _parse_ping_ms(d.pop("ping_ms", UNSET))

        ws_convai_ping_event = cls(
            event_id=event_id,
            ping_ms=ping_ms,
        )

        ws_convai_ping_event.additional_properties = d
        return ws_convai_ping_event

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
