from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convai_batch_call_recipient import ConvaiBatchCallRecipient


T = TypeVar("T", bound="ConvaiBatchCallSubmit")


@_attrs_define
class ConvaiBatchCallSubmit:
    """A batch of outbound calls by one agent from one number.

    Attributes:
        call_name (str): Your name for the batch.
        agent_id (str):
        agent_phone_number_id (str): Imported number to call from.
        scheduled_time_unix (int | None): When to start (Unix seconds); null starts now.
        recipients (list[ConvaiBatchCallRecipient]):
    """

    call_name: str
    agent_id: str
    agent_phone_number_id: str
    scheduled_time_unix: int | None
    recipients: list[ConvaiBatchCallRecipient]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        call_name = self.call_name

        agent_id = self.agent_id

        agent_phone_number_id = self.agent_phone_number_id

        scheduled_time_unix: int | None
        scheduled_time_unix = self.scheduled_time_unix

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_name": call_name,
                "agent_id": agent_id,
                "agent_phone_number_id": agent_phone_number_id,
                "scheduled_time_unix": scheduled_time_unix,
                "recipients": recipients,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        call_name = d.pop("call_name")

        agent_id = d.pop("agent_id")

        agent_phone_number_id = d.pop("agent_phone_number_id")

        def _parse_scheduled_time_unix(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        scheduled_time_unix = _parse_scheduled_time_unix(d.pop("scheduled_time_unix"))

        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = ConvaiBatchCallRecipient.from_dict(recipients_item_data)

            recipients.append(recipients_item)

        convai_batch_call_submit = cls(
            call_name=call_name,
            agent_id=agent_id,
            agent_phone_number_id=agent_phone_number_id,
            scheduled_time_unix=scheduled_time_unix,
            recipients=recipients,
        )

        convai_batch_call_submit.additional_properties = d
        return convai_batch_call_submit

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
    global _nested_models_loaded, ConvaiBatchCallRecipient
    from ..models.convai_batch_call_recipient import ConvaiBatchCallRecipient  # noqa: F401

    _nested_models_loaded = True
