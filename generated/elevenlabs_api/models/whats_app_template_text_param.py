from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsAppTemplateTextParam")


@_attrs_define
class WhatsAppTemplateTextParam:
    """
    Attributes:
        text (str):
        parameter_name (None | str | Unset):
        type_ (Literal['text'] | Unset):  Default: 'text'.
    """

    text: str
    parameter_name: None | str | Unset = UNSET
    type_: Literal["text"] | Unset = "text"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        parameter_name: None | str | Unset
        if isinstance(self.parameter_name, Unset):
            parameter_name = UNSET
        else:
            parameter_name = self.parameter_name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if parameter_name is not UNSET:
            field_dict["parameter_name"] = parameter_name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        def _parse_parameter_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parameter_name = _parse_parameter_name(d.pop("parameter_name", UNSET))

        type_ = cast(Literal["text"] | Unset, d.pop("type", UNSET))
        if type_ != "text" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'text', got '{type_}'")

        whats_app_template_text_param = cls(
            text=text,
            parameter_name=parameter_name,
            type_=type_,
        )

        whats_app_template_text_param.additional_properties = d
        return whats_app_template_text_param

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
