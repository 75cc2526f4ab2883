from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sfx_model_id import SFXModelId, check_sfx_model_id
from ..types import UNSET, Unset

T = TypeVar("T", bound="SoundGenerationRequest")


@_attrs_define
class SoundGenerationRequest:
    """
    Attributes:
        text (str): Description of the sound to make.
        loop (bool | Unset):  Default: False.
        duration_seconds (float | None | Unset): Length in seconds (0.5 to 30); guessed from the prompt when null.
        prompt_influence (float | None | Unset): 0 to 1; higher follows the prompt more literally and varies less.
            Default: 0.3.
        model_id (SFXModelId | Unset):  Default: 'eleven_text_to_sound_v2'.
    """

    text: str
    loop: bool | Unset = False
    duration_seconds: float | None | Unset = UNSET
    prompt_influence: float | None | Unset = 0.3
    model_id: SFXModelId | Unset = "eleven_text_to_sound_v2"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        loop = self.loop

        duration_seconds: float | None | Unset
        if isinstance(self.duration_seconds, Unset):
            duration_seconds = UNSET
        else:
            duration_seconds = self.duration_seconds

        prompt_influence: float | None | Unset
        if isinstance(self.prompt_influence, Unset):
            prompt_influence = UNSET
        else:
            prompt_influence = self.prompt_influence

        model_id: str | Unset = UNSET
        if not isinstance(self.model_id, Unset):
            model_id = self.model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if loop is not UNSET:
            field_dict["loop"] = loop
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if prompt_influence is not UNSET:
            field_dict["prompt_influence"] = prompt_influence
        if model_id is not UNSET:
            field_dict["model_id"] = model_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        loop = d.pop("loop", UNSET)

        def _parse_duration_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration_seconds = _parse_duration_seconds(d.pop("duration_seconds", UNSET))

        def _parse_prompt_influence(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        prompt_influence = _parse_prompt_influence(d.pop("prompt_influence", UNSET))

        _model_id = d.pop("model_id", UNSET)
        model_id: SFXModelId | Unset
        if isinstance(_model_id, Unset):
            model_id = UNSET
        else:
            model_id = check_sfx_model_id(_model_id)

        sound_generation_request = cls(
            text=text,
            loop=loop,
            duration_seconds=duration_seconds,
            prompt_influence=prompt_influence,
            model_id=model_id,
        )

        sound_generation_request.additional_properties = d
        return sound_generation_request

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
