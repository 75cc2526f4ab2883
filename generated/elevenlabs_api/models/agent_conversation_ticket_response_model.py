from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_conversation_ticket_issue_type import (
    AgentConversationTicketIssueType,
    check_agent_conversation_ticket_issue_type,
)
from ..models.agent_conversation_ticket_source import (
    AgentConversationTicketSource,
    check_agent_conversation_ticket_source,
)
from ..models.agent_conversation_ticket_status import (
    AgentConversationTicketStatus,
    check_agent_conversation_ticket_status,
)

if TYPE_CHECKING:
    from ..models.ticket_comment_response_model import TicketCommentResponseModel
    from ..models.turn_comment_response_model import TurnCommentResponseModel


T = TypeVar("T", bound="AgentConversationTicketResponseModel")


@_attrs_define
class AgentConversationTicketResponseModel:
    """
    Attributes:
        agentqa_ticket_id (str):
        workspace_id (str):
        owner_user_id (str):
        agent_id (str):
        needs_clustering (bool):
        issue_type (AgentConversationTicketIssueType | None):
        labels (list[str]):
        conversation_ids (list[str]):
        first_seen_unix_secs (int | None):
        last_seen_unix_secs (int | None):
        qa_comment (None | str):
        ticket_comments (list[TicketCommentResponseModel]):
        turn_comments (list[TurnCommentResponseModel]):
        status (AgentConversationTicketStatus):
        source (AgentConversationTicketSource):
        assignee_user_id (None | str):
        created_at_unix_secs (int):
        updated_at_unix_secs (int):
    """

    agentqa_ticket_id: str
    workspace_id: str
    owner_user_id: str
    agent_id: str
    needs_clustering: bool
    issue_type: AgentConversationTicketIssueType | None
    labels: list[str]
    conversation_ids: list[str]
    first_seen_unix_secs: int | None
    last_seen_unix_secs: int | None
    qa_comment: None | str
    ticket_comments: list[TicketCommentResponseModel]
    turn_comments: list[TurnCommentResponseModel]
    status: AgentConversationTicketStatus
    source: AgentConversationTicketSource
    assignee_user_id: None | str
    created_at_unix_secs: int
    updated_at_unix_secs: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        agentqa_ticket_id = self.agentqa_ticket_id

        workspace_id = self.workspace_id

        owner_user_id = self.owner_user_id

        agent_id = self.agent_id

        needs_clustering = self.needs_clustering

        issue_type: None | str
        if isinstance(self.issue_type, str):
            issue_type = self.issue_type
        else:
            issue_type = self.issue_type

        labels = self.labels

        conversation_ids = self.conversation_ids

        first_seen_unix_secs: int | None
        first_seen_unix_secs = self.first_seen_unix_secs

        last_seen_unix_secs: int | None
        last_seen_unix_secs = self.last_seen_unix_secs

        qa_comment: None | str
        qa_comment = self.qa_comment

        ticket_comments = []
        for ticket_comments_item_data in self.ticket_comments:
            ticket_comments_item = ticket_comments_item_data.to_dict()
            ticket_comments.append(ticket_comments_item)

        turn_comments = []
        for turn_comments_item_data in self.turn_comments:
            turn_comments_item = turn_comments_item_data.to_dict()
            turn_comments.append(turn_comments_item)

        status: str = self.status

        source: str = self.source

        assignee_user_id: None | str
        assignee_user_id = self.assignee_user_id

        created_at_unix_secs = self.created_at_unix_secs

        updated_at_unix_secs = self.updated_at_unix_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentqa_ticket_id": agentqa_ticket_id,
                "workspace_id": workspace_id,
                "owner_user_id": owner_user_id,
                "agent_id": agent_id,
                "needs_clustering": needs_clustering,
                "issue_type": issue_type,
                "labels": labels,
                "conversation_ids": conversation_ids,
                "first_seen_unix_secs": first_seen_unix_secs,
                "last_seen_unix_secs": last_seen_unix_secs,
                "qa_comment": qa_comment,
                "ticket_comments": ticket_comments,
                "turn_comments": turn_comments,
                "status": status,
                "source": source,
                "assignee_user_id": assignee_user_id,
                "created_at_unix_secs": created_at_unix_secs,
                "updated_at_unix_secs": updated_at_unix_secs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        agentqa_ticket_id = d.pop("agentqa_ticket_id")

        workspace_id = d.pop("workspace_id")

        owner_user_id = d.pop("owner_user_id")

        agent_id = d.pop("agent_id")

        needs_clustering = d.pop("needs_clustering")

        def _parse_issue_type(data: object) -> AgentConversationTicketIssueType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                issue_type_type_0 = check_agent_conversation_ticket_issue_type(data)

                return issue_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentConversationTicketIssueType | None, data)

        issue_type = _parse_issue_type(d.pop("issue_type"))

        labels = cast(list[str], d.pop("labels"))

        conversation_ids = cast(list[str], d.pop("conversation_ids"))

        def _parse_first_seen_unix_secs(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        first_seen_unix_secs = _parse_first_seen_unix_secs(d.pop("first_seen_unix_secs"))

        def _parse_last_seen_unix_secs(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_seen_unix_secs = _parse_last_seen_unix_secs(d.pop("last_seen_unix_secs"))

        def _parse_qa_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        qa_comment = _parse_qa_comment(d.pop("qa_comment"))

        ticket_comments = []
        _ticket_comments = d.pop("ticket_comments")
        for ticket_comments_item_data in _ticket_comments:
            ticket_comments_item = TicketCommentResponseModel.from_dict(ticket_comments_item_data)

            ticket_comments.append(ticket_comments_item)

        turn_comments = []
        _turn_comments = d.pop("turn_comments")
        for turn_comments_item_data in _turn_comments:
            turn_comments_item = TurnCommentResponseModel.from_dict(turn_comments_item_data)

            turn_comments.append(turn_comments_item)

        status = check_agent_conversation_ticket_status(d.pop("status"))

        source = check_agent_conversation_ticket_source(d.pop("source"))

        def _parse_assignee_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        assignee_user_id = _parse_assignee_user_id(d.pop("assignee_user_id"))

        created_at_unix_secs = d.pop("created_at_unix_secs")

        updated_at_unix_secs = d.pop("updated_at_unix_secs")

        agent_conversation_ticket_response_model = cls(
            agentqa_ticket_id=agentqa_ticket_id,
            workspace_id=workspace_id,
            owner_user_id=owner_user_id,
            agent_id=agent_id,
            needs_clustering=needs_clustering,
            issue_type=issue_type,
            labels=labels,
            conversation_ids=conversation_ids,
            first_seen_unix_secs=first_seen_unix_secs,
            last_seen_unix_secs=last_seen_unix_secs,
            qa_comment=qa_comment,
            ticket_comments=ticket_comments,
            turn_comments=turn_comments,
            status=status,
            source=source,
            assignee_user_id=assignee_user_id,
            created_at_unix_secs=created_at_unix_secs,
            updated_at_unix_secs=updated_at_unix_secs,
        )

        agent_conversation_ticket_response_model.additional_properties = d
        return agent_conversation_ticket_response_model

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
    global _nested_models_loaded, TicketCommentResponseModel, TurnCommentResponseModel
    from ..models.ticket_comment_response_model import TicketCommentResponseModel  # noqa: F401
    from ..models.turn_comment_response_model import TurnCommentResponseModel  # noqa: F401

    _nested_models_loaded = True
