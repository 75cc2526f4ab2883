from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_conversation_ticket_response_model import AgentConversationTicketResponseModel


T = TypeVar("T", bound="GetAgentConversationTicketsPageResponseModel")


@_attrs_define
class GetAgentConversationTicketsPageResponseModel:
    """
    Attributes:
        agent_conversation_tickets (list[AgentConversationTicketResponseModel]):
        has_more (bool):
        next_cursor (None | str | Unset):
    """

    agent_conversation_tickets: list[AgentConversationTicketResponseModel]
    has_more: bool
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        agent_conversation_tickets = []
        for agent_conversation_tickets_item_data in self.agent_conversation_tickets:
            agent_conversation_tickets_item = agent_conversation_tickets_item_data.to_dict()
            agent_conversation_tickets.append(agent_conversation_tickets_item)

        has_more = self.has_more

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_conversation_tickets": agent_conversation_tickets,
                "has_more": has_more,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        agent_conversation_tickets = []
        _agent_conversation_tickets = d.pop("agent_conversation_tickets")
        for agent_conversation_tickets_item_data in _agent_conversation_tickets:
            agent_conversation_tickets_item = AgentConversationTicketResponseModel.from_dict(
                agent_conversation_tickets_item_data
            )

            agent_conversation_tickets.append(agent_conversation_tickets_item)

        has_more = d.pop("has_more")

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        get_agent_conversation_tickets_page_response_model = cls(
            agent_conversation_tickets=agent_conversation_tickets,
            has_more=has_more,
            next_cursor=next_cursor,
        )

        get_agent_conversation_tickets_page_response_model.additional_properties = d
        return get_agent_conversation_tickets_page_response_model

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
    global _nested_models_loaded, AgentConversationTicketResponseModel
    from ..models.agent_conversation_ticket_response_model import AgentConversationTicketResponseModel  # noqa: F401

    _nested_models_loaded = True
