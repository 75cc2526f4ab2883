from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowUnconditionalModelInput")


@_attrs_define
class WorkflowUnconditionalModelInput:
    """
    Attributes:
        label (None | str | Unset):
        type_ (Literal['unconditional'] | Unset):  Default: 'unconditional'.
    """

    label: None | str | Unset = UNSET
    type_: Literal["unconditional"] | Unset = "unconditional"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        type_ = cast(Literal["unconditional"] | Unset, d.pop("type", UNSET))
        if type_ != "unconditional" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'unconditional', got '{type_}'")

        workflow_unconditional_model_input = cls(
            label=label,
            type_=type_,
        )

        workflow_unconditional_model_input.additional_properties = d
        return workflow_unconditional_model_input

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
