from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_feedback_score import ConvaiFeedbackScore, check_convai_feedback_score
from ..models.conversation_feedback_type import ConversationFeedbackType, check_conversation_feedback_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiConversationFeedback")


@_attrs_define
class ConvaiConversationFeedback:
    """
    Attributes:
        type_ (ConversationFeedbackType | None | Unset):
        overall_score (ConvaiFeedbackScore | None | Unset):
        likes (int | Unset):  Default: 0.
        dislikes (int | Unset):  Default: 0.
        rating (int | None | Unset):
        comment (None | str | Unset):
    """

    type_: ConversationFeedbackType | None | Unset = UNSET
    overall_score: ConvaiFeedbackScore | None | Unset = UNSET
    likes: int | Unset = 0
    dislikes: int | Unset = 0
    rating: int | None | Unset = UNSET
    comment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        overall_score: None | str | Unset
        if isinstance(self.overall_score, Unset):
            overall_score = UNSET
        elif isinstance(self.overall_score, str):
            overall_score = self.overall_score
        else:
            overall_score = self.overall_score

        likes = self.likes

        dislikes = self.dislikes

        rating: int | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if overall_score is not UNSET:
            field_dict["overall_score"] = overall_score
        if likes is not UNSET:
            field_dict["likes"] = likes
        if dislikes is not UNSET:
            field_dict["dislikes"] = dislikes
        if rating is not UNSET:
            field_dict["rating"] = rating
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> ConversationFeedbackType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_conversation_feedback_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationFeedbackType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

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

        def _parse_rating(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        convai_conversation_feedback = cls(
            type_=type_,
            overall_score=overall_score,
            likes=likes,
            dislikes=dislikes,
            rating=rating,
            comment=comment,
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
