from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsSendText")


@_attrs_define
class WsSendText:
    """More text to speak. Ending each piece with a space helps the service split words.

    Attributes:
        text (str): The text; never empty (an empty text ends the input, see WsCloseConnection).
        try_trigger_generation (bool | Unset): Ask for a generation now if enough text is buffered (below the schedule's
            size it has no effect).
        flush (bool | Unset): Speak everything buffered now, whatever its length, and keep the stream open.
    """

    text: str
    try_trigger_generation: bool | Unset = UNSET
    flush: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        try_trigger_generation = self.try_trigger_generation

        flush = self.flush

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if try_trigger_generation is not UNSET:
            field_dict["try_trigger_generation"] = try_trigger_generation
        if flush is not UNSET:
            field_dict["flush"] = flush

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        try_trigger_generation = d.pop("try_trigger_generation", UNSET)

        flush = d.pop("flush", UNSET)

        ws_send_text = cls(
            text=text,
            try_trigger_generation=try_trigger_generation,
            flush=flush,
        )

        return ws_send_text
