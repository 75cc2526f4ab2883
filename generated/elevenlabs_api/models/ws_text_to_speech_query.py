from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ws_output_format import WsOutputFormat, check_ws_output_format
from ..models.ws_text_normalization import WsTextNormalization, check_ws_text_normalization
from ..types import UNSET, Unset

T = TypeVar("T", bound="WsTextToSpeechQuery")


@_attrs_define
class WsTextToSpeechQuery:
    """Query parameters of both text-to-speech sockets. Leave one out for the service's default.

    Attributes:
        model_id (str | Unset): The model to synthesise with, e.g. `eleven_flash_v2_5`.
        language_code (str | Unset): ISO 639-1 code of the language to speak, for models that take one.
        enable_logging (bool | Unset): false asks the service not to keep the text and audio (zero retention; enterprise
            only). Default: True.
        enable_ssml_parsing (bool | Unset): Read SSML tags in the text instead of speaking them. Default: False.
        output_format (WsOutputFormat | Unset): Audio encoding of the frames, spelled codec_samplerate[_bitrate]; the
            service's default is mp3_44100_128.
        inactivity_timeout (int | Unset): Seconds without a message after which the service ends the stream (or, on
            multi-stream-input, the context). Default: 20.
        sync_alignment (bool | Unset): Send character timings with every audio frame rather than only when they are
            ready. Default: False.
        auto_mode (bool | Unset): Skip the chunk schedule and buffering to answer sooner; meant for text sent as whole
            sentences. Default: False.
        apply_text_normalization (WsTextNormalization | Unset): Whether numbers, dates etc. are spelled out before
            speaking; `auto` (the default) lets the service decide.
        seed (int | Unset): Repeat a generation as closely as the service can (best effort).
        authorization (str | Unset): A single-use bearer token, for clients that must not hold the key (browsers). Never
            the API key.
    """

    model_id: str | Unset = UNSET
    language_code: str | Unset = UNSET
    enable_logging: bool | Unset = True
    enable_ssml_parsing: bool | Unset = False
    output_format: WsOutputFormat | Unset = UNSET
    inactivity_timeout: int | Unset = 20
    sync_alignment: bool | Unset = False
    auto_mode: bool | Unset = False
    apply_text_normalization: WsTextNormalization | Unset = UNSET
    seed: int | Unset = UNSET
    authorization: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        language_code = self.language_code

        enable_logging = self.enable_logging

        enable_ssml_parsing = self.enable_ssml_parsing

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        inactivity_timeout = self.inactivity_timeout

        sync_alignment = self.sync_alignment

        auto_mode = self.auto_mode

        apply_text_normalization: str | Unset = UNSET
        if not isinstance(self.apply_text_normalization, Unset):
            apply_text_normalization = self.apply_text_normalization

        seed = self.seed

        authorization = self.authorization

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if enable_logging is not UNSET:
            field_dict["enable_logging"] = enable_logging
        if enable_ssml_parsing is not UNSET:
            field_dict["enable_ssml_parsing"] = enable_ssml_parsing
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if inactivity_timeout is not UNSET:
            field_dict["inactivity_timeout"] = inactivity_timeout
        if sync_alignment is not UNSET:
            field_dict["sync_alignment"] = sync_alignment
        if auto_mode is not UNSET:
            field_dict["auto_mode"] = auto_mode
        if apply_text_normalization is not UNSET:
            field_dict["apply_text_normalization"] = apply_text_normalization
        if seed is not UNSET:
            field_dict["seed"] = seed
        if authorization is not UNSET:
            field_dict["authorization"] = authorization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_id = d.pop("model_id", UNSET)

        language_code = d.pop("language_code", UNSET)

        enable_logging = d.pop("enable_logging", UNSET)

        enable_ssml_parsing = d.pop("enable_ssml_parsing", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: WsOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_ws_output_format(_output_format)

        inactivity_timeout = d.pop("inactivity_timeout", UNSET)

        sync_alignment = d.pop("sync_alignment", UNSET)

        auto_mode = d.pop("auto_mode", UNSET)

        _apply_text_normalization = d.pop("apply_text_normalization", UNSET)
        apply_text_normalization: WsTextNormalization | Unset
        if isinstance(_apply_text_normalization, Unset):
            apply_text_normalization = UNSET
        else:
            apply_text_normalization = check_ws_text_normalization(_apply_text_normalization)

        seed = d.pop("seed", UNSET)

        authorization = d.pop("authorization", UNSET)

        ws_text_to_speech_query = cls(
            model_id=model_id,
            language_code=language_code,
            enable_logging=enable_logging,
            enable_ssml_parsing=enable_ssml_parsing,
            output_format=output_format,
            inactivity_timeout=inactivity_timeout,
            sync_alignment=sync_alignment,
            auto_mode=auto_mode,
            apply_text_normalization=apply_text_normalization,
            seed=seed,
            authorization=authorization,
        )

        return ws_text_to_speech_query
