from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoSegment")


@_attrs_define
class VideoSegment:
    """
    Attributes:
        start_ms (int):
        end_ms (int):
        description (str):
        subjects (list[str] | Unset):
        shot_type (None | str | Unset):
        camera_movement (None | str | Unset):
        transition_in (None | str | Unset):
        has_speech (bool | Unset):  Default: False.
        has_music (bool | Unset):  Default: False.
        pacing (None | str | Unset):
    """

    start_ms: int
    end_ms: int
    description: str
    subjects: list[str] | Unset = UNSET
    shot_type: None | str | Unset = UNSET
    camera_movement: None | str | Unset = UNSET
    transition_in: None | str | Unset = UNSET
    has_speech: bool | Unset = False
    has_music: bool | Unset = False
    pacing: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_ms = self.start_ms

        end_ms = self.end_ms

        description = self.description

        subjects: list[str] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = self.subjects

        shot_type: None | str | Unset
        if isinstance(self.shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = self.shot_type

        camera_movement: None | str | Unset
        if isinstance(self.camera_movement, Unset):
            camera_movement = UNSET
        else:
            camera_movement = self.camera_movement

        transition_in: None | str | Unset
        if isinstance(self.transition_in, Unset):
            transition_in = UNSET
        else:
            transition_in = self.transition_in

        has_speech = self.has_speech

        has_music = self.has_music

        pacing: None | str | Unset
        if isinstance(self.pacing, Unset):
            pacing = UNSET
        else:
            pacing = self.pacing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_ms": start_ms,
                "end_ms": end_ms,
                "description": description,
            }
        )
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if shot_type is not UNSET:
            field_dict["shot_type"] = shot_type
        if camera_movement is not UNSET:
            field_dict["camera_movement"] = camera_movement
        if transition_in is not UNSET:
            field_dict["transition_in"] = transition_in
        if has_speech is not UNSET:
            field_dict["has_speech"] = has_speech
        if has_music is not UNSET:
            field_dict["has_music"] = has_music
        if pacing is not UNSET:
            field_dict["pacing"] = pacing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_ms = d.pop("start_ms")

        end_ms = d.pop("end_ms")

        description = d.pop("description")

        subjects = cast(list[str], d.pop("subjects", UNSET))

        def _parse_shot_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shot_type = _parse_shot_type(d.pop("shot_type", UNSET))

        def _parse_camera_movement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        camera_movement = _parse_camera_movement(d.pop("camera_movement", UNSET))

        def _parse_transition_in(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transition_in = _parse_transition_in(d.pop("transition_in", UNSET))

        has_speech = d.pop("has_speech", UNSET)

        has_music = d.pop("has_music", UNSET)

        def _parse_pacing(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pacing = _parse_pacing(d.pop("pacing", UNSET))

        video_segment = cls(
            start_ms=start_ms,
            end_ms=end_ms,
            description=description,
            subjects=subjects,
            shot_type=shot_type,
            camera_movement=camera_movement,
            transition_in=transition_in,
            has_speech=has_speech,
            has_music=has_music,
            pacing=pacing,
        )

        video_segment.additional_properties = d
        return video_segment

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
