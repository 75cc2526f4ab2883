from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiTransferToNumberError")


@_attrs_define
class ConvaiTransferToNumberError:
    """
    Attributes:
        error (str):
        result_type (Literal['transfer_to_number_error'] | Unset):  Default: 'transfer_to_number_error'.
        status (Literal['error'] | Unset):  Default: 'error'.
        details (None | str | Unset):
    """

    error: str
    result_type: Literal["transfer_to_number_error"] | Unset = "transfer_to_number_error"
    status: Literal["error"] | Unset = "error"
    details: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        result_type = self.result_type

        status = self.status

        details: None | str | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if status is not UNSET:
            field_dict["status"] = status
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        result_type = cast(Literal["transfer_to_number_error"] | Unset, d.pop("result_type", UNSET))
        if result_type != "transfer_to_number_error" and not isinstance(result_type, Unset):
            raise ValueError(f"result_type must match const 'transfer_to_number_error', got '{result_type}'")

        status = cast(Literal["error"] | Unset, d.pop("status", UNSET))
        if status != "error" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'error', got '{status}'")

        def _parse_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        convai_transfer_to_number_error = cls(
            error=error,
            result_type=result_type,
            status=status,
            details=details,
        )

        convai_transfer_to_number_error.additional_properties = d
        return convai_transfer_to_number_error

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
