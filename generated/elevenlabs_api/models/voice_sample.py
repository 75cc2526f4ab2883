from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.speaker_separation import SpeakerSeparation


T = TypeVar("T", bound="VoiceSample")


@_attrs_define
class VoiceSample:
    """One uploaded recording of a voice.

    Attributes:
        sample_id (str):
        file_name (str):
        mime_type (str):
        size_bytes (int):
        hash_ (str): Content hash of the file.
        duration_secs (float | None | Unset):
        remove_background_noise (bool | None | Unset):
        has_isolated_audio (bool | None | Unset):
        has_isolated_audio_preview (bool | None | Unset):
        speaker_separation (None | SpeakerSeparation | Unset):
        trim_start (int | None | Unset):
        trim_end (int | None | Unset):
    """

    sample_id: str
    file_name: str
    mime_type: str
    size_bytes: int
    hash_: str
    duration_secs: float | None | Unset = UNSET
    remove_background_noise: bool | None | Unset = UNSET
    has_isolated_audio: bool | None | Unset = UNSET
    has_isolated_audio_preview: bool | None | Unset = UNSET
    speaker_separation: None | SpeakerSeparation | Unset = UNSET
    trim_start: int | None | Unset = UNSET
    trim_end: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        sample_id = self.sample_id

        file_name = self.file_name

        mime_type = self.mime_type

        size_bytes = self.size_bytes

        hash_ = self.hash_

        duration_secs: float | None | Unset
        if isinstance(self.duration_secs, Unset):
            duration_secs = UNSET
        else:
            duration_secs = self.duration_secs

        remove_background_noise: bool | None | Unset
        if isinstance(self.remove_background_noise, Unset):
            remove_background_noise = UNSET
        else:
            remove_background_noise = self.remove_background_noise

        has_isolated_audio: bool | None | Unset
        if isinstance(self.has_isolated_audio, Unset):
            has_isolated_audio = UNSET
        else:
            has_isolated_audio = self.has_isolated_audio

        has_isolated_audio_preview: bool | None | Unset
        if isinstance(self.has_isolated_audio_preview, Unset):
            has_isolated_audio_preview = UNSET
        else:
            has_isolated_audio_preview = self.has_isolated_audio_preview

        speaker_separation: dict[str, Any] | None | Unset
        if isinstance(self.speaker_separation, Unset):
            speaker_separation = UNSET
        elif isinstance(self.speaker_separation, SpeakerSeparation):
            speaker_separation = self.speaker_separation.to_dict()
        else:
            speaker_separation = self.speaker_separation

        trim_start: int | None | Unset
        if isinstance(self.trim_start, Unset):
            trim_start = UNSET
        else:
            trim_start = self.trim_start

        trim_end: int | None | Unset
        if isinstance(self.trim_end, Unset):
            trim_end = UNSET
        else:
            trim_end = self.trim_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sample_id": sample_id,
                "file_name": file_name,
                "mime_type": mime_type,
                "size_bytes": size_bytes,
                "hash": hash_,
            }
        )
        if duration_secs is not UNSET:
            field_dict["duration_secs"] = duration_secs
        if remove_background_noise is not UNSET:
            field_dict["remove_background_noise"] = remove_background_noise
        if has_isolated_audio is not UNSET:
            field_dict["has_isolated_audio"] = has_isolated_audio
        if has_isolated_audio_preview is not UNSET:
            field_dict["has_isolated_audio_preview"] = has_isolated_audio_preview
        if speaker_separation is not UNSET:
            field_dict["speaker_separation"] = speaker_separation
        if trim_start is not UNSET:
            field_dict["trim_start"] = trim_start
        if trim_end is not UNSET:
            field_dict["trim_end"] = trim_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        sample_id = d.pop("sample_id")

        file_name = d.pop("file_name")

        mime_type = d.pop("mime_type")

        size_bytes = d.pop("size_bytes")

        hash_ = d.pop("hash")

        def _parse_duration_secs(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration_secs = _parse_duration_secs(d.pop("duration_secs", UNSET))

        def _parse_remove_background_noise(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        remove_background_noise = _parse_remove_background_noise(d.pop("remove_background_noise", UNSET))

        def _parse_has_isolated_audio(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_isolated_audio = _parse_has_isolated_audio(d.pop("has_isolated_audio", UNSET))

        def _parse_has_isolated_audio_preview(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_isolated_audio_preview = _parse_has_isolated_audio_preview(d.pop("has_isolated_audio_preview", UNSET))

        def _parse_speaker_separation(data: object) -> None | SpeakerSeparation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                speaker_separation_type_0 = SpeakerSeparation.from_dict(data)

                return speaker_separation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SpeakerSeparation | Unset, data)

        speaker_separation = _parse_speaker_separation(d.pop("speaker_separation", UNSET))

        def _parse_trim_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trim_start = _parse_trim_start(d.pop("trim_start", UNSET))

        def _parse_trim_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trim_end = _parse_trim_end(d.pop("trim_end", UNSET))

        voice_sample = cls(
            sample_id=sample_id,
            file_name=file_name,
            mime_type=mime_type,
            size_bytes=size_bytes,
            hash_=hash_,
            duration_secs=duration_secs,
            remove_background_noise=remove_background_noise,
            has_isolated_audio=has_isolated_audio,
            has_isolated_audio_preview=has_isolated_audio_preview,
            speaker_separation=speaker_separation,
            trim_start=trim_start,
            trim_end=trim_end,
        )

        voice_sample.additional_properties = d
        return voice_sample

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
    global _nested_models_loaded, SpeakerSeparation
    from ..models.speaker_separation import SpeakerSeparation  # noqa: F401

    _nested_models_loaded = True
