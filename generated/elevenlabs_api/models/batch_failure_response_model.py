from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BatchFailureResponseModel")


@_attrs_define
class BatchFailureResponseModel:
    """
    Attributes:
        status (Literal['failure']):  Default: 'failure'.
        error_code (int):
        error_status (str):
        error_message (str):
    """

    error_code: int
    error_status: str
    error_message: str
    status: Literal["failure"] = "failure"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        error_code = self.error_code

        error_status = self.error_status

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "error_code": error_code,
                "error_status": error_status,
                "error_message": error_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = cast(Literal["failure"], d.pop("status"))
        if status != "failure":
            raise ValueError(f"status must match const 'failure', got '{status}'")

        error_code = d.pop("error_code")

        error_status = d.pop("error_status")

        error_message = d.pop("error_message")

        batch_failure_response_model = cls(
            status=status,
            error_code=error_code,
            error_status=error_status,
            error_message=error_message,
        )

        batch_failure_response_model.additional_properties = d
        return batch_failure_response_model

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
