from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="WsConvaiUserActivity")


@_attrs_define
class WsConvaiUserActivity:
    """The user is there (typing, say); keeps the agent from going on or the session from timing out.

    Attributes:
        type_ (Literal['user_activity']):
    """

    type_: Literal["user_activity"]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["user_activity"], d.pop("type"))
        if type_ != "user_activity":
            raise ValueError(f"type must match const 'user_activity', got '{type_}'")

        ws_convai_user_activity = cls(
            type_=type_,
        )

        return ws_convai_user_activity
