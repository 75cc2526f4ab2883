from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="WsCloseContext")


@_attrs_define
class WsCloseContext:
    """Ends one context: buffered or flushing text is still spoken, then the service sends the
    context's final message. Other contexts carry on.

        Attributes:
            context_id (str):
            close_context (Literal[True]):
    """

    context_id: str
    close_context: Literal[True]

    def to_dict(self) -> dict[str, Any]:
        context_id = self.context_id

        close_context = self.close_context

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "context_id": context_id,
                "close_context": close_context,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        context_id = d.pop("context_id")

        close_context = cast(Literal[True], d.pop("close_context"))
        if close_context != True:
            raise ValueError(f"close_context must match const True, got '{close_context}'")

        ws_close_context = cls(
            context_id=context_id,
            close_context=close_context,
        )

        return ws_close_context
