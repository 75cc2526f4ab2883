from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.whats_app_template_text_param import WhatsAppTemplateTextParam


T = TypeVar("T", bound="WhatsAppTemplateButtonComponentParams")


@_attrs_define
class WhatsAppTemplateButtonComponentParams:
    """
    Attributes:
        parameters (list[WhatsAppTemplateTextParam]):
        index (int):
        sub_type (str):
        type_ (Literal['button'] | Unset):  Default: 'button'.
    """

    parameters: list[WhatsAppTemplateTextParam]
    index: int
    sub_type: str
    type_: Literal["button"] | Unset = "button"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        parameters = []
        for parameters_item_data in self.parameters:
            parameters_item = parameters_item_data.to_dict()
            parameters.append(parameters_item)

        index = self.index

        sub_type = self.sub_type

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parameters": parameters,
                "index": index,
                "sub_type": sub_type,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        parameters = []
        _parameters = d.pop("parameters")
        for parameters_item_data in _parameters:
            parameters_item = WhatsAppTemplateTextParam.from_dict(parameters_item_data)

            parameters.append(parameters_item)

        index = d.pop("index")

        sub_type = d.pop("sub_type")

        type_ = cast(Literal["button"] | Unset, d.pop("type", UNSET))
        if type_ != "button" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'button', got '{type_}'")

        whats_app_template_button_component_params = cls(
            parameters=parameters,
            index=index,
            sub_type=sub_type,
            type_=type_,
        )

        whats_app_template_button_component_params.additional_properties = d
        return whats_app_template_button_component_params

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
    global _nested_models_loaded, WhatsAppTemplateTextParam
    from ..models.whats_app_template_text_param import WhatsAppTemplateTextParam  # noqa: F401

    _nested_models_loaded = True
