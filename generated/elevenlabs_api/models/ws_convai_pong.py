from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="WsConvaiPong")


@_attrs_define
class WsConvaiPong:
    """The answer to a `ping`, with its `event_id`.

    Attributes:
        type_ (Literal['pong']):
        event_id (int):
    """

    type_: Literal["pong"]
    event_id: int

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        event_id = self.event_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "event_id": event_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["pong"], d.pop("type"))
        if type_ != "pong":
            raise ValueError(f"type must match const 'pong', got '{type_}'")

        event_id = d.pop("event_id")

        ws_convai_pong = cls(
            type_=type_,
            event_id=event_id,
        )

        return ws_convai_pong
