from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.composition_plan import CompositionPlan
    from ..models.composition_plan_2 import CompositionPlan2
    from ..models.word_timestamp import WordTimestamp


T = TypeVar("T", bound="MusicUploadResponse")


@_attrs_define
class MusicUploadResponse:
    """
    Attributes:
        song_id (str):
        composition_plan (CompositionPlan | CompositionPlan2 | None | Unset):
        words_timestamps (list[WordTimestamp] | None | Unset):
    """

    song_id: str
    composition_plan: CompositionPlan | CompositionPlan2 | None | Unset = UNSET
    words_timestamps: list[WordTimestamp] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        song_id = self.song_id

        composition_plan: dict[str, Any] | None | Unset
        if isinstance(self.composition_plan, Unset):
            composition_plan = UNSET
        elif isinstance(self.composition_plan, CompositionPlan):
            composition_plan = self.composition_plan.to_dict()
        elif isinstance(self.composition_plan, CompositionPlan2):
            composition_plan = self.composition_plan.to_dict()
        else:
            composition_plan = self.composition_plan

        words_timestamps: list[dict[str, Any]] | None | Unset
        if isinstance(self.words_timestamps, Unset):
            words_timestamps = UNSET
        elif isinstance(self.words_timestamps, list):
            words_timestamps = []
            for words_timestamps_type_0_item_data in self.words_timestamps:
                words_timestamps_type_0_item = words_timestamps_type_0_item_data.to_dict()
                words_timestamps.append(words_timestamps_type_0_item)

        else:
            words_timestamps = self.words_timestamps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "song_id": song_id,
            }
        )
        if composition_plan is not UNSET:
            field_dict["composition_plan"] = composition_plan
        if words_timestamps is not UNSET:
            field_dict["words_timestamps"] = words_timestamps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        song_id = d.pop("song_id")

        def _parse_composition_plan(data: object) -> CompositionPlan | CompositionPlan2 | None | Unset:
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                composition_plan_type_1 = CompositionPlan2.from_dict(data)

                return composition_plan_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompositionPlan | CompositionPlan2 | None | Unset, data)

        composition_plan = _parse_composition_plan(d.pop("composition_plan", UNSET))

        def _parse_words_timestamps(data: object) -> list[WordTimestamp] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                words_timestamps_type_0 = []
                _words_timestamps_type_0 = data
                for words_timestamps_type_0_item_data in _words_timestamps_type_0:
                    words_timestamps_type_0_item = WordTimestamp.from_dict(words_timestamps_type_0_item_data)

                    words_timestamps_type_0.append(words_timestamps_type_0_item)

                return words_timestamps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WordTimestamp] | None | Unset, data)

        words_timestamps = _parse_words_timestamps(d.pop("words_timestamps", UNSET))

        music_upload_response = cls(
            song_id=song_id,
            composition_plan=composition_plan,
            words_timestamps=words_timestamps,
        )

        music_upload_response.additional_properties = d
        return music_upload_response

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
    global _nested_models_loaded, CompositionPlan, CompositionPlan2, WordTimestamp
    from ..models.composition_plan import CompositionPlan  # noqa: F401
    from ..models.composition_plan_2 import CompositionPlan2  # noqa: F401
    from ..models.word_timestamp import WordTimestamp  # noqa: F401

    _nested_models_loaded = True
