from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoicePreviewsRequest")


@_attrs_define
class VoicePreviewsRequest:
    """A voice description plus the knobs for generating previews of it.

    Attributes:
        voice_description (str): What the voice should sound like, in plain words. Example: An elderly sea captain with
            a gravelly, warm laugh.
        text (None | str | Unset): Line the previews read out (100 to 1000 characters). Leave null with
            `auto_generate_text` to let the service write one.
        auto_generate_text (bool | Unset): Let the service pick a sample text that suits the description. Default:
            False.
        loudness (float | Unset): Output volume, -1 quietest to 1 loudest; 0 is about -24 LUFS. Default: 0.5.
        quality (float | Unset): Higher gives cleaner audio but less variety between previews. Default: 0.9.
        seed (int | None | Unset): Fix this to get repeatable results for identical inputs.
        guidance_scale (float | Unset): How strictly to stick to the description; very high values can sound synthetic.
            Default: 5.0.
        should_enhance (bool | Unset):  Default: False.
    """

    voice_description: str
    text: None | str | Unset = UNSET
    auto_generate_text: bool | Unset = False
    loudness: float | Unset = 0.5
    quality: float | Unset = 0.9
    seed: int | None | Unset = UNSET
    guidance_scale: float | Unset = 5.0
    should_enhance: bool | Unset = False
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

        quality = self.quality

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        guidance_scale = self.guidance_scale

        should_enhance = self.should_enhance

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
        if quality is not UNSET:
            field_dict["quality"] = quality
        if seed is not UNSET:
            field_dict["seed"] = seed
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if should_enhance is not UNSET:
            field_dict["should_enhance"] = should_enhance

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

        quality = d.pop("quality", UNSET)

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        guidance_scale = d.pop("guidance_scale", UNSET)

        should_enhance = d.pop("should_enhance", UNSET)

        voice_previews_request = cls(
            voice_description=voice_description,
            text=text,
            auto_generate_text=auto_generate_text,
            loudness=loudness,
            quality=quality,
            seed=seed,
            guidance_scale=guidance_scale,
            should_enhance=should_enhance,
        )

        voice_previews_request.additional_properties = d
        return voice_previews_request

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
