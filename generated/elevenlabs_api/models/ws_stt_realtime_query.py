from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.ws_stt_audio_format import WsSttAudioFormat, check_ws_stt_audio_format
from ..models.ws_stt_commit_strategy import WsSttCommitStrategy, check_ws_stt_commit_strategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="WsSttRealtimeQuery")


@_attrs_define
class WsSttRealtimeQuery:
    """Query parameters of the realtime speech-to-text socket. Leave one out for the service's default.

    Attributes:
        model_id (str | Unset): The realtime transcription model, e.g. `scribe_v2_realtime`.
        token (str | Unset): A single-use token from `POST /v1/single-use-token/realtime_scribe`, instead of the API
            key. Never the API key.
        audio_format (WsSttAudioFormat | Unset): Encoding of the audio in the chunks, all mono; `pcm_*` is 16-bit
            little-endian at the rate named. The default is pcm_16000.
        language_code (str | Unset): ISO 639-1 or 639-3 code of the spoken language; detected when left out.
        commit_strategy (WsSttCommitStrategy | Unset): Who ends a segment. `manual` (the default): the client, with
            `commit: true`. `vad`: the
            service, after the silence the VAD parameters describe. `turn_prediction`: the service,
            when it predicts the speaker has finished their turn.
        vad_silence_threshold_secs (float | Unset): With `vad`, how many seconds of silence after speech end a segment.
        vad_threshold (float | Unset): With `vad`, how sure the detector must be that a frame is speech; higher ignores
            more background sound.
        min_speech_duration_ms (int | Unset): With `vad`, speech shorter than this does not count as speech.
        min_silence_duration_ms (int | Unset): With `vad`, silence shorter than this does not interrupt speech.
        include_timestamps (bool | Unset): Also send every committed segment with word timings
            (`committed_transcript_with_timestamps`). Default: False.
        include_language_detection (bool | Unset): Report the detected language with committed segments. Default: False.
        enable_logging (bool | Unset): false asks the service not to keep the audio and text (zero retention; enterprise
            only). Default: True.
        no_verbatim (bool | Unset): Leave filler words, false starts and stammering out of the text. Default: False.
        keyterms (list[str] | Unset): Words or short phrases to favour (repeat the parameter for each).
    """

    model_id: str | Unset = UNSET
    token: str | Unset = UNSET
    audio_format: WsSttAudioFormat | Unset = UNSET
    language_code: str | Unset = UNSET
    commit_strategy: WsSttCommitStrategy | Unset = UNSET
    vad_silence_threshold_secs: float | Unset = UNSET
    vad_threshold: float | Unset = UNSET
    min_speech_duration_ms: int | Unset = UNSET
    min_silence_duration_ms: int | Unset = UNSET
    include_timestamps: bool | Unset = False
    include_language_detection: bool | Unset = False
    enable_logging: bool | Unset = True
    no_verbatim: bool | Unset = False
    keyterms: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        token = self.token

        audio_format: str | Unset = UNSET
        if not isinstance(self.audio_format, Unset):
            audio_format = self.audio_format

        language_code = self.language_code

        commit_strategy: str | Unset = UNSET
        if not isinstance(self.commit_strategy, Unset):
            commit_strategy = self.commit_strategy

        vad_silence_threshold_secs = self.vad_silence_threshold_secs

        vad_threshold = self.vad_threshold

        min_speech_duration_ms = self.min_speech_duration_ms

        min_silence_duration_ms = self.min_silence_duration_ms

        include_timestamps = self.include_timestamps

        include_language_detection = self.include_language_detection

        enable_logging = self.enable_logging

        no_verbatim = self.no_verbatim

        keyterms: list[str] | Unset = UNSET
        if not isinstance(self.keyterms, Unset):
            keyterms = self.keyterms

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if token is not UNSET:
            field_dict["token"] = token
        if audio_format is not UNSET:
            field_dict["audio_format"] = audio_format
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

        token = d.pop("token", UNSET)

        _audio_format = d.pop("audio_format", UNSET)
        audio_format: WsSttAudioFormat | Unset
        if isinstance(_audio_format, Unset):
            audio_format = UNSET
        else:
            audio_format = check_ws_stt_audio_format(_audio_format)

        language_code = d.pop("language_code", UNSET)

        _commit_strategy = d.pop("commit_strategy", UNSET)
        commit_strategy: WsSttCommitStrategy | Unset
        if isinstance(_commit_strategy, Unset):
            commit_strategy = UNSET
        else:
            commit_strategy = check_ws_stt_commit_strategy(_commit_strategy)

        vad_silence_threshold_secs = d.pop("vad_silence_threshold_secs", UNSET)

        vad_threshold = d.pop("vad_threshold", UNSET)

        min_speech_duration_ms = d.pop("min_speech_duration_ms", UNSET)

        min_silence_duration_ms = d.pop("min_silence_duration_ms", UNSET)

        include_timestamps = d.pop("include_timestamps", UNSET)

        include_language_detection = d.pop("include_language_detection", UNSET)

        enable_logging = d.pop("enable_logging", UNSET)

        no_verbatim = d.pop("no_verbatim", UNSET)

        keyterms = cast(list[str], d.pop("keyterms", UNSET))

        ws_stt_realtime_query = cls(
            model_id=model_id,
            token=token,
            audio_format=audio_format,
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

        return ws_stt_realtime_query
