from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="WsConvaiContextualUpdate")


@_attrs_define
class WsConvaiContextualUpdate:
    """Information for the agent that does not interrupt it or ask for a reply (e.g. "the user opened the pricing page").

    Attributes:
        type_ (Literal['contextual_update']):
        text (str):
    """

    type_: Literal["contextual_update"]
    text: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["contextual_update"], d.pop("type"))
        if type_ != "contextual_update":
            raise ValueError(f"type must match const 'contextual_update', got '{type_}'")

        text = d.pop("text")

        ws_convai_contextual_update = cls(
            type_=type_,
            text=text,
        )

        return ws_convai_contextual_update
