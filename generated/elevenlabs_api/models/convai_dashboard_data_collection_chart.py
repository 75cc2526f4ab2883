from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiDashboardDataCollectionChart")


@_attrs_define
class ConvaiDashboardDataCollectionChart:
    """Chart of one data collection item.

    Attributes:
        name (str):
        data_collection_id (str):
        type_ (Literal['data_collection'] | Unset):  Default: 'data_collection'.
    """

    name: str
    data_collection_id: str
    type_: Literal["data_collection"] | Unset = "data_collection"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data_collection_id = self.data_collection_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "data_collection_id": data_collection_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        data_collection_id = d.pop("data_collection_id")

        type_ = cast(Literal["data_collection"] | Unset, d.pop("type", UNSET))
        if type_ != "data_collection" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'data_collection', got '{type_}'")

        convai_dashboard_data_collection_chart = cls(
            name=name,
            data_collection_id=data_collection_id,
            type_=type_,
        )

        convai_dashboard_data_collection_chart.additional_properties = d
        return convai_dashboard_data_collection_chart

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
