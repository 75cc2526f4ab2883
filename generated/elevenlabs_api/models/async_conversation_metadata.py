from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_conversation_metadata_delivery_status import (
    AsyncConversationMetadataDeliveryStatus,
    check_async_conversation_metadata_delivery_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncConversationMetadata")


@_attrs_define
class AsyncConversationMetadata:
    """
    Attributes:
        delivery_status (AsyncConversationMetadataDeliveryStatus):
        delivery_timestamp (int):
        external_system (str):
        external_id (str):
        delivery_error (None | str | Unset):
        external_link (None | str | Unset):
        retry_count (int | Unset):  Default: 0.
        last_retry_timestamp (int | None | Unset):
        last_processed_external_message_id (None | str | Unset):
    """

    delivery_status: AsyncConversationMetadataDeliveryStatus
    delivery_timestamp: int
    external_system: str
    external_id: str
    delivery_error: None | str | Unset = UNSET
    external_link: None | str | Unset = UNSET
    retry_count: int | Unset = 0
    last_retry_timestamp: int | None | Unset = UNSET
    last_processed_external_message_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_status: str = self.delivery_status

        delivery_timestamp = self.delivery_timestamp

        external_system = self.external_system

        external_id = self.external_id

        delivery_error: None | str | Unset
        if isinstance(self.delivery_error, Unset):
            delivery_error = UNSET
        else:
            delivery_error = self.delivery_error

        external_link: None | str | Unset
        if isinstance(self.external_link, Unset):
            external_link = UNSET
        else:
            external_link = self.external_link

        retry_count = self.retry_count

        last_retry_timestamp: int | None | Unset
        if isinstance(self.last_retry_timestamp, Unset):
            last_retry_timestamp = UNSET
        else:
            last_retry_timestamp = self.last_retry_timestamp

        last_processed_external_message_id: None | str | Unset
        if isinstance(self.last_processed_external_message_id, Unset):
            last_processed_external_message_id = UNSET
        else:
            last_processed_external_message_id = self.last_processed_external_message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivery_status": delivery_status,
                "delivery_timestamp": delivery_timestamp,
                "external_system": external_system,
                "external_id": external_id,
            }
        )
        if delivery_error is not UNSET:
            field_dict["delivery_error"] = delivery_error
        if external_link is not UNSET:
            field_dict["external_link"] = external_link
        if retry_count is not UNSET:
            field_dict["retry_count"] = retry_count
        if last_retry_timestamp is not UNSET:
            field_dict["last_retry_timestamp"] = last_retry_timestamp
        if last_processed_external_message_id is not UNSET:
            field_dict["last_processed_external_message_id"] = last_processed_external_message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delivery_status = check_async_conversation_metadata_delivery_status(d.pop("delivery_status"))

        delivery_timestamp = d.pop("delivery_timestamp")

        external_system = d.pop("external_system")

        external_id = d.pop("external_id")

        def _parse_delivery_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_error = _parse_delivery_error(d.pop("delivery_error", UNSET))

        def _parse_external_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_link = _parse_external_link(d.pop("external_link", UNSET))

        retry_count = d.pop("retry_count", UNSET)

        def _parse_last_retry_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_retry_timestamp = _parse_last_retry_timestamp(d.pop("last_retry_timestamp", UNSET))

        def _parse_last_processed_external_message_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_processed_external_message_id = _parse_last_processed_external_message_id(
            d.pop("last_processed_external_message_id", UNSET)
        )

        async_conversation_metadata = cls(
            delivery_status=delivery_status,
            delivery_timestamp=delivery_timestamp,
            external_system=external_system,
            external_id=external_id,
            delivery_error=delivery_error,
            external_link=external_link,
            retry_count=retry_count,
            last_retry_timestamp=last_retry_timestamp,
            last_processed_external_message_id=last_processed_external_message_id,
        )

        async_conversation_metadata.additional_properties = d
        return async_conversation_metadata

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
