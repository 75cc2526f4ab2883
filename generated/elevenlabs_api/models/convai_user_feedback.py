from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_feedback_score import ConvaiFeedbackScore, check_convai_feedback_score

T = TypeVar("T", bound="ConvaiUserFeedback")


@_attrs_define
class ConvaiUserFeedback:
    """A like or dislike given during the call.

    Attributes:
        score (ConvaiFeedbackScore):
        time_in_call_secs (int):
    """

    score: ConvaiFeedbackScore
    time_in_call_secs: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score: str = self.score

        time_in_call_secs = self.time_in_call_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score": score,
                "time_in_call_secs": time_in_call_secs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        score = check_convai_feedback_score(d.pop("score"))

        time_in_call_secs = d.pop("time_in_call_secs")

        convai_user_feedback = cls(
            score=score,
            time_in_call_secs=time_in_call_secs,
        )

        convai_user_feedback.additional_properties = d
        return convai_user_feedback

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
