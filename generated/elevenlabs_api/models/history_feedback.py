from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HistoryFeedback")


@_attrs_define
class HistoryFeedback:
    """Rating a user left on a generation.

    Attributes:
        thumbs_up (bool):
        feedback (str): Free-text comment.
        emotions (bool):
        inaccurate_clone (bool):
        glitches (bool):
        audio_quality (bool):
        other (bool):
        review_status (str | Unset):  Default: 'not_reviewed'.
    """

    thumbs_up: bool
    feedback: str
    emotions: bool
    inaccurate_clone: bool
    glitches: bool
    audio_quality: bool
    other: bool
    review_status: str | Unset = "not_reviewed"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thumbs_up = self.thumbs_up

        feedback = self.feedback

        emotions = self.emotions

        inaccurate_clone = self.inaccurate_clone

        glitches = self.glitches

        audio_quality = self.audio_quality

        other = self.other

        review_status = self.review_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thumbs_up": thumbs_up,
                "feedback": feedback,
                "emotions": emotions,
                "inaccurate_clone": inaccurate_clone,
                "glitches": glitches,
                "audio_quality": audio_quality,
                "other": other,
            }
        )
        if review_status is not UNSET:
            field_dict["review_status"] = review_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        thumbs_up = d.pop("thumbs_up")

        feedback = d.pop("feedback")

        emotions = d.pop("emotions")

        inaccurate_clone = d.pop("inaccurate_clone")

        glitches = d.pop("glitches")

        audio_quality = d.pop("audio_quality")

        other = d.pop("other")

        review_status = d.pop("review_status", UNSET)

        history_feedback = cls(
            thumbs_up=thumbs_up,
            feedback=feedback,
            emotions=emotions,
            inaccurate_clone=inaccurate_clone,
            glitches=glitches,
            audio_quality=audio_quality,
            other=other,
            review_status=review_status,
        )

        history_feedback.additional_properties = d
        return history_feedback

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
