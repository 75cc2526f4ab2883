from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ws_convai_user_transcript_event import WsConvaiUserTranscriptEvent


T = TypeVar("T", bound="WsConvaiUserTranscript")


@_attrs_define
class WsConvaiUserTranscript:
    """What the service heard the user say in one turn.

    Attributes:
        type_ (Literal['user_transcript']):
        user_transcription_event (WsConvaiUserTranscriptEvent):
    """

    type_: Literal["user_transcript"]
    user_transcription_event: WsConvaiUserTranscriptEvent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        user_transcription_event = self.user_transcription_event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "user_transcription_event": user_transcription_event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["user_transcript"], d.pop("type"))
        if type_ != "user_transcript":
            raise ValueError(f"type must match const 'user_transcript', got '{type_}'")

        user_transcription_event = WsConvaiUserTranscriptEvent.from_dict(d.pop("user_transcription_event"))

        ws_convai_user_transcript = cls(
            type_=type_,
            user_transcription_event=user_transcription_event,
        )

        ws_convai_user_transcript.additional_properties = d
        return ws_convai_user_transcript

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
    global _nested_models_loaded, WsConvaiUserTranscriptEvent
    from ..models.ws_convai_user_transcript_event import WsConvaiUserTranscriptEvent  # noqa: F401

    _nested_models_loaded = True
