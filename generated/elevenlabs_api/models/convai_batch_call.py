from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_batch_call_phone_provider import (
    ConvaiBatchCallPhoneProvider,
    check_convai_batch_call_phone_provider,
)
from ..models.convai_batch_call_status import ConvaiBatchCallStatus, check_convai_batch_call_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiBatchCall")


@_attrs_define
class ConvaiBatchCall:
    """A batch call and its progress.

    Attributes:
        id (str):
        phone_number_id (str):
        name (str):
        agent_id (str):
        created_at_unix (int):
        scheduled_time_unix (int):
        total_calls_dispatched (int):
        total_calls_scheduled (int):
        last_updated_at_unix (int):
        status (ConvaiBatchCallStatus): State of a whole batch.
        agent_name (str):
        phone_provider (ConvaiBatchCallPhoneProvider | Unset): Telephony provider of the calling number. Default:
            'twilio'.
    """

    id: str
    phone_number_id: str
    name: str
    agent_id: str
    created_at_unix: int
    scheduled_time_unix: int
    total_calls_dispatched: int
    total_calls_scheduled: int
    last_updated_at_unix: int
    status: ConvaiBatchCallStatus
    agent_name: str
    phone_provider: ConvaiBatchCallPhoneProvider | Unset = "twilio"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone_number_id = self.phone_number_id

        name = self.name

        agent_id = self.agent_id

        created_at_unix = self.created_at_unix

        scheduled_time_unix = self.scheduled_time_unix

        total_calls_dispatched = self.total_calls_dispatched

        total_calls_scheduled = self.total_calls_scheduled

        last_updated_at_unix = self.last_updated_at_unix

        status: str = self.status

        agent_name = self.agent_name

        phone_provider: str | Unset = UNSET
        if not isinstance(self.phone_provider, Unset):
            phone_provider = self.phone_provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "phone_number_id": phone_number_id,
                "name": name,
                "agent_id": agent_id,
                "created_at_unix": created_at_unix,
                "scheduled_time_unix": scheduled_time_unix,
                "total_calls_dispatched": total_calls_dispatched,
                "total_calls_scheduled": total_calls_scheduled,
                "last_updated_at_unix": last_updated_at_unix,
                "status": status,
                "agent_name": agent_name,
            }
        )
        if phone_provider is not UNSET:
            field_dict["phone_provider"] = phone_provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        phone_number_id = d.pop("phone_number_id")

        name = d.pop("name")

        agent_id = d.pop("agent_id")

        created_at_unix = d.pop("created_at_unix")

        scheduled_time_unix = d.pop("scheduled_time_unix")

        total_calls_dispatched = d.pop("total_calls_dispatched")

        total_calls_scheduled = d.pop("total_calls_scheduled")

        last_updated_at_unix = d.pop("last_updated_at_unix")

        status = check_convai_batch_call_status(d.pop("status"))

        agent_name = d.pop("agent_name")

        _phone_provider = d.pop("phone_provider", UNSET)
        phone_provider: ConvaiBatchCallPhoneProvider | Unset
        if isinstance(_phone_provider, Unset):
            phone_provider = UNSET
        else:
            phone_provider = check_convai_batch_call_phone_provider(_phone_provider)

        convai_batch_call = cls(
            id=id,
            phone_number_id=phone_number_id,
            name=name,
            agent_id=agent_id,
            created_at_unix=created_at_unix,
            scheduled_time_unix=scheduled_time_unix,
            total_calls_dispatched=total_calls_dispatched,
            total_calls_scheduled=total_calls_scheduled,
            last_updated_at_unix=last_updated_at_unix,
            status=status,
            agent_name=agent_name,
            phone_provider=phone_provider,
        )

        convai_batch_call.additional_properties = d
        return convai_batch_call

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
