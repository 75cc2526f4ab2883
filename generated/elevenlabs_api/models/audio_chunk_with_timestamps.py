from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.character_alignment import CharacterAlignment


T = TypeVar("T", bound="AudioChunkWithTimestamps")


@_attrs_define
class AudioChunkWithTimestamps:
    """One line of the with-timestamps stream; alignments cover only this chunk.

    Attributes:
        audio_base64 (str): This chunk's audio, base64-encoded.
        alignment (CharacterAlignment | None | Unset): Timings for the original text in this chunk.
        normalized_alignment (CharacterAlignment | None | Unset): Timings for the normalised text in this chunk.
    """

    audio_base64: str
    alignment: CharacterAlignment | None | Unset = UNSET
    normalized_alignment: CharacterAlignment | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        audio_base64 = self.audio_base64

        alignment: dict[str, Any] | None | Unset
        if isinstance(self.alignment, Unset):
            alignment = UNSET
        elif isinstance(self.alignment, CharacterAlignment):
            alignment = self.alignment.to_dict()
        else:
            alignment = self.alignment

        normalized_alignment: dict[str, Any] | None | Unset
        if isinstance(self.normalized_alignment, Unset):
            normalized_alignment = UNSET
        elif isinstance(self.normalized_alignment, CharacterAlignment):
            normalized_alignment = self.normalized_alignment.to_dict()
        else:
            normalized_alignment = self.normalized_alignment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio_base64": audio_base64,
            }
        )
        if alignment is not UNSET:
            field_dict["alignment"] = alignment
        if normalized_alignment is not UNSET:
            field_dict["normalized_alignment"] = normalized_alignment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        audio_base64 = d.pop("audio_base64")

        def _parse_alignment(data: object) -> CharacterAlignment | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                alignment_type_0 = CharacterAlignment.from_dict(data)

                return alignment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CharacterAlignment | None | Unset, data)

        alignment = _parse_alignment(d.pop("alignment", UNSET))

        def _parse_normalized_alignment(data: object) -> CharacterAlignment | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                normalized_alignment_type_0 = CharacterAlignment.from_dict(data)

                return normalized_alignment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CharacterAlignment | None | Unset, data)

        normalized_alignment = _parse_normalized_alignment(d.pop("normalized_alignment", UNSET))

        audio_chunk_with_timestamps = cls(
            audio_base64=audio_base64,
            alignment=alignment,
            normalized_alignment=normalized_alignment,
        )

        audio_chunk_with_timestamps.additional_properties = d
        return audio_chunk_with_timestamps

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
    global _nested_models_loaded, CharacterAlignment
    from ..models.character_alignment import CharacterAlignment  # noqa: F401

    _nested_models_loaded = True
