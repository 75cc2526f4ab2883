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
        expiration_time_unix_secs (int | None | Unset):
        conversation_id (None | str | Unset):
        purpose (ConvaiConversationTokenPurpose | Unset):  Default: 'signed_url'.
    """

    agent_id: str
    conversation_token: str
    expiration_time_unix_secs: int | None | Unset = UNSET
    conversation_id: None | str | Unset = UNSET
    purpose: ConvaiConversationTokenPurpose | Unset = "signed_url"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        conversation_token = self.conversation_token

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

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "conversation_token": conversation_token,
            }
        )
        if expiration_time_unix_secs is not UNSET:
            field_dict["expiration_time_unix_secs"] = expiration_time_unix_secs
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if purpose is not UNSET:
            field_dict["purpose"] = purpose

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        conversation_token = d.pop("conversation_token")

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

        _purpose = d.pop("purpose", UNSET)
        purpose: ConvaiConversationTokenPurpose | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = check_convai_conversation_token_purpose(_purpose)

        convai_conversation_token_record = cls(
            agent_id=agent_id,
            conversation_token=conversation_token,
            expiration_time_unix_secs=expiration_time_unix_secs,
            conversation_id=conversation_id,
            purpose=purpose,
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
