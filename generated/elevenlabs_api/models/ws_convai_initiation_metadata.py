from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ws_convai_initiation_metadata_event import WsConvaiInitiationMetadataEvent


T = TypeVar("T", bound="WsConvaiInitiationMetadata")


@_attrs_define
class WsConvaiInitiationMetadata:
    """The service's first message.

    Attributes:
        type_ (Literal['conversation_initiation_metadata']):
        conversation_initiation_metadata_event (WsConvaiInitiationMetadataEvent):
    """

    type_: Literal["conversation_initiation_metadata"]
    conversation_initiation_metadata_event: WsConvaiInitiationMetadataEvent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        conversation_initiation_metadata_event = self.conversation_initiation_metadata_event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "conversation_initiation_metadata_event": conversation_initiation_metadata_event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["conversation_initiation_metadata"], d.pop("type"))
        if type_ != "conversation_initiation_metadata":
            raise ValueError(f"type must match const 'conversation_initiation_metadata', got '{type_}'")

        conversation_initiation_metadata_event = WsConvaiInitiationMetadataEvent.from_dict(
            d.pop("conversation_initiation_metadata_event")
        )

        ws_convai_initiation_metadata = cls(
            type_=type_,
            conversation_initiation_metadata_event=conversation_initiation_metadata_event,
        )

        ws_convai_initiation_metadata.additional_properties = d
        return ws_convai_initiation_metadata

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
    global _nested_models_loaded, WsConvaiInitiationMetadataEvent
    from ..models.ws_convai_initiation_metadata_event import WsConvaiInitiationMetadataEvent  # noqa: F401

    _nested_models_loaded = True
