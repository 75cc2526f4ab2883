from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sample_config_db_model_parent_type_type_0 import (
    SampleConfigDBModelParentTypeType0,
    check_sample_config_db_model_parent_type_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SampleConfigDBModel")


@_attrs_define
class SampleConfigDBModel:
    """
    Attributes:
        is_sample (bool | Unset):  Default: False.
        parent_id (None | str | Unset):
        parent_type (None | SampleConfigDBModelParentTypeType0 | Unset):
        chapter_ids (list[str] | None | Unset):
    """

    is_sample: bool | Unset = False
    parent_id: None | str | Unset = UNSET
    parent_type: None | SampleConfigDBModelParentTypeType0 | Unset = UNSET
    chapter_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_sample = self.is_sample

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        parent_type: None | str | Unset
        if isinstance(self.parent_type, Unset):
            parent_type = UNSET
        elif isinstance(self.parent_type, str):
            parent_type = self.parent_type
        else:
            parent_type = self.parent_type

        chapter_ids: list[str] | None | Unset
        if isinstance(self.chapter_ids, Unset):
            chapter_ids = UNSET
        elif isinstance(self.chapter_ids, list):
            chapter_ids = self.chapter_ids

        else:
            chapter_ids = self.chapter_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_sample is not UNSET:
            field_dict["is_sample"] = is_sample
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if parent_type is not UNSET:
            field_dict["parent_type"] = parent_type
        if chapter_ids is not UNSET:
            field_dict["chapter_ids"] = chapter_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_sample = d.pop("is_sample", UNSET)

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_parent_type(data: object) -> None | SampleConfigDBModelParentTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_type_type_0 = check_sample_config_db_model_parent_type_type_0(data)

                return parent_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SampleConfigDBModelParentTypeType0 | Unset, data)

        parent_type = _parse_parent_type(d.pop("parent_type", UNSET))

        def _parse_chapter_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                chapter_ids_type_0 = cast(list[str], data)

                return chapter_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        chapter_ids = _parse_chapter_ids(d.pop("chapter_ids", UNSET))

        sample_config_db_model = cls(
            is_sample=is_sample,
            parent_id=parent_id,
            parent_type=parent_type,
            chapter_ids=chapter_ids,
        )

        sample_config_db_model.additional_properties = d
        return sample_config_db_model

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
