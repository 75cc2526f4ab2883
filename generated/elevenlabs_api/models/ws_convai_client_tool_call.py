from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ws_convai_client_tool_call_event import WsConvaiClientToolCallEvent


T = TypeVar("T", bound="WsConvaiClientToolCall")


@_attrs_define
class WsConvaiClientToolCall:
    """The agent asks the client to run one of its client tools.

    Attributes:
        type_ (Literal['client_tool_call']):
        client_tool_call (WsConvaiClientToolCallEvent):
    """

    type_: Literal["client_tool_call"]
    client_tool_call: WsConvaiClientToolCallEvent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        client_tool_call = self.client_tool_call.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "client_tool_call": client_tool_call,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["client_tool_call"], d.pop("type"))
        if type_ != "client_tool_call":
            raise ValueError(f"type must match const 'client_tool_call', got '{type_}'")

        client_tool_call = WsConvaiClientToolCallEvent.from_dict(d.pop("client_tool_call"))

        ws_convai_client_tool_call = cls(
            type_=type_,
            client_tool_call=client_tool_call,
        )

        ws_convai_client_tool_call.additional_properties = d
        return ws_convai_client_tool_call

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


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, WsConvaiClientToolCallEvent
    from ..models.ws_convai_client_tool_call_event import WsConvaiClientToolCallEvent  # noqa: F401

    _nested_models_loaded = True
