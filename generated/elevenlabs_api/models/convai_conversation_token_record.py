from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_conversation_token_purpose import (
    ConvaiConversationTokenPurpose,
    check_convai_conversation_token_purpose,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiConversationTokenRecord")


@_attrs_define
class ConvaiConversationTokenRecord:
    """A stored conversation token.

    Attributes:
        agent_id (str):
        conversation_token (str):
        purpose (ConvaiConversationTokenPurpose):
        expiration_time_unix_secs (int | None | Unset):
        conversation_id (None | str | Unset):
        token_requester_user_id (None | str | Unset):
    """

    agent_id: str
    conversation_token: str
    purpose: ConvaiConversationTokenPurpose
    expiration_time_unix_secs: int | None | Unset = UNSET
    conversation_id: None | str | Unset = UNSET
    token_requester_user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        conversation_token = self.conversation_token

        purpose: str = self.purpose

        expiration_time_unix_secs: int | None | Unset
        if isinstance(self.expiration_time_unix_secs, Unset):
            expiration_time_unix_secs = UNSET
        else:
            expiration_time_unix_secs = self.expiration_time_unix_secs

        conversation_id: None | str | Unset
        if isinstance(self.conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = self.conversation_id

        token_requester_user_id: None | str | Unset
        if isinstance(self.token_requester_user_id, Unset):
            token_requester_user_id = UNSET
        else:
            token_requester_user_id = self.token_requester_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "conversation_token": conversation_token,
                "purpose": purpose,
            }
        )
        if expiration_time_unix_secs is not UNSET:
            field_dict["expiration_time_unix_secs"] = expiration_time_unix_secs
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if token_requester_user_id is not UNSET:
            field_dict["token_requester_user_id"] = token_requester_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        conversation_token = d.pop("conversation_token")

        purpose = check_convai_conversation_token_purpose(d.pop("purpose"))

        def _parse_expiration_time_unix_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expiration_time_unix_secs = _parse_expiration_time_unix_secs(d.pop("expiration_time_unix_secs", UNSET))

        def _parse_conversation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conversation_id = _parse_conversation_id(d.pop("conversation_id", UNSET))

        def _parse_token_requester_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token_requester_user_id = _parse_token_requester_user_id(d.pop("token_requester_user_id", UNSET))

        convai_conversation_token_record = cls(
            agent_id=agent_id,
            conversation_token=conversation_token,
            purpose=purpose,
            expiration_time_unix_secs=expiration_time_unix_secs,
            conversation_id=conversation_id,
            token_requester_user_id=token_requester_user_id,
        )

        convai_conversation_token_record.additional_properties = d
        return convai_conversation_token_record

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
