from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_generation_failed_response_failure_reason import (
    MediaGenerationFailedResponseFailureReason,
    check_media_generation_failed_response_failure_reason,
)

T = TypeVar("T", bound="MediaGenerationFailedResponse")


@_attrs_define
class MediaGenerationFailedResponse:
    """
    Attributes:
        id (str):
        status (Literal['failed']):
        failure_reason (MediaGenerationFailedResponseFailureReason):
        error_message (str):
    """

    id: str
    status: Literal["failed"]
    failure_reason: MediaGenerationFailedResponseFailureReason
    error_message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        failure_reason: str = self.failure_reason

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "failure_reason": failure_reason,
                "error_message": error_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = cast(Literal["failed"], d.pop("status"))
        if status != "failed":
            raise ValueError(f"status must match const 'failed', got '{status}'")

        failure_reason = check_media_generation_failed_response_failure_reason(d.pop("failure_reason"))

        error_message = d.pop("error_message")

        media_generation_failed_response = cls(
            id=id,
            status=status,
            failure_reason=failure_reason,
            error_message=error_message,
        )

        media_generation_failed_response.additional_properties = d
        return media_generation_failed_response

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
