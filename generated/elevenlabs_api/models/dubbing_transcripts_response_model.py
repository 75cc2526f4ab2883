from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dubbing_transcripts_response_model_transcript_format import (
    DubbingTranscriptsResponseModelTranscriptFormat,
    check_dubbing_transcripts_response_model_transcript_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dubbing_transcript import DubbingTranscript


T = TypeVar("T", bound="DubbingTranscriptsResponseModel")


@_attrs_define
class DubbingTranscriptsResponseModel:
    """
    Attributes:
        transcript_format (DubbingTranscriptsResponseModelTranscriptFormat):
        srt (None | str | Unset):
        webvtt (None | str | Unset):
        json (DubbingTranscript | None | Unset):
    """

    transcript_format: DubbingTranscriptsResponseModelTranscriptFormat
    srt: None | str | Unset = UNSET
    webvtt: None | str | Unset = UNSET
    json: DubbingTranscript | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        transcript_format: str = self.transcript_format

        srt: None | str | Unset
        if isinstance(self.srt, Unset):
            srt = UNSET
        else:
            srt = self.srt

        webvtt: None | str | Unset
        if isinstance(self.webvtt, Unset):
            webvtt = UNSET
        else:
            webvtt = self.webvtt

        json: dict[str, Any] | None | Unset
        if isinstance(self.json, Unset):
            json = UNSET
        elif isinstance(self.json, DubbingTranscript):
            json = self.json.to_dict()
        else:
            json = self.json

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transcript_format": transcript_format,
            }
        )
        if srt is not UNSET:
            field_dict["srt"] = srt
        if webvtt is not UNSET:
            field_dict["webvtt"] = webvtt
        if json is not UNSET:
            field_dict["json"] = json

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        transcript_format = check_dubbing_transcripts_response_model_transcript_format(d.pop("transcript_format"))

        def _parse_srt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        srt = _parse_srt(d.pop("srt", UNSET))

        def _parse_webvtt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webvtt = _parse_webvtt(d.pop("webvtt", UNSET))

        def _parse_json(data: object) -> DubbingTranscript | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                json_type_0 = DubbingTranscript.from_dict(data)

                return json_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DubbingTranscript | None | Unset, data)

        json = _parse_json(d.pop("json", UNSET))

        dubbing_transcripts_response_model = cls(
            transcript_format=transcript_format,
            srt=srt,
            webvtt=webvtt,
            json=json,
        )

        dubbing_transcripts_response_model.additional_properties = d
        return dubbing_transcripts_response_model

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
    global _nested_models_loaded, DubbingTranscript
    from ..models.dubbing_transcript import DubbingTranscript  # noqa: F401

    _nested_models_loaded = True
