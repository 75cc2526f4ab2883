from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_conversation_ticket_status import (
    AgentConversationTicketStatus,
    check_agent_conversation_ticket_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchAgentConversationTicketRequestModel")


@_attrs_define
class PatchAgentConversationTicketRequestModel:
    """
    Attributes:
        status (AgentConversationTicketStatus | None | Unset):
        assignee_user_id (None | str | Unset):
    """

    status: AgentConversationTicketStatus | None | Unset = UNSET
    assignee_user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        assignee_user_id: None | str | Unset
        if isinstance(self.assignee_user_id, Unset):
            assignee_user_id = UNSET
        else:
            assignee_user_id = self.assignee_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if assignee_user_id is not UNSET:
            field_dict["assignee_user_id"] = assignee_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_status(data: object) -> AgentConversationTicketStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_agent_conversation_ticket_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentConversationTicketStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_assignee_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assignee_user_id = _parse_assignee_user_id(d.pop("assignee_user_id", UNSET))

        patch_agent_conversation_ticket_request_model = cls(
            status=status,
            assignee_user_id=assignee_user_id,
        )

        patch_agent_conversation_ticket_request_model.additional_properties = d
        return patch_agent_conversation_ticket_request_model

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
