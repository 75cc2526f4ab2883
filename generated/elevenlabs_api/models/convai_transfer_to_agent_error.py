from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiTransferToAgentError")


@_attrs_define
class ConvaiTransferToAgentError:
    """
    Attributes:
        from_agent (str):
        error (str):
        result_type (Literal['transfer_to_agent_error'] | Unset):  Default: 'transfer_to_agent_error'.
        status (Literal['error'] | Unset):  Default: 'error'.
    """

    from_agent: str
    error: str
    result_type: Literal["transfer_to_agent_error"] | Unset = "transfer_to_agent_error"
    status: Literal["error"] | Unset = "error"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_agent = self.from_agent

        error = self.error

        result_type = self.result_type

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_agent": from_agent,
                "error": error,
            }
        )
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_agent = d.pop("from_agent")

        error = d.pop("error")

        result_type = cast(Literal["transfer_to_agent_error"] | Unset, d.pop("result_type", UNSET))
        if result_type != "transfer_to_agent_error" and not isinstance(result_type, Unset):
            raise ValueError(f"result_type must match const 'transfer_to_agent_error', got '{result_type}'")

        status = cast(Literal["error"] | Unset, d.pop("status", UNSET))
        if status != "error" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'error', got '{status}'")

        convai_transfer_to_agent_error = cls(
            from_agent=from_agent,
            error=error,
            result_type=result_type,
            status=status,
        )

        convai_transfer_to_agent_error.additional_properties = d
        return convai_transfer_to_agent_error

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
