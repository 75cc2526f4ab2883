from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.dubbing_create_form_mode import DubbingCreateFormMode, check_dubbing_create_form_mode
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="DubbingCreateForm")


@_attrs_define
class DubbingCreateForm:
    """A file (or URL) to dub, the languages, and how to dub it. Every field is optional.

    Attributes:
        file (File | Unset): The audio or video to dub; give this or `source_url`.
        csv_file (File | Unset): Manual mode only; a CSV of speakers, timings and texts.
        foreground_audio_file (File | Unset): Manual mode only; the isolated voice track.
        background_audio_file (File | Unset): Manual mode only; the track without voices.
        name (str | Unset): Project name.
        source_url (str | Unset): Link to the media (e.g. a video page) instead of an upload.
        source_lang (str | Unset): Language code of the original speech, or `auto` to detect it. Default: 'auto'.
        target_lang (str | Unset): Language code to dub into.
        target_accent (str | Unset): Experimental hint for the accent of the dubbed speech.
        num_speakers (int | Unset): How many speakers there are; 0 lets the service detect it. Default: 0.
        watermark (bool | Unset): Put a watermark on dubbed video. Default: False.
        start_time (int | Unset): Dub from this second of the source on.
        end_time (int | Unset): Dub up to this second of the source.
        highest_resolution (bool | Unset): Keep the source video's highest resolution. Default: False.
        drop_background_audio (bool | Unset): Leave out the background sounds (good for speech-only sources). Default:
            False.
        use_profanity_filter (bool | Unset): Bleep profanity in transcripts (beta).
        dubbing_studio (bool | Unset): Make the project editable in Dubbing Studio (the resource endpoints). Default:
            False.
        disable_voice_cloning (bool | Unset): Use similar library voices instead of cloning the speakers. Default:
            False.
        mode (DubbingCreateFormMode | Unset): `automatic` or `manual` (manual needs `csv_file`). Default: 'automatic'.
        csv_fps (float | Unset): Frame rate used to read timecodes in the CSV of manual mode.
    """

    file: File | Unset = UNSET
    csv_file: File | Unset = UNSET
    foreground_audio_file: File | Unset = UNSET
    background_audio_file: File | Unset = UNSET
    name: str | Unset = UNSET
    source_url: str | Unset = UNSET
    source_lang: str | Unset = "auto"
    target_lang: str | Unset = UNSET
    target_accent: str | Unset = UNSET
    num_speakers: int | Unset = 0
    watermark: bool | Unset = False
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    highest_resolution: bool | Unset = False
    drop_background_audio: bool | Unset = False
    use_profanity_filter: bool | Unset = UNSET
    dubbing_studio: bool | Unset = False
    disable_voice_cloning: bool | Unset = False
    mode: DubbingCreateFormMode | Unset = "automatic"
    csv_fps: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        csv_file: FileTypes | Unset = UNSET
        if not isinstance(self.csv_file, Unset):
            csv_file = self.csv_file.to_tuple()

        foreground_audio_file: FileTypes | Unset = UNSET
        if not isinstance(self.foreground_audio_file, Unset):
            foreground_audio_file = self.foreground_audio_file.to_tuple()

        background_audio_file: FileTypes | Unset = UNSET
        if not isinstance(self.background_audio_file, Unset):
            background_audio_file = self.background_audio_file.to_tuple()

        name = self.name

        source_url = self.source_url

        source_lang = self.source_lang

        target_lang = self.target_lang

        target_accent = self.target_accent

        num_speakers = self.num_speakers

        watermark = self.watermark

        start_time = self.start_time

        end_time = self.end_time

        highest_resolution = self.highest_resolution

        drop_background_audio = self.drop_background_audio

        use_profanity_filter = self.use_profanity_filter

        dubbing_studio = self.dubbing_studio

        disable_voice_cloning = self.disable_voice_cloning

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        csv_fps = self.csv_fps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if csv_file is not UNSET:
            field_dict["csv_file"] = csv_file
        if foreground_audio_file is not UNSET:
            field_dict["foreground_audio_file"] = foreground_audio_file
        if background_audio_file is not UNSET:
            field_dict["background_audio_file"] = background_audio_file
        if name is not UNSET:
            field_dict["name"] = name
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if source_lang is not UNSET:
            field_dict["source_lang"] = source_lang
        if target_lang is not UNSET:
            field_dict["target_lang"] = target_lang
        if target_accent is not UNSET:
            field_dict["target_accent"] = target_accent
        if num_speakers is not UNSET:
            field_dict["num_speakers"] = num_speakers
        if watermark is not UNSET:
            field_dict["watermark"] = watermark
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if highest_resolution is not UNSET:
            field_dict["highest_resolution"] = highest_resolution
        if drop_background_audio is not UNSET:
            field_dict["drop_background_audio"] = drop_background_audio
        if use_profanity_filter is not UNSET:
            field_dict["use_profanity_filter"] = use_profanity_filter
        if dubbing_studio is not UNSET:
            field_dict["dubbing_studio"] = dubbing_studio
        if disable_voice_cloning is not UNSET:
            field_dict["disable_voice_cloning"] = disable_voice_cloning
        if mode is not UNSET:
            field_dict["mode"] = mode
        if csv_fps is not UNSET:
            field_dict["csv_fps"] = csv_fps

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.file, Unset) and self.file is not None:
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.csv_file, Unset) and self.csv_file is not None:
            files.append(("csv_file", self.csv_file.to_tuple()))

        if not isinstance(self.foreground_audio_file, Unset) and self.foreground_audio_file is not None:
            files.append(("foreground_audio_file", self.foreground_audio_file.to_tuple()))

        if not isinstance(self.background_audio_file, Unset) and self.background_audio_file is not None:
            files.append(("background_audio_file", self.background_audio_file.to_tuple()))

        if not isinstance(self.name, Unset) and self.name is not None:
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.source_url, Unset) and self.source_url is not None:
            files.append(("source_url", (None, str(self.source_url).encode(), "text/plain")))

        if not isinstance(self.source_lang, Unset) and self.source_lang is not None:
            files.append(("source_lang", (None, str(self.source_lang).encode(), "text/plain")))

        if not isinstance(self.target_lang, Unset) and self.target_lang is not None:
            files.append(("target_lang", (None, str(self.target_lang).encode(), "text/plain")))

        if not isinstance(self.target_accent, Unset) and self.target_accent is not None:
            files.append(("target_accent", (None, str(self.target_accent).encode(), "text/plain")))

        if not isinstance(self.num_speakers, Unset) and self.num_speakers is not None:
            files.append(("num_speakers", (None, str(self.num_speakers).encode(), "text/plain")))

        if not isinstance(self.watermark, Unset) and self.watermark is not None:
            files.append(("watermark", (None, b"true" if self.watermark else b"false", "text/plain")))

        if not isinstance(self.start_time, Unset) and self.start_time is not None:
            files.append(("start_time", (None, str(self.start_time).encode(), "text/plain")))

        if not isinstance(self.end_time, Unset) and self.end_time is not None:
            files.append(("end_time", (None, str(self.end_time).encode(), "text/plain")))

        if not isinstance(self.highest_resolution, Unset) and self.highest_resolution is not None:
            files.append(("highest_resolution", (None, b"true" if self.highest_resolution else b"false", "text/plain")))

        if not isinstance(self.drop_background_audio, Unset) and self.drop_background_audio is not None:
            files.append(
                ("drop_background_audio", (None, b"true" if self.drop_background_audio else b"false", "text/plain"))
            )

        if not isinstance(self.use_profanity_filter, Unset) and self.use_profanity_filter is not None:
            files.append(
                ("use_profanity_filter", (None, b"true" if self.use_profanity_filter else b"false", "text/plain"))
            )

        if not isinstance(self.dubbing_studio, Unset) and self.dubbing_studio is not None:
            files.append(("dubbing_studio", (None, b"true" if self.dubbing_studio else b"false", "text/plain")))

        if not isinstance(self.disable_voice_cloning, Unset) and self.disable_voice_cloning is not None:
            files.append(
                ("disable_voice_cloning", (None, b"true" if self.disable_voice_cloning else b"false", "text/plain"))
            )

        if not isinstance(self.mode, Unset) and self.mode is not None:
            files.append(("mode", (None, str(self.mode).encode(), "text/plain")))

        if not isinstance(self.csv_fps, Unset) and self.csv_fps is not None:
            files.append(("csv_fps", (None, str(self.csv_fps).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        _csv_file = d.pop("csv_file", UNSET)
        csv_file: File | Unset
        if isinstance(_csv_file, Unset):
            csv_file = UNSET
        else:
            csv_file = File(payload=BytesIO(_csv_file))

        _foreground_audio_file = d.pop("foreground_audio_file", UNSET)
        foreground_audio_file: File | Unset
        if isinstance(_foreground_audio_file, Unset):
            foreground_audio_file = UNSET
        else:
            foreground_audio_file = File(payload=BytesIO(_foreground_audio_file))

        _background_audio_file = d.pop("background_audio_file", UNSET)
        background_audio_file: File | Unset
        if isinstance(_background_audio_file, Unset):
            background_audio_file = UNSET
        else:
            background_audio_file = File(payload=BytesIO(_background_audio_file))

        name = d.pop("name", UNSET)

        source_url = d.pop("source_url", UNSET)

        source_lang = d.pop("source_lang", UNSET)

        target_lang = d.pop("target_lang", UNSET)

        target_accent = d.pop("target_accent", UNSET)

        num_speakers = d.pop("num_speakers", UNSET)

        watermark = d.pop("watermark", UNSET)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        highest_resolution = d.pop("highest_resolution", UNSET)

        drop_background_audio = d.pop("drop_background_audio", UNSET)

        use_profanity_filter = d.pop("use_profanity_filter", UNSET)

        dubbing_studio = d.pop("dubbing_studio", UNSET)

        disable_voice_cloning = d.pop("disable_voice_cloning", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: DubbingCreateFormMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_dubbing_create_form_mode(_mode)

        csv_fps = d.pop("csv_fps", UNSET)

        dubbing_create_form = cls(
            file=file,
            csv_file=csv_file,
            foreground_audio_file=foreground_audio_file,
            background_audio_file=background_audio_file,
            name=name,
            source_url=source_url,
            source_lang=source_lang,
            target_lang=target_lang,
            target_accent=target_accent,
            num_speakers=num_speakers,
            watermark=watermark,
            start_time=start_time,
            end_time=end_time,
            highest_resolution=highest_resolution,
            drop_background_audio=drop_background_audio,
            use_profanity_filter=use_profanity_filter,
            dubbing_studio=dubbing_studio,
            disable_voice_cloning=disable_voice_cloning,
            mode=mode,
            csv_fps=csv_fps,
        )

        dubbing_create_form.additional_properties = d
        return dubbing_create_form

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
