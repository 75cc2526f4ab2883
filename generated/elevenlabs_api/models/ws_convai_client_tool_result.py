from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsConvaiClientToolResult")


@_attrs_define
class WsConvaiClientToolResult:
    """The result of a tool the agent asked the client to run (`client_tool_call`).

    Attributes:
        type_ (Literal['client_tool_result']):
        tool_call_id (str): The id of the call this answers.
        result (Any | Unset): What the tool returned (usually text); the error's text when `is_error` is true.
        is_error (bool | Unset):  Default: False.
    """

    type_: Literal["client_tool_result"]
    tool_call_id: str
    result: Any | Unset = UNSET
    is_error: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        tool_call_id = self.tool_call_id

        result = self.result

        is_error = self.is_error

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "tool_call_id": tool_call_id,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if is_error is not UNSET:
            field_dict["is_error"] = is_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["client_tool_result"], d.pop("type"))
        if type_ != "client_tool_result":
            raise ValueError(f"type must match const 'client_tool_result', got '{type_}'")

        tool_call_id = d.pop("tool_call_id")

        result = d.pop("result", UNSET)

        is_error = d.pop("is_error", UNSET)

        ws_convai_client_tool_result = cls(
            type_=type_,
            tool_call_id=tool_call_id,
            result=result,
            is_error=is_error,
        )

        return ws_convai_client_tool_result
