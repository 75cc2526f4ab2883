from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.turn_comment_request_model import TurnCommentRequestModel


T = TypeVar("T", bound="CreateAgentConversationTicketRequestModel")


@_attrs_define
class CreateAgentConversationTicketRequestModel:
    """
    Attributes:
        conversation_id (str):
        qa_comment (None | str | Unset):
        turn_comments (list[TurnCommentRequestModel] | Unset):
    """

    conversation_id: str
    qa_comment: None | str | Unset = UNSET
    turn_comments: list[TurnCommentRequestModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        conversation_id = self.conversation_id

        qa_comment: None | str | Unset
        if isinstance(self.qa_comment, Unset):
            qa_comment = UNSET
        else:
            qa_comment = self.qa_comment

        turn_comments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.turn_comments, Unset):
            turn_comments = []
            for turn_comments_item_data in self.turn_comments:
                turn_comments_item = turn_comments_item_data.to_dict()
                turn_comments.append(turn_comments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
            }
        )
        if qa_comment is not UNSET:
            field_dict["qa_comment"] = qa_comment
        if turn_comments is not UNSET:
            field_dict["turn_comments"] = turn_comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        conversation_id = d.pop("conversation_id")

        def _parse_qa_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        qa_comment = _parse_qa_comment(d.pop("qa_comment", UNSET))

        _turn_comments = d.pop("turn_comments", UNSET)
        turn_comments: list[TurnCommentRequestModel] | Unset = UNSET
        if _turn_comments is not UNSET:
            turn_comments = []
            for turn_comments_item_data in _turn_comments:
                turn_comments_item = TurnCommentRequestModel.from_dict(turn_comments_item_data)

                turn_comments.append(turn_comments_item)

        create_agent_conversation_ticket_request_model = cls(
            conversation_id=conversation_id,
            qa_comment=qa_comment,
            turn_comments=turn_comments,
        )

        create_agent_conversation_ticket_request_model.additional_properties = d
        return create_agent_conversation_ticket_request_model

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
    global _nested_models_loaded, TurnCommentRequestModel
    from ..models.turn_comment_request_model import TurnCommentRequestModel  # noqa: F401

    _nested_models_loaded = True
