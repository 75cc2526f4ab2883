from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.input_file_format import InputFileFormat, check_input_file_format
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="SpeechToSpeechForm")


@_attrs_define
class SpeechToSpeechForm:
    """Multipart body of the voice changer endpoints.

    Attributes:
        audio (File): Recording whose content and delivery drive the output.
        model_id (str | Unset): A model able to do speech to speech. Default: 'eleven_english_sts_v2'.
        voice_settings (str | Unset): `VoiceSettings` as a JSON-encoded string, overriding the stored ones for this
            request.
        seed (int | Unset): Best-effort determinism.
        remove_background_noise (bool | Unset): Run audio isolation on the input first. Default: False.
        file_format (InputFileFormat | Unset): `pcm_s16le_16` = raw 16-bit little-endian mono PCM at 16 kHz (lower
            latency); `other` = any encoded audio. Default: 'other'.
    """

    audio: File
    model_id: str | Unset = "eleven_english_sts_v2"
    voice_settings: str | Unset = UNSET
    seed: int | Unset = UNSET
    remove_background_noise: bool | Unset = False
    file_format: InputFileFormat | Unset = "other"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio.to_tuple()

        model_id = self.model_id

        voice_settings = self.voice_settings

        seed = self.seed

        remove_background_noise = self.remove_background_noise

        file_format: str | Unset = UNSET
        if not isinstance(self.file_format, Unset):
            file_format = self.file_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
            }
        )
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if seed is not UNSET:
            field_dict["seed"] = seed
        if remove_background_noise is not UNSET:
            field_dict["remove_background_noise"] = remove_background_noise
        if file_format is not UNSET:
            field_dict["file_format"] = file_format

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.audio, Unset) and self.audio is not None:
            files.append(("audio", self.audio.to_tuple()))

        if not isinstance(self.model_id, Unset) and self.model_id is not None:
            files.append(("model_id", (None, str(self.model_id).encode(), "text/plain")))

        if not isinstance(self.voice_settings, Unset) and self.voice_settings is not None:
            files.append(("voice_settings", (None, str(self.voice_settings).encode(), "text/plain")))

        if not isinstance(self.seed, Unset) and self.seed is not None:
            files.append(("seed", (None, str(self.seed).encode(), "text/plain")))

        if not isinstance(self.remove_background_noise, Unset) and self.remove_background_noise is not None:
            files.append(
                ("remove_background_noise", (None, b"true" if self.remove_background_noise else b"false", "text/plain"))
            )

        if not isinstance(self.file_format, Unset) and self.file_format is not None:
            files.append(("file_format", (None, str(self.file_format).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio = File(payload=BytesIO(d.pop("audio")))

        model_id = d.pop("model_id", UNSET)

        voice_settings = d.pop("voice_settings", UNSET)

        seed = d.pop("seed", UNSET)

        remove_background_noise = d.pop("remove_background_noise", UNSET)

        _file_format = d.pop("file_format", UNSET)
        file_format: InputFileFormat | Unset
        if isinstance(_file_format, Unset):
            file_format = UNSET
        else:
            file_format = check_input_file_format(_file_format)

        speech_to_speech_form = cls(
            audio=audio,
            model_id=model_id,
            voice_settings=voice_settings,
            seed=seed,
            remove_background_noise=remove_background_noise,
            file_format=file_format,
        )

        speech_to_speech_form.additional_properties = d
        return speech_to_speech_form

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
