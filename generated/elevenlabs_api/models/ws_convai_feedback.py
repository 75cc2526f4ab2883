from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.ws_convai_feedback_score import WsConvaiFeedbackScore, check_ws_convai_feedback_score

T = TypeVar("T", bound="WsConvaiFeedback")


@_attrs_define
class WsConvaiFeedback:
    """The user's rating of one agent response, named by the `event_id` of its `agent_response`.

    Attributes:
        type_ (Literal['feedback']):
        score (WsConvaiFeedbackScore):
        event_id (int):
    """

    type_: Literal["feedback"]
    score: WsConvaiFeedbackScore
    event_id: int

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        score: str = self.score

        event_id = self.event_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "score": score,
                "event_id": event_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["feedback"], d.pop("type"))
        if type_ != "feedback":
            raise ValueError(f"type must match const 'feedback', got '{type_}'")

        score = check_ws_convai_feedback_score(d.pop("score"))

        event_id = d.pop("event_id")

        ws_convai_feedback = cls(
            type_=type_,
            score=score,
            event_id=event_id,
        )

        return ws_convai_feedback
