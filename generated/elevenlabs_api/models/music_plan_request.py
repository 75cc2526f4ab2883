from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.music_model import MusicModel, check_music_model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.composition_plan import CompositionPlan
    from ..models.composition_plan_2 import CompositionPlan2


T = TypeVar("T", bound="MusicPlanRequest")


@_attrs_define
class MusicPlanRequest:
    """
    Attributes:
        prompt (str): What the song should be like.
        music_length_ms (int | None | Unset): Wanted length, 10 s to 5 min; chosen by the model when null.
        source_composition_plan (CompositionPlan | CompositionPlan2 | None | Unset): An existing plan to start from.
        model_id (MusicModel | Unset): Music generation model. Default: 'music_v1'.
    """

    prompt: str
    music_length_ms: int | None | Unset = UNSET
    source_composition_plan: CompositionPlan | CompositionPlan2 | None | Unset = UNSET
    model_id: MusicModel | Unset = "music_v1"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        prompt = self.prompt

        music_length_ms: int | None | Unset
        if isinstance(self.music_length_ms, Unset):
            music_length_ms = UNSET
        else:
            music_length_ms = self.music_length_ms

        source_composition_plan: dict[str, Any] | None | Unset
        if isinstance(self.source_composition_plan, Unset):
            source_composition_plan = UNSET
        elif isinstance(self.source_composition_plan, CompositionPlan):
            source_composition_plan = self.source_composition_plan.to_dict()
        elif isinstance(self.source_composition_plan, CompositionPlan2):
            source_composition_plan = self.source_composition_plan.to_dict()
        else:
            source_composition_plan = self.source_composition_plan

        model_id: str | Unset = UNSET
        if not isinstance(self.model_id, Unset):
            model_id = self.model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if music_length_ms is not UNSET:
            field_dict["music_length_ms"] = music_length_ms
        if source_composition_plan is not UNSET:
            field_dict["source_composition_plan"] = source_composition_plan
        if model_id is not UNSET:
            field_dict["model_id"] = model_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_music_length_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        music_length_ms = _parse_music_length_ms(d.pop("music_length_ms", UNSET))

        def _parse_source_composition_plan(data: object) -> CompositionPlan | CompositionPlan2 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_composition_plan_type_0 = CompositionPlan.from_dict(data)

                return source_composition_plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_composition_plan_type_1 = CompositionPlan2.from_dict(data)

                return source_composition_plan_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompositionPlan | CompositionPlan2 | None | Unset, data)

        source_composition_plan = _parse_source_composition_plan(d.pop("source_composition_plan", UNSET))

        _model_id = d.pop("model_id", UNSET)
        model_id: MusicModel | Unset
        if isinstance(_model_id, Unset):
            model_id = UNSET
        else:
            model_id = check_music_model(_model_id)

        music_plan_request = cls(
            prompt=prompt,
            music_length_ms=music_length_ms,
            source_composition_plan=source_composition_plan,
            model_id=model_id,
        )

        music_plan_request.additional_properties = d
        return music_plan_request

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
