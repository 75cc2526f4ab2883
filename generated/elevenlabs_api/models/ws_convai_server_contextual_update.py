from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WsConvaiServerContextualUpdate")


@_attrs_define
class WsConvaiServerContextualUpdate:
    """Information the service adds to the conversation without a reply (e.g. from a tool).

    Attributes:
        type_ (Literal['contextual_update']):
        text (str):
    """

    type_: Literal["contextual_update"]
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        type_ = cast(Literal["contextual_update"], d.pop("type"))
        if type_ != "contextual_update":
            raise ValueError(f"type must match const 'contextual_update', got '{type_}'")

        text = d.pop("text")

        ws_convai_server_contextual_update = cls(
            type_=type_,
            text=text,
        )

        ws_convai_server_contextual_update.additional_properties = d
        return ws_convai_server_contextual_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
