from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_alignment import WsAlignment


T = TypeVar("T", bound="WsAudioOutput")


@_attrs_define
class WsAudioOutput:
    """One audio frame, with its character timings when they were asked for or are ready.

    Attributes:
        audio (str): The frame's audio in the output format, base64-encoded.
        is_final (bool | None | Unset): true only on a frame that is also the last one (usually null here).
        alignment (None | Unset | WsAlignment): Timings of the text as sent.
        normalized_alignment (None | Unset | WsAlignment): Timings of the text as spoken after normalisation (numbers
            spelled out etc.).
    """

    audio: str
    is_final: bool | None | Unset = UNSET
    alignment: None | Unset | WsAlignment = UNSET
    normalized_alignment: None | Unset | WsAlignment = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        audio = self.audio

        is_final: bool | None | Unset
        if isinstance(self.is_final, Unset):
            is_final = UNSET
        else:
            is_final = self.is_final

        alignment: dict[str, Any] | None | Unset
        if isinstance(self.alignment, Unset):
            alignment = UNSET
        elif isinstance(self.alignment, WsAlignment):
            alignment = self.alignment.to_dict()
        else:
            alignment = self.alignment

        normalized_alignment: dict[str, Any] | None | Unset
        if isinstance(self.normalized_alignment, Unset):
            normalized_alignment = UNSET
        elif isinstance(self.normalized_alignment, WsAlignment):
            normalized_alignment = self.normalized_alignment.to_dict()
        else:
            normalized_alignment = self.normalized_alignment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
            }
        )
        if is_final is not UNSET:
            field_dict["isFinal"] = is_final
        if alignment is not UNSET:
            field_dict["alignment"] = alignment
        if normalized_alignment is not UNSET:
            field_dict["normalizedAlignment"] = normalized_alignment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        audio = d.pop("audio")

        def _parse_is_final(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_final = _parse_is_final(d.pop("isFinal", UNSET))

        def _parse_alignment(data: object) -> None | Unset | WsAlignment:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                alignment_type_0 = WsAlignment.from_dict(data)

                return alignment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WsAlignment, data)

        alignment = _parse_alignment(d.pop("alignment", UNSET))

        def _parse_normalized_alignment(data: object) -> None | Unset | WsAlignment:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                normalized_alignment_type_0 = WsAlignment.from_dict(data)

                return normalized_alignment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WsAlignment, data)

        normalized_alignment = _parse_normalized_alignment(d.pop("normalizedAlignment", UNSET))

        ws_audio_output = cls(
            audio=audio,
            is_final=is_final,
            alignment=alignment,
            normalized_alignment=normalized_alignment,
        )

        ws_audio_output.additional_properties = d
        return ws_audio_output

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
    global _nested_models_loaded, WsAlignment
    from ..models.ws_alignment import WsAlignment  # noqa: F401

    _nested_models_loaded = True
