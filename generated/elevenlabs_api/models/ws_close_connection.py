from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="WsCloseConnection")


@_attrs_define
class WsCloseConnection:
    """Ends the input; the service speaks what is buffered, sends its final message and closes.

    Attributes:
        text (Literal['']): Always the empty string.
    """

    text: Literal[""]

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = cast(Literal[""], d.pop("text"))
        if text != "":
            raise ValueError(f"text must match const '', got '{text}'")

        ws_close_connection = cls(
            text=text,
        )

        return ws_close_connection
