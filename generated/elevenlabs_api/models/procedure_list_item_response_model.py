from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.procedure_type import ProcedureType, check_procedure_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcedureListItemResponseModel")


@_attrs_define
class ProcedureListItemResponseModel:
    """
    Attributes:
        procedure_id (str):
        has_draft (bool):
        version_id (None | str | Unset):
        name (str | Unset):  Default: ''.
        type_ (ProcedureType | Unset):  Default: 'free_form'.
        trigger (str | Unset):  Default: ''.
    """

    procedure_id: str
    has_draft: bool
    version_id: None | str | Unset = UNSET
    name: str | Unset = ""
    type_: ProcedureType | Unset = "free_form"
    trigger: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        procedure_id = self.procedure_id

        has_draft = self.has_draft

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        else:
            version_id = self.version_id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        trigger = self.trigger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "procedure_id": procedure_id,
                "has_draft": has_draft,
            }
        )
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if trigger is not UNSET:
            field_dict["trigger"] = trigger

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        procedure_id = d.pop("procedure_id")

        has_draft = d.pop("has_draft")

        def _parse_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_id = _parse_version_id(d.pop("version_id", UNSET))

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ProcedureType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_procedure_type(_type_)

        trigger = d.pop("trigger", UNSET)

        procedure_list_item_response_model = cls(
            procedure_id=procedure_id,
            has_draft=has_draft,
            version_id=version_id,
            name=name,
            type_=type_,
            trigger=trigger,
        )

        procedure_list_item_response_model.additional_properties = d
        return procedure_list_item_response_model

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
