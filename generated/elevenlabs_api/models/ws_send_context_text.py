from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsSendContextText")


@_attrs_define
class WsSendContextText:
    """More text for one context.

    Attributes:
        text (str): The text; never empty (an empty text only keeps the context alive).
        context_id (str | Unset): The context it belongs to; the default context when left out.
        flush (bool | Unset): Also speak everything buffered in this context now.
    """

    text: str
    context_id: str | Unset = UNSET
    flush: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        context_id = self.context_id

        flush = self.flush

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if context_id is not UNSET:
            field_dict["context_id"] = context_id
        if flush is not UNSET:
            field_dict["flush"] = flush

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        context_id = d.pop("context_id", UNSET)

        flush = d.pop("flush", UNSET)

        ws_send_context_text = cls(
            text=text,
            context_id=context_id,
            flush=flush,
        )

        return ws_send_context_text
