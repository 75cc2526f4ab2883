from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceRemixRequestModel")


@_attrs_define
class VoiceRemixRequestModel:
    """
    Attributes:
        voice_description (str):
        text (None | str | Unset):
        auto_generate_text (bool | Unset):  Default: False.
        loudness (float | Unset):  Default: 0.5.
        seed (int | None | Unset):
        guidance_scale (float | Unset):  Default: 2.0.
        stream_previews (bool | Unset):  Default: False.
        remixing_session_id (None | str | Unset):
        remixing_session_iteration_id (None | str | Unset):
        prompt_strength (float | None | Unset):
    """

    voice_description: str
    text: None | str | Unset = UNSET
    auto_generate_text: bool | Unset = False
    loudness: float | Unset = 0.5
    seed: int | None | Unset = UNSET
    guidance_scale: float | Unset = 2.0
    stream_previews: bool | Unset = False
    remixing_session_id: None | str | Unset = UNSET
    remixing_session_iteration_id: None | str | Unset = UNSET
    prompt_strength: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_description = self.voice_description

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
        if remixing_session_id is not UNSET:
            field_dict["remixing_session_id"] = remixing_session_id
        if remixing_session_iteration_id is not UNSET:
            field_dict["remixing_session_iteration_id"] = remixing_session_iteration_id
        if prompt_strength is not UNSET:
            field_dict["prompt_strength"] = prompt_strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_description = d.pop("voice_description")

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

        def _parse_prompt_strength(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        prompt_strength = _parse_prompt_strength(d.pop("prompt_strength", UNSET))

        voice_remix_request_model = cls(
            voice_description=voice_description,
            text=text,
            auto_generate_text=auto_generate_text,
            loudness=loudness,
            seed=seed,
            guidance_scale=guidance_scale,
            stream_previews=stream_previews,
            remixing_session_id=remixing_session_id,
            remixing_session_iteration_id=remixing_session_iteration_id,
            prompt_strength=prompt_strength,
        )

        voice_remix_request_model.additional_properties = d
        return voice_remix_request_model

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
