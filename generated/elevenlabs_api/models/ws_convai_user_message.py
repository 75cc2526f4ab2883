from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="WsConvaiUserMessage")


@_attrs_define
class WsConvaiUserMessage:
    """Something the user typed; the agent replies as if it had been said.

    Attributes:
        type_ (Literal['user_message']):
        text (str):
    """

    type_: Literal["user_message"]
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
        type_ = cast(Literal["user_message"], d.pop("type"))
        if type_ != "user_message":
            raise ValueError(f"type must match const 'user_message', got '{type_}'")

        text = d.pop("text")

        ws_convai_user_message = cls(
            type_=type_,
            text=text,
        )

        return ws_convai_user_message
