from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_feedback_score import ConvaiFeedbackScore, check_convai_feedback_score
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiConversationFeedback")


@_attrs_define
class ConvaiConversationFeedback:
    """
    Attributes:
        overall_score (ConvaiFeedbackScore | None | Unset):
        likes (int | Unset):  Default: 0.
        dislikes (int | Unset):  Default: 0.
    """

    overall_score: ConvaiFeedbackScore | None | Unset = UNSET
    likes: int | Unset = 0
    dislikes: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overall_score: None | str | Unset
        if isinstance(self.overall_score, Unset):
            overall_score = UNSET
        elif isinstance(self.overall_score, str):
            overall_score = self.overall_score
        else:
            overall_score = self.overall_score

        likes = self.likes

        dislikes = self.dislikes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if overall_score is not UNSET:
            field_dict["overall_score"] = overall_score
        if likes is not UNSET:
            field_dict["likes"] = likes
        if dislikes is not UNSET:
            field_dict["dislikes"] = dislikes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_overall_score(data: object) -> ConvaiFeedbackScore | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                overall_score_type_0 = check_convai_feedback_score(data)

                return overall_score_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiFeedbackScore | None | Unset, data)

        overall_score = _parse_overall_score(d.pop("overall_score", UNSET))

        likes = d.pop("likes", UNSET)

        dislikes = d.pop("dislikes", UNSET)

        convai_conversation_feedback = cls(
            overall_score=overall_score,
            likes=likes,
            dislikes=dislikes,
        )

        convai_conversation_feedback.additional_properties = d
        return convai_conversation_feedback

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
