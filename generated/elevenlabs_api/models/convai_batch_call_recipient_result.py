from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_batch_call_recipient_status import (
    ConvaiBatchCallRecipientStatus,
    check_convai_batch_call_recipient_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_conversation_init_client_data_internal import ConvaiConversationInitClientDataInternal


T = TypeVar("T", bound="ConvaiBatchCallRecipientResult")


@_attrs_define
class ConvaiBatchCallRecipientResult:
    """One recipient of a batch and how their call went.

    Attributes:
        id (str):
        status (ConvaiBatchCallRecipientStatus): State of one recipient's call.
        created_at_unix (int):
        updated_at_unix (int):
        conversation_id (None | str):
        phone_number (None | str | Unset):
        whatsapp_user_id (None | str | Unset):
        conversation_initiation_client_data (ConvaiConversationInitClientDataInternal | None | Unset):
    """

    id: str
    status: ConvaiBatchCallRecipientStatus
    created_at_unix: int
    updated_at_unix: int
    conversation_id: None | str
    phone_number: None | str | Unset = UNSET
    whatsapp_user_id: None | str | Unset = UNSET
    conversation_initiation_client_data: ConvaiConversationInitClientDataInternal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        status: str = self.status

        created_at_unix = self.created_at_unix

        updated_at_unix = self.updated_at_unix

        conversation_id: None | str
        conversation_id = self.conversation_id

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        whatsapp_user_id: None | str | Unset
        if isinstance(self.whatsapp_user_id, Unset):
            whatsapp_user_id = UNSET
        else:
            whatsapp_user_id = self.whatsapp_user_id

        conversation_initiation_client_data: dict[str, Any] | None | Unset
        if isinstance(self.conversation_initiation_client_data, Unset):
            conversation_initiation_client_data = UNSET
        elif isinstance(self.conversation_initiation_client_data, ConvaiConversationInitClientDataInternal):
            conversation_initiation_client_data = self.conversation_initiation_client_data.to_dict()
        else:
            conversation_initiation_client_data = self.conversation_initiation_client_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "created_at_unix": created_at_unix,
                "updated_at_unix": updated_at_unix,
                "conversation_id": conversation_id,
            }
        )
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if whatsapp_user_id is not UNSET:
            field_dict["whatsapp_user_id"] = whatsapp_user_id
        if conversation_initiation_client_data is not UNSET:
            field_dict["conversation_initiation_client_data"] = conversation_initiation_client_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        id = d.pop("id")

        status = check_convai_batch_call_recipient_status(d.pop("status"))

        created_at_unix = d.pop("created_at_unix")

        updated_at_unix = d.pop("updated_at_unix")

        def _parse_conversation_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        conversation_id = _parse_conversation_id(d.pop("conversation_id"))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phone_number", UNSET))

        def _parse_whatsapp_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        whatsapp_user_id = _parse_whatsapp_user_id(d.pop("whatsapp_user_id", UNSET))

        def _parse_conversation_initiation_client_data(
            data: object,
        ) -> ConvaiConversationInitClientDataInternal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversation_initiation_client_data_type_0 = ConvaiConversationInitClientDataInternal.from_dict(data)

                return conversation_initiation_client_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiConversationInitClientDataInternal | None | Unset, data)

        conversation_initiation_client_data = _parse_conversation_initiation_client_data(
            d.pop("conversation_initiation_client_data", UNSET)
        )

        convai_batch_call_recipient_result = cls(
            id=id,
            status=status,
            created_at_unix=created_at_unix,
            updated_at_unix=updated_at_unix,
            conversation_id=conversation_id,
            phone_number=phone_number,
            whatsapp_user_id=whatsapp_user_id,
            conversation_initiation_client_data=conversation_initiation_client_data,
        )

        convai_batch_call_recipient_result.additional_properties = d
        return convai_batch_call_recipient_result

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
    global _nested_models_loaded, ConvaiConversationInitClientDataInternal
    from ..models.convai_conversation_init_client_data_internal import ConvaiConversationInitClientDataInternal  # noqa: F401

    _nested_models_loaded = True
