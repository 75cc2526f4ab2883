from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_design_model import VoiceDesignModel, check_voice_design_model
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceDesignRequest")


@_attrs_define
class VoiceDesignRequest:
    """A voice prompt and generation settings for the design call.

    Attributes:
        voice_description (str): What the voice should sound like, in plain words.
        model_id (VoiceDesignModel | Unset): Voice-design model.
        text (None | str | Unset): Line the previews read out (100 to 1000 characters); null together with
            `auto_generate_text` lets the service write one.
        auto_generate_text (bool | Unset): Let the service pick a sample text that suits the description. Default:
            False.
        loudness (float | Unset): Output volume, -1 quietest to 1 loudest; 0 is about -24 LUFS. Default: 0.5.
        seed (int | None | Unset): Fix this to get repeatable results for identical inputs.
        guidance_scale (float | Unset): How strictly to stick to the prompt. Default: 5.0.
        stream_previews (bool | Unset): Return only the preview ids, without audio; fetch each one from `GET /v1/text-
            to-voice/{generated_voice_id}/stream`. Default: False.
        should_enhance (bool | Unset):  Default: False.
        remixing_session_id (None | str | Unset): Remixing session this generation belongs to.
        remixing_session_iteration_id (None | str | Unset): Iteration of the remixing session to attach to; a new one if
            left out.
        quality (float | None | Unset): Higher gives cleaner audio but less variety between previews.
        reference_audio_base64 (None | str | Unset): Base64 audio to steer the voice with (only with `eleven_ttv_v3`).
        prompt_strength (float | None | Unset): Weight of the prompt against the reference audio, from 0 (mostly audio)
            to 1 (mostly prompt). Only with `eleven_ttv_v3` and reference audio.
    """

    voice_description: str
    model_id: VoiceDesignModel | Unset = UNSET
    text: None | str | Unset = UNSET
    auto_generate_text: bool | Unset = False
    loudness: float | Unset = 0.5
    seed: int | None | Unset = UNSET
    guidance_scale: float | Unset = 5.0
    stream_previews: bool | Unset = False
    should_enhance: bool | Unset = False
    remixing_session_id: None | str | Unset = UNSET
    remixing_session_iteration_id: None | str | Unset = UNSET
    quality: float | None | Unset = UNSET
    reference_audio_base64: None | str | Unset = UNSET
    prompt_strength: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_description = self.voice_description

        model_id: str | Unset = UNSET
        if not isinstance(self.model_id, Unset):
            model_id = self.model_id

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        auto_generate_text = self.auto_generate_text

        loudness = self.loudness

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        guidance_scale = self.guidance_scale

        stream_previews = self.stream_previews

        should_enhance = self.should_enhance

        remixing_session_id: None | str | Unset
        if isinstance(self.remixing_session_id, Unset):
            remixing_session_id = UNSET
        else:
            remixing_session_id = self.remixing_session_id

        remixing_session_iteration_id: None | str | Unset
        if isinstance(self.remixing_session_iteration_id, Unset):
            remixing_session_iteration_id = UNSET
        else:
            remixing_session_iteration_id = self.remixing_session_iteration_id

        quality: float | None | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        else:
            quality = self.quality

        reference_audio_base64: None | str | Unset
        if isinstance(self.reference_audio_base64, Unset):
            reference_audio_base64 = UNSET
        else:
            reference_audio_base64 = self.reference_audio_base64

        prompt_strength: float | None | Unset
        if isinstance(self.prompt_strength, Unset):
            prompt_strength = UNSET
        else:
            prompt_strength = self.prompt_strength

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_description": voice_description,
            }
        )
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if text is not UNSET:
            field_dict["text"] = text
        if auto_generate_text is not UNSET:
            field_dict["auto_generate_text"] = auto_generate_text
        if loudness is not UNSET:
            field_dict["loudness"] = loudness
        if seed is not UNSET:
            field_dict["seed"] = seed
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if stream_previews is not UNSET:
            field_dict["stream_previews"] = stream_previews
        if should_enhance is not UNSET:
            field_dict["should_enhance"] = should_enhance
        if remixing_session_id is not UNSET:
            field_dict["remixing_session_id"] = remixing_session_id
        if remixing_session_iteration_id is not UNSET:
            field_dict["remixing_session_iteration_id"] = remixing_session_iteration_id
        if quality is not UNSET:
            field_dict["quality"] = quality
        if reference_audio_base64 is not UNSET:
            field_dict["reference_audio_base64"] = reference_audio_base64
        if prompt_strength is not UNSET:
            field_dict["prompt_strength"] = prompt_strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_description = d.pop("voice_description")

        _model_id = d.pop("model_id", UNSET)
        model_id: VoiceDesignModel | Unset
        if isinstance(_model_id, Unset):
            model_id = UNSET
        else:
            model_id = check_voice_design_model(_model_id)

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        auto_generate_text = d.pop("auto_generate_text", UNSET)

        loudness = d.pop("loudness", UNSET)

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        guidance_scale = d.pop("guidance_scale", UNSET)

        stream_previews = d.pop("stream_previews", UNSET)

        should_enhance = d.pop("should_enhance", UNSET)

        def _parse_remixing_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remixing_session_id = _parse_remixing_session_id(d.pop("remixing_session_id", UNSET))

        def _parse_remixing_session_iteration_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remixing_session_iteration_id = _parse_remixing_session_iteration_id(
            d.pop("remixing_session_iteration_id", UNSET)
        )

        def _parse_quality(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quality = _parse_quality(d.pop("quality", UNSET))

        def _parse_reference_audio_base64(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_audio_base64 = _parse_reference_audio_base64(d.pop("reference_audio_base64", UNSET))

        def _parse_prompt_strength(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        prompt_strength = _parse_prompt_strength(d.pop("prompt_strength", UNSET))

        voice_design_request = cls(
            voice_description=voice_description,
            model_id=model_id,
            text=text,
            auto_generate_text=auto_generate_text,
            loudness=loudness,
            seed=seed,
            guidance_scale=guidance_scale,
            stream_previews=stream_previews,
            should_enhance=should_enhance,
            remixing_session_id=remixing_session_id,
            remixing_session_iteration_id=remixing_session_iteration_id,
            quality=quality,
            reference_audio_base64=reference_audio_base64,
            prompt_strength=prompt_strength,
        )

        voice_design_request.additional_properties = d
        return voice_design_request

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
