from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.studio_caption_character_animation_enter_type import (
    StudioCaptionCharacterAnimationEnterType,
    check_studio_caption_character_animation_enter_type,
)
from ..models.studio_caption_character_animation_exit_type import (
    StudioCaptionCharacterAnimationExitType,
    check_studio_caption_character_animation_exit_type,
)

T = TypeVar("T", bound="StudioCaptionCharacterAnimation")


@_attrs_define
class StudioCaptionCharacterAnimation:
    """Entry and exit animation of single characters.

    Attributes:
        enter_type (StudioCaptionCharacterAnimationEnterType):
        exit_type (StudioCaptionCharacterAnimationExitType):
    """

    enter_type: StudioCaptionCharacterAnimationEnterType
    exit_type: StudioCaptionCharacterAnimationExitType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enter_type: str = self.enter_type

        exit_type: str = self.exit_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enter_type": enter_type,
                "exit_type": exit_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enter_type = check_studio_caption_character_animation_enter_type(d.pop("enter_type"))

        exit_type = check_studio_caption_character_animation_exit_type(d.pop("exit_type"))

        studio_caption_character_animation = cls(
            enter_type=enter_type,
            exit_type=exit_type,
        )

        studio_caption_character_animation.additional_properties = d
        return studio_caption_character_animation

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
