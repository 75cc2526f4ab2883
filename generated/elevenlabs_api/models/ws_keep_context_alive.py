from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="WsKeepContextAlive")


@_attrs_define
class WsKeepContextAlive:
    """Resets one context's inactivity clock without adding text.

    Attributes:
        context_id (str):
        text (Literal['']):
    """

    context_id: str
    text: Literal[""]

    def to_dict(self) -> dict[str, Any]:
        context_id = self.context_id

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "context_id": context_id,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        context_id = d.pop("context_id")

        text = cast(Literal[""], d.pop("text"))
        if text != "":
            raise ValueError(f"text must match const '', got '{text}'")

        ws_keep_context_alive = cls(
            context_id=context_id,
            text=text,
        )

        return ws_keep_context_alive
