from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.music_model import MusicModel, check_music_model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.composition_plan import CompositionPlan


T = TypeVar("T", bound="MusicComposeRequest")


@_attrs_define
class MusicComposeRequest:
    """Body of music_compose, music_compose_detailed and music_stream. Give either `prompt` or `composition_plan`, not
    both.

        Attributes:
            prompt (None | str | Unset): Free-text description of the song.
            music_prompt (CompositionPlan | None | Unset): Former name of `composition_plan`.
            composition_plan (CompositionPlan | None | Unset): Detailed plan, e.g. from music_plan_create.
            music_length_ms (int | None | Unset): Wanted length, 10 s to 5 min, only with `prompt`; chosen by the model when
                null.
            model_id (MusicModel | Unset): Music generation model. Default: 'music_v1'.
    """

    prompt: None | str | Unset = UNSET
    music_prompt: CompositionPlan | None | Unset = UNSET
    composition_plan: CompositionPlan | None | Unset = UNSET
    music_length_ms: int | None | Unset = UNSET
    model_id: MusicModel | Unset = "music_v1"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        music_prompt: dict[str, Any] | None | Unset
        if isinstance(self.music_prompt, Unset):
            music_prompt = UNSET
        elif isinstance(self.music_prompt, CompositionPlan):
            music_prompt = self.music_prompt.to_dict()
        else:
            music_prompt = self.music_prompt

        composition_plan: dict[str, Any] | None | Unset
        if isinstance(self.composition_plan, Unset):
            composition_plan = UNSET
        elif isinstance(self.composition_plan, CompositionPlan):
            composition_plan = self.composition_plan.to_dict()
        else:
            composition_plan = self.composition_plan

        music_length_ms: int | None | Unset
        if isinstance(self.music_length_ms, Unset):
            music_length_ms = UNSET
        else:
            music_length_ms = self.music_length_ms

        model_id: str | Unset = UNSET
        if not isinstance(self.model_id, Unset):
            model_id = self.model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if music_prompt is not UNSET:
            field_dict["music_prompt"] = music_prompt
        if composition_plan is not UNSET:
            field_dict["composition_plan"] = composition_plan
        if music_length_ms is not UNSET:
            field_dict["music_length_ms"] = music_length_ms
        if model_id is not UNSET:
            field_dict["model_id"] = model_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_music_prompt(data: object) -> CompositionPlan | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                music_prompt_type_0 = CompositionPlan.from_dict(data)

                return music_prompt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompositionPlan | None | Unset, data)

        music_prompt = _parse_music_prompt(d.pop("music_prompt", UNSET))

        def _parse_composition_plan(data: object) -> CompositionPlan | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                composition_plan_type_0 = CompositionPlan.from_dict(data)

                return composition_plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompositionPlan | None | Unset, data)

        composition_plan = _parse_composition_plan(d.pop("composition_plan", UNSET))

        def _parse_music_length_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        music_length_ms = _parse_music_length_ms(d.pop("music_length_ms", UNSET))

        _model_id = d.pop("model_id", UNSET)
        model_id: MusicModel | Unset
        if isinstance(_model_id, Unset):
            model_id = UNSET
        else:
            model_id = check_music_model(_model_id)

        music_compose_request = cls(
            prompt=prompt,
            music_prompt=music_prompt,
            composition_plan=composition_plan,
            music_length_ms=music_length_ms,
            model_id=model_id,
        )

        music_compose_request.additional_properties = d
        return music_compose_request

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
    global _nested_models_loaded, CompositionPlan
    from ..models.composition_plan import CompositionPlan  # noqa: F401

    _nested_models_loaded = True
