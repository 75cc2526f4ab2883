from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_summary_message_model_role import (
    ConversationSummaryMessageModelRole,
    check_conversation_summary_message_model_role,
)

T = TypeVar("T", bound="ConversationSummaryMessageModel")


@_attrs_define
class ConversationSummaryMessageModel:
    """
    Attributes:
        role (ConversationSummaryMessageModelRole):
        message (str):
    """

    role: ConversationSummaryMessageModelRole
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = check_conversation_summary_message_model_role(d.pop("role"))

        message = d.pop("message")

        conversation_summary_message_model = cls(
            role=role,
            message=message,
        )

        conversation_summary_message_model.additional_properties = d
        return conversation_summary_message_model

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
