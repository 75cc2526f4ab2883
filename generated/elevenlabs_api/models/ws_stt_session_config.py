from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsSttSessionConfig")


@_attrs_define
class WsSttSessionConfig:
    """The settings the session runs with, defaults filled in.

    Attributes:
        model_id (str | Unset):
        audio_format (str | Unset):
        sample_rate (int | Unset):
        language_code (None | str | Unset):
        commit_strategy (str | Unset):
        vad_silence_threshold_secs (float | None | Unset):
        vad_threshold (float | None | Unset):
        min_speech_duration_ms (int | None | Unset):
        min_silence_duration_ms (int | None | Unset):
        include_timestamps (bool | None | Unset):
        include_language_detection (bool | None | Unset):
        enable_logging (bool | None | Unset):
        no_verbatim (bool | None | Unset):
        keyterms (list[str] | None | Unset):
    """

    model_id: str | Unset = UNSET
    audio_format: str | Unset = UNSET
    sample_rate: int | Unset = UNSET
    language_code: None | str | Unset = UNSET
    commit_strategy: str | Unset = UNSET
    vad_silence_threshold_secs: float | None | Unset = UNSET
    vad_threshold: float | None | Unset = UNSET
    min_speech_duration_ms: int | None | Unset = UNSET
    min_silence_duration_ms: int | None | Unset = UNSET
    include_timestamps: bool | None | Unset = UNSET
    include_language_detection: bool | None | Unset = UNSET
    enable_logging: bool | None | Unset = UNSET
    no_verbatim: bool | None | Unset = UNSET
    keyterms: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        audio_format = self.audio_format

        sample_rate = self.sample_rate

        language_code: None | str | Unset
        if isinstance(self.language_code, Unset):
            language_code = UNSET
        else:
            language_code = self.language_code

        commit_strategy = self.commit_strategy

        vad_silence_threshold_secs: float | None | Unset
        if isinstance(self.vad_silence_threshold_secs, Unset):
            vad_silence_threshold_secs = UNSET
        else:
            vad_silence_threshold_secs = self.vad_silence_threshold_secs

        vad_threshold: float | None | Unset
        if isinstance(self.vad_threshold, Unset):
            vad_threshold = UNSET
        else:
            vad_threshold = self.vad_threshold

        min_speech_duration_ms: int | None | Unset
        if isinstance(self.min_speech_duration_ms, Unset):
            min_speech_duration_ms = UNSET
        else:
            min_speech_duration_ms = self.min_speech_duration_ms

        min_silence_duration_ms: int | None | Unset
        if isinstance(self.min_silence_duration_ms, Unset):
            min_silence_duration_ms = UNSET
        else:
            min_silence_duration_ms = self.min_silence_duration_ms

        include_timestamps: bool | None | Unset
        if isinstance(self.include_timestamps, Unset):
            include_timestamps = UNSET
        else:
            include_timestamps = self.include_timestamps

        include_language_detection: bool | None | Unset
        if isinstance(self.include_language_detection, Unset):
            include_language_detection = UNSET
        else:
            include_language_detection = self.include_language_detection

        enable_logging: bool | None | Unset
        if isinstance(self.enable_logging, Unset):
            enable_logging = UNSET
        else:
            enable_logging = self.enable_logging

        no_verbatim: bool | None | Unset
        if isinstance(self.no_verbatim, Unset):
            no_verbatim = UNSET
        else:
            no_verbatim = self.no_verbatim

        keyterms: list[str] | None | Unset
        if isinstance(self.keyterms, Unset):
            keyterms = UNSET
        elif isinstance(self.keyterms, list):
            keyterms = self.keyterms

        else:
            keyterms = self.keyterms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if audio_format is not UNSET:
            field_dict["audio_format"] = audio_format
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if commit_strategy is not UNSET:
            field_dict["commit_strategy"] = commit_strategy
        if vad_silence_threshold_secs is not UNSET:
            field_dict["vad_silence_threshold_secs"] = vad_silence_threshold_secs
        if vad_threshold is not UNSET:
            field_dict["vad_threshold"] = vad_threshold
        if min_speech_duration_ms is not UNSET:
            field_dict["min_speech_duration_ms"] = min_speech_duration_ms
        if min_silence_duration_ms is not UNSET:
            field_dict["min_silence_duration_ms"] = min_silence_duration_ms
        if include_timestamps is not UNSET:
            field_dict["include_timestamps"] = include_timestamps
        if include_language_detection is not UNSET:
            field_dict["include_language_detection"] = include_language_detection
        if enable_logging is not UNSET:
            field_dict["enable_logging"] = enable_logging
        if no_verbatim is not UNSET:
            field_dict["no_verbatim"] = no_verbatim
        if keyterms is not UNSET:
            field_dict["keyterms"] = keyterms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_id = d.pop("model_id", UNSET)

        audio_format = d.pop("audio_format", UNSET)

        sample_rate = d.pop("sample_rate", UNSET)

        def _parse_language_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language_code = _parse_language_code(d.pop("language_code", UNSET))

        commit_strategy = d.pop("commit_strategy", UNSET)

        def _parse_vad_silence_threshold_secs(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        vad_silence_threshold_secs = _parse_vad_silence_threshold_secs(d.pop("vad_silence_threshold_secs", UNSET))

        def _parse_vad_threshold(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        vad_threshold = _parse_vad_threshold(d.pop("vad_threshold", UNSET))

        def _parse_min_speech_duration_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_speech_duration_ms = _parse_min_speech_duration_ms(d.pop("min_speech_duration_ms", UNSET))

        def _parse_min_silence_duration_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_silence_duration_ms = _parse_min_silence_duration_ms(d.pop("min_silence_duration_ms", UNSET))

        def _parse_include_timestamps(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        include_timestamps = _parse_include_timestamps(d.pop("include_timestamps", UNSET))

        def _parse_include_language_detection(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        include_language_detection = _parse_include_language_detection(d.pop("include_language_detection", UNSET))

        def _parse_enable_logging(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_logging = _parse_enable_logging(d.pop("enable_logging", UNSET))

        def _parse_no_verbatim(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        no_verbatim = _parse_no_verbatim(d.pop("no_verbatim", UNSET))

        def _parse_keyterms(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                keyterms_type_0 = cast(list[str], data)

                return keyterms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        keyterms = _parse_keyterms(d.pop("keyterms", UNSET))

        ws_stt_session_config = cls(
            model_id=model_id,
            audio_format=audio_format,
            sample_rate=sample_rate,
            language_code=language_code,
            commit_strategy=commit_strategy,
            vad_silence_threshold_secs=vad_silence_threshold_secs,
            vad_threshold=vad_threshold,
            min_speech_duration_ms=min_speech_duration_ms,
            min_silence_duration_ms=min_silence_duration_ms,
            include_timestamps=include_timestamps,
            include_language_detection=include_language_detection,
            enable_logging=enable_logging,
            no_verbatim=no_verbatim,
            keyterms=keyterms,
        )

        ws_stt_session_config.additional_properties = d
        return ws_stt_session_config

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
