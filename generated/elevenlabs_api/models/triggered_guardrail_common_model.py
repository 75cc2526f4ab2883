from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrail_type import GuardrailType, check_guardrail_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggeredGuardrailCommonModel")


@_attrs_define
class TriggeredGuardrailCommonModel:
    """
    Attributes:
        guardrail_type (GuardrailType):
        guardrail_name (None | str | Unset):
    """

    guardrail_type: GuardrailType
    guardrail_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        guardrail_type: str = self.guardrail_type

        guardrail_name: None | str | Unset
        if isinstance(self.guardrail_name, Unset):
            guardrail_name = UNSET
        else:
            guardrail_name = self.guardrail_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guardrail_type": guardrail_type,
            }
        )
        if guardrail_name is not UNSET:
            field_dict["guardrail_name"] = guardrail_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        guardrail_type = check_guardrail_type(d.pop("guardrail_type"))

        def _parse_guardrail_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        guardrail_name = _parse_guardrail_name(d.pop("guardrail_name", UNSET))

        triggered_guardrail_common_model = cls(
            guardrail_type=guardrail_type,
            guardrail_name=guardrail_name,
        )

        triggered_guardrail_common_model.additional_properties = d
        return triggered_guardrail_common_model

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
