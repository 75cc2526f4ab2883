from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.procedure_type import ProcedureType, check_procedure_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateProcedureRequestModel")


@_attrs_define
class CreateProcedureRequestModel:
    """
    Attributes:
        name (str | Unset):  Default: ''.
        content (str | Unset):  Default: ''.
        type_ (ProcedureType | Unset):  Default: 'free_form'.
        trigger (None | str | Unset):
    """

    name: str | Unset = ""
    content: str | Unset = ""
    type_: ProcedureType | Unset = "free_form"
    trigger: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        content = self.content

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        trigger: None | str | Unset
        if isinstance(self.trigger, Unset):
            trigger = UNSET
        else:
            trigger = self.trigger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if content is not UNSET:
            field_dict["content"] = content
        if type_ is not UNSET:
            field_dict["type"] = type_
        if trigger is not UNSET:
            field_dict["trigger"] = trigger

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        content = d.pop("content", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ProcedureType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_procedure_type(_type_)

        def _parse_trigger(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trigger = _parse_trigger(d.pop("trigger", UNSET))

        create_procedure_request_model = cls(
            name=name,
            content=content,
            type_=type_,
            trigger=trigger,
        )

        create_procedure_request_model.additional_properties = d
        return create_procedure_request_model

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
