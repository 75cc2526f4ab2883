from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clip_animation_enter_effect import ClipAnimationEnterEffect, check_clip_animation_enter_effect
from ..models.clip_animation_exit_effect import ClipAnimationExitEffect, check_clip_animation_exit_effect
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClipAnimation")


@_attrs_define
class ClipAnimation:
    """
    Attributes:
        enter_effect (ClipAnimationEnterEffect | Unset):  Default: 'none'.
        enter_duration_ms (int | Unset):  Default: 0.
        exit_effect (ClipAnimationExitEffect | Unset):  Default: 'none'.
        exit_duration_ms (int | Unset):  Default: 0.
    """

    enter_effect: ClipAnimationEnterEffect | Unset = "none"
    enter_duration_ms: int | Unset = 0
    exit_effect: ClipAnimationExitEffect | Unset = "none"
    exit_duration_ms: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enter_effect: str | Unset = UNSET
        if not isinstance(self.enter_effect, Unset):
            enter_effect = self.enter_effect

        enter_duration_ms = self.enter_duration_ms

        exit_effect: str | Unset = UNSET
        if not isinstance(self.exit_effect, Unset):
            exit_effect = self.exit_effect

        exit_duration_ms = self.exit_duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enter_effect is not UNSET:
            field_dict["enter_effect"] = enter_effect
        if enter_duration_ms is not UNSET:
            field_dict["enter_duration_ms"] = enter_duration_ms
        if exit_effect is not UNSET:
            field_dict["exit_effect"] = exit_effect
        if exit_duration_ms is not UNSET:
            field_dict["exit_duration_ms"] = exit_duration_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _enter_effect = d.pop("enter_effect", UNSET)
        enter_effect: ClipAnimationEnterEffect | Unset
        if isinstance(_enter_effect, Unset):
            enter_effect = UNSET
        else:
            enter_effect = check_clip_animation_enter_effect(_enter_effect)

        enter_duration_ms = d.pop("enter_duration_ms", UNSET)

        _exit_effect = d.pop("exit_effect", UNSET)
        exit_effect: ClipAnimationExitEffect | Unset
        if isinstance(_exit_effect, Unset):
            exit_effect = UNSET
        else:
            exit_effect = check_clip_animation_exit_effect(_exit_effect)

        exit_duration_ms = d.pop("exit_duration_ms", UNSET)

        clip_animation = cls(
            enter_effect=enter_effect,
            enter_duration_ms=enter_duration_ms,
            exit_effect=exit_effect,
            exit_duration_ms=exit_duration_ms,
        )

        clip_animation.additional_properties = d
        return clip_animation

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
