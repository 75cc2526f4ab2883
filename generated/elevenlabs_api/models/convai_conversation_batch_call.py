from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConvaiConversationBatchCall")


@_attrs_define
class ConvaiConversationBatchCall:
    """
    Attributes:
        batch_call_id (str):
        batch_call_recipient_id (str):
    """

    batch_call_id: str
    batch_call_recipient_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_call_id = self.batch_call_id

        batch_call_recipient_id = self.batch_call_recipient_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_call_id": batch_call_id,
                "batch_call_recipient_id": batch_call_recipient_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        batch_call_id = d.pop("batch_call_id")

        batch_call_recipient_id = d.pop("batch_call_recipient_id")

        convai_conversation_batch_call = cls(
            batch_call_id=batch_call_id,
            batch_call_recipient_id=batch_call_recipient_id,
        )

        convai_conversation_batch_call.additional_properties = d
        return convai_conversation_batch_call

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
