from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_convai_alignment import WsConvaiAlignment


T = TypeVar("T", bound="WsConvaiAudioEvent")


@_attrs_define
class WsConvaiAudioEvent:
    """
    Attributes:
        audio_base_64 (str): The chunk in `agent_output_audio_format`, base64-encoded.
        event_id (int): Grows with every agent turn; chunks at or below an interruption's `event_id` are stale.
        alignment (None | Unset | WsConvaiAlignment):
    """

    audio_base_64: str
    event_id: int
    alignment: None | Unset | WsConvaiAlignment = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        audio_base_64 = self.audio_base_64

        event_id = self.event_id

        alignment: dict[str, Any] | None | Unset
        if isinstance(self.alignment, Unset):
            alignment = UNSET
        elif isinstance(self.alignment, WsConvaiAlignment):
            alignment = self.alignment.to_dict()
        else:
            alignment = self.alignment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio_base_64": audio_base_64,
                "event_id": event_id,
            }
        )
        if alignment is not UNSET:
            field_dict["alignment"] = alignment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        audio_base_64 = d.pop("audio_base_64")

        event_id = d.pop("event_id")

        def _parse_alignment(data: object) -> None | Unset | WsConvaiAlignment:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                alignment_type_0 = WsConvaiAlignment.from_dict(data)

                return alignment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WsConvaiAlignment, data)

        alignment = _parse_alignment(d.pop("alignment", UNSET))

        ws_convai_audio_event = cls(
            audio_base_64=audio_base_64,
            event_id=event_id,
            alignment=alignment,
        )

        ws_convai_audio_event.additional_properties = d
        return ws_convai_audio_event

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
    global _nested_models_loaded, WsConvaiAlignment
    from ..models.ws_convai_alignment import WsConvaiAlignment  # noqa: F401

    _nested_models_loaded = True
