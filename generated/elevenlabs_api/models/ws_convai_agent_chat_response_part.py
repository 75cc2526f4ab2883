from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ws_convai_text_response_part import WsConvaiTextResponsePart


T = TypeVar("T", bound="WsConvaiAgentChatResponsePart")


@_attrs_define
class WsConvaiAgentChatResponsePart:
    """A piece of the agent's reply text as it is written (text-only conversations).

    Attributes:
        type_ (Literal['agent_chat_response_part']):
        text_response_part (WsConvaiTextResponsePart):
    """

    type_: Literal["agent_chat_response_part"]
    text_response_part: WsConvaiTextResponsePart
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        text_response_part = self.text_response_part.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text_response_part": text_response_part,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["agent_chat_response_part"], d.pop("type"))
        if type_ != "agent_chat_response_part":
            raise ValueError(f"type must match const 'agent_chat_response_part', got '{type_}'")

        text_response_part = WsConvaiTextResponsePart.from_dict(d.pop("text_response_part"))

        ws_convai_agent_chat_response_part = cls(
            type_=type_,
            text_response_part=text_response_part,
        )

        ws_convai_agent_chat_response_part.additional_properties = d
        return ws_convai_agent_chat_response_part

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
    global _nested_models_loaded, WsConvaiTextResponsePart
    from ..models.ws_convai_text_response_part import WsConvaiTextResponsePart  # noqa: F401

    _nested_models_loaded = True
