from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertingIntegrationNotifier")


@_attrs_define
class AlertingIntegrationNotifier:
    """
    Attributes:
        connection_id (str):
        type_ (Literal['integration'] | Unset):  Default: 'integration'.
    """

    connection_id: str
    type_: Literal["integration"] | Unset = "integration"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connection_id": connection_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        connection_id = d.pop("connection_id")

        type_ = cast(Literal["integration"] | Unset, d.pop("type", UNSET))
        if type_ != "integration" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'integration', got '{type_}'")

        alerting_integration_notifier = cls(
            connection_id=connection_id,
            type_=type_,
        )

        alerting_integration_notifier.additional_properties = d
        return alerting_integration_notifier

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
