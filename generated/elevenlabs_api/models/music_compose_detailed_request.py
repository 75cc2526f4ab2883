from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.music_compose_detailed_request_model_style_prefix import (
    MusicComposeDetailedRequestModelStylePrefix,
    check_music_compose_detailed_request_model_style_prefix,
)
from ..models.music_generation_mode import MusicGenerationMode, check_music_generation_mode
from ..models.music_model import MusicModel, check_music_model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.composition_plan import CompositionPlan
    from ..models.composition_plan_2 import CompositionPlan2


T = TypeVar("T", bound="MusicComposeDetailedRequest")


@_attrs_define
class MusicComposeDetailedRequest:
    """
    Attributes:
        prompt (None | str | Unset):
        generation_mode (MusicGenerationMode | None | Unset):
        music_prompt (CompositionPlan | None | Unset):
        lyrics_text (None | str | Unset):
        composition_plan (CompositionPlan | CompositionPlan2 | None | Unset):
        music_length_ms (int | None | Unset):
        model_id (MusicModel | Unset): Music generation model. Default: 'music_v1'.
        seed (int | None | Unset):
        force_instrumental (bool | Unset):  Default: False.
        finetune_id (None | str | Unset):
        finetune_strength (float | Unset):  Default: 1.0.
        use_phonetic_names (bool | Unset):  Default: False.
        respect_sections_durations (bool | Unset):  Default: True.
        store_for_inpainting (bool | Unset):  Default: False.
        with_timestamps (bool | Unset):  Default: False.
        sign_with_c2pa (bool | Unset):  Default: False.
        model_style_prefix (MusicComposeDetailedRequestModelStylePrefix | Unset):  Default: 'music'.
    """

    prompt: None | str | Unset = UNSET
    generation_mode: MusicGenerationMode | None | Unset = UNSET
    music_prompt: CompositionPlan | None | Unset = UNSET
    lyrics_text: None | str | Unset = UNSET
    composition_plan: CompositionPlan | CompositionPlan2 | None | Unset = UNSET
    music_length_ms: int | None | Unset = UNSET
    model_id: MusicModel | Unset = "music_v1"
    seed: int | None | Unset = UNSET
    force_instrumental: bool | Unset = False
    finetune_id: None | str | Unset = UNSET
    finetune_strength: float | Unset = 1.0
    use_phonetic_names: bool | Unset = False
    respect_sections_durations: bool | Unset = True
    store_for_inpainting: bool | Unset = False
    with_timestamps: bool | Unset = False
    sign_with_c2pa: bool | Unset = False
    model_style_prefix: MusicComposeDetailedRequestModelStylePrefix | Unset = "music"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        generation_mode: None | str | Unset
        if isinstance(self.generation_mode, Unset):
            generation_mode = UNSET
        elif isinstance(self.generation_mode, str):
            generation_mode = self.generation_mode
        else:
            generation_mode = self.generation_mode

        music_prompt: dict[str, Any] | None | Unset
        if isinstance(self.music_prompt, Unset):
            music_prompt = UNSET
        elif isinstance(self.music_prompt, CompositionPlan):
            music_prompt = self.music_prompt.to_dict()
        else:
            music_prompt = self.music_prompt

        lyrics_text: None | str | Unset
        if isinstance(self.lyrics_text, Unset):
            lyrics_text = UNSET
        else:
            lyrics_text = self.lyrics_text

        composition_plan: dict[str, Any] | None | Unset
        if isinstance(self.composition_plan, Unset):
            composition_plan = UNSET
        elif isinstance(self.composition_plan, CompositionPlan):
            composition_plan = self.composition_plan.to_dict()
        elif isinstance(self.composition_plan, CompositionPlan2):
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

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        force_instrumental = self.force_instrumental

        finetune_id: None | str | Unset
        if isinstance(self.finetune_id, Unset):
            finetune_id = UNSET
        else:
            finetune_id = self.finetune_id

        finetune_strength = self.finetune_strength

        use_phonetic_names = self.use_phonetic_names

        respect_sections_durations = self.respect_sections_durations

        store_for_inpainting = self.store_for_inpainting

        with_timestamps = self.with_timestamps

        sign_with_c2pa = self.sign_with_c2pa

        model_style_prefix: str | Unset = UNSET
        if not isinstance(self.model_style_prefix, Unset):
            model_style_prefix = self.model_style_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if generation_mode is not UNSET:
            field_dict["generation_mode"] = generation_mode
        if music_prompt is not UNSET:
            field_dict["music_prompt"] = music_prompt
        if lyrics_text is not UNSET:
            field_dict["lyrics_text"] = lyrics_text
        if composition_plan is not UNSET:
            field_dict["composition_plan"] = composition_plan
        if music_length_ms is not UNSET:
            field_dict["music_length_ms"] = music_length_ms
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if seed is not UNSET:
            field_dict["seed"] = seed
        if force_instrumental is not UNSET:
            field_dict["force_instrumental"] = force_instrumental
        if finetune_id is not UNSET:
            field_dict["finetune_id"] = finetune_id
        if finetune_strength is not UNSET:
            field_dict["finetune_strength"] = finetune_strength
        if use_phonetic_names is not UNSET:
            field_dict["use_phonetic_names"] = use_phonetic_names
        if respect_sections_durations is not UNSET:
            field_dict["respect_sections_durations"] = respect_sections_durations
        if store_for_inpainting is not UNSET:
            field_dict["store_for_inpainting"] = store_for_inpainting
        if with_timestamps is not UNSET:
            field_dict["with_timestamps"] = with_timestamps
        if sign_with_c2pa is not UNSET:
            field_dict["sign_with_c2pa"] = sign_with_c2pa
        if model_style_prefix is not UNSET:
            field_dict["model_style_prefix"] = model_style_prefix

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

        def _parse_generation_mode(data: object) -> MusicGenerationMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                generation_mode_type_0 = check_music_generation_mode(data)

                return generation_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MusicGenerationMode | None | Unset, data)

        generation_mode = _parse_generation_mode(d.pop("generation_mode", UNSET))

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

        def _parse_lyrics_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lyrics_text = _parse_lyrics_text(d.pop("lyrics_text", UNSET))

        def _parse_composition_plan(data: object) -> CompositionPlan | CompositionPlan2 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                composition_plan_type_0_type_0 = CompositionPlan.from_dict(data)

                return composition_plan_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                composition_plan_type_0_type_1 = CompositionPlan2.from_dict(data)

                return composition_plan_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompositionPlan | CompositionPlan2 | None | Unset, data)

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

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        force_instrumental = d.pop("force_instrumental", UNSET)

        def _parse_finetune_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finetune_id = _parse_finetune_id(d.pop("finetune_id", UNSET))

        finetune_strength = d.pop("finetune_strength", UNSET)

        use_phonetic_names = d.pop("use_phonetic_names", UNSET)

        respect_sections_durations = d.pop("respect_sections_durations", UNSET)

        store_for_inpainting = d.pop("store_for_inpainting", UNSET)

        with_timestamps = d.pop("with_timestamps", UNSET)

        sign_with_c2pa = d.pop("sign_with_c2pa", UNSET)

        _model_style_prefix = d.pop("model_style_prefix", UNSET)
        model_style_prefix: MusicComposeDetailedRequestModelStylePrefix | Unset
        if isinstance(_model_style_prefix, Unset):
            model_style_prefix = UNSET
        else:
            model_style_prefix = check_music_compose_detailed_request_model_style_prefix(_model_style_prefix)

        music_compose_detailed_request = cls(
            prompt=prompt,
            generation_mode=generation_mode,
            music_prompt=music_prompt,
            lyrics_text=lyrics_text,
            composition_plan=composition_plan,
            music_length_ms=music_length_ms,
            model_id=model_id,
            seed=seed,
            force_instrumental=force_instrumental,
            finetune_id=finetune_id,
            finetune_strength=finetune_strength,
            use_phonetic_names=use_phonetic_names,
            respect_sections_durations=respect_sections_durations,
            store_for_inpainting=store_for_inpainting,
            with_timestamps=with_timestamps,
            sign_with_c2pa=sign_with_c2pa,
            model_style_prefix=model_style_prefix,
        )

        music_compose_detailed_request.additional_properties = d
        return music_compose_detailed_request

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
    global _nested_models_loaded, CompositionPlan, CompositionPlan2
    from ..models.composition_plan import CompositionPlan  # noqa: F401
    from ..models.composition_plan_2 import CompositionPlan2  # noqa: F401

    _nested_models_loaded = True
