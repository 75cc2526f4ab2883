from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="WsCloseSocket")


@_attrs_define
class WsCloseSocket:
    """Ends every context (flushing ones finish first) and then the connection.

    Attributes:
        close_socket (Literal[True]):
    """

    close_socket: Literal[True]

    def to_dict(self) -> dict[str, Any]:
        close_socket = self.close_socket

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "close_socket": close_socket,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        close_socket = cast(Literal[True], d.pop("close_socket"))
        if close_socket != True:
            raise ValueError(f"close_socket must match const True, got '{close_socket}'")

        ws_close_socket = cls(
            close_socket=close_socket,
        )

        return ws_close_socket
