from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsFlushContext")


@_attrs_define
class WsFlushContext:
    """Speak everything buffered in one context now, optionally after adding a last piece of text.

    Attributes:
        context_id (str):
        flush (Literal[True]):
        text (str | Unset): Text to add before flushing.
    """

    context_id: str
    flush: Literal[True]
    text: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        context_id = self.context_id

        flush = self.flush

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "context_id": context_id,
                "flush": flush,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        context_id = d.pop("context_id")

        flush = cast(Literal[True], d.pop("flush"))
        if flush != True:
            raise ValueError(f"flush must match const True, got '{flush}'")

        text = d.pop("text", UNSET)

        ws_flush_context = cls(
            context_id=context_id,
            flush=flush,
            text=text,
        )

        return ws_flush_context
