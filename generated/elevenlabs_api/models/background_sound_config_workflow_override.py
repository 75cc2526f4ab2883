from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.background_sound_preset_id import BackgroundSoundPresetId, check_background_sound_preset_id
from ..models.background_sound_source_type import BackgroundSoundSourceType, check_background_sound_source_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="BackgroundSoundConfigWorkflowOverride")


@_attrs_define
class BackgroundSoundConfigWorkflowOverride:
    """
    Attributes:
        source_type (BackgroundSoundSourceType | None | Unset):
        source_id (BackgroundSoundPresetId | None | Unset):
        volume (float | None | Unset):
        crossfade_loop (bool | None | Unset):
    """

    source_type: BackgroundSoundSourceType | None | Unset = UNSET
    source_id: BackgroundSoundPresetId | None | Unset = UNSET
    volume: float | None | Unset = UNSET
    crossfade_loop: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        elif isinstance(self.source_type, str):
            source_type = self.source_type
        else:
            source_type = self.source_type

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        elif isinstance(self.source_id, str):
            source_id = self.source_id
        else:
            source_id = self.source_id

        volume: float | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        crossfade_loop: bool | None | Unset
        if isinstance(self.crossfade_loop, Unset):
            crossfade_loop = UNSET
        else:
            crossfade_loop = self.crossfade_loop

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if volume is not UNSET:
            field_dict["volume"] = volume
        if crossfade_loop is not UNSET:
            field_dict["crossfade_loop"] = crossfade_loop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_source_type(data: object) -> BackgroundSoundSourceType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_type_0 = check_background_sound_source_type(data)

                return source_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BackgroundSoundSourceType | None | Unset, data)

        source_type = _parse_source_type(d.pop("source_type", UNSET))

        def _parse_source_id(data: object) -> BackgroundSoundPresetId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_id_type_0 = check_background_sound_preset_id(data)

                return source_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BackgroundSoundPresetId | None | Unset, data)

        source_id = _parse_source_id(d.pop("source_id", UNSET))

        def _parse_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        volume = _parse_volume(d.pop("volume", UNSET))

        def _parse_crossfade_loop(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        crossfade_loop = _parse_crossfade_loop(d.pop("crossfade_loop", UNSET))

        background_sound_config_workflow_override = cls(
            source_type=source_type,
            source_id=source_id,
            volume=volume,
            crossfade_loop=crossfade_loop,
        )

        background_sound_config_workflow_override.additional_properties = d
        return background_sound_config_workflow_override

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
