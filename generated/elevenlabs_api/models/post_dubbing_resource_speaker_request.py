from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostDubbingResourceSpeakerRequest")


@_attrs_define
class PostDubbingResourceSpeakerRequest:
    """
    Attributes:
        speaker_name (None | str | Unset):
        voice_id (None | str | Unset):
        voice_stability (float | None | Unset):
        voice_similarity (float | None | Unset):
        voice_style (float | None | Unset):
    """

    speaker_name: None | str | Unset = UNSET
    voice_id: None | str | Unset = UNSET
    voice_stability: float | None | Unset = UNSET
    voice_similarity: float | None | Unset = UNSET
    voice_style: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        speaker_name: None | str | Unset
        if isinstance(self.speaker_name, Unset):
            speaker_name = UNSET
        else:
            speaker_name = self.speaker_name

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self.voice_id

        voice_stability: float | None | Unset
        if isinstance(self.voice_stability, Unset):
            voice_stability = UNSET
        else:
            voice_stability = self.voice_stability

        voice_similarity: float | None | Unset
        if isinstance(self.voice_similarity, Unset):
            voice_similarity = UNSET
        else:
            voice_similarity = self.voice_similarity

        voice_style: float | None | Unset
        if isinstance(self.voice_style, Unset):
            voice_style = UNSET
        else:
            voice_style = self.voice_style

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if speaker_name is not UNSET:
            field_dict["speaker_name"] = speaker_name
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if voice_stability is not UNSET:
            field_dict["voice_stability"] = voice_stability
        if voice_similarity is not UNSET:
            field_dict["voice_similarity"] = voice_similarity
        if voice_style is not UNSET:
            field_dict["voice_style"] = voice_style

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_speaker_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        speaker_name = _parse_speaker_name(d.pop("speaker_name", UNSET))

        def _parse_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_id = _parse_voice_id(d.pop("voice_id", UNSET))

        def _parse_voice_stability(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        voice_stability = _parse_voice_stability(d.pop("voice_stability", UNSET))

        def _parse_voice_similarity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        voice_similarity = _parse_voice_similarity(d.pop("voice_similarity", UNSET))

        def _parse_voice_style(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        voice_style = _parse_voice_style(d.pop("voice_style", UNSET))

        post_dubbing_resource_speaker_request = cls(
            speaker_name=speaker_name,
            voice_id=voice_id,
            voice_stability=voice_stability,
            voice_similarity=voice_similarity,
            voice_style=voice_style,
        )

        post_dubbing_resource_speaker_request.additional_properties = d
        return post_dubbing_resource_speaker_request

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
