from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seat_type import SeatType, check_seat_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScimGroupResponseModel")


@_attrs_define
class ScimGroupResponseModel:
    """
    Attributes:
        scim_external_id (None | str):
        display_name (str):
        created_at_unix (int | None | Unset):
        updated_at_unix (int | None | Unset):
        seat_type (None | SeatType | Unset):
    """

    scim_external_id: None | str
    display_name: str
    created_at_unix: int | None | Unset = UNSET
    updated_at_unix: int | None | Unset = UNSET
    seat_type: None | SeatType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scim_external_id: None | str
        scim_external_id = self.scim_external_id

        display_name = self.display_name

        created_at_unix: int | None | Unset
        if isinstance(self.created_at_unix, Unset):
            created_at_unix = UNSET
        else:
            created_at_unix = self.created_at_unix

        updated_at_unix: int | None | Unset
        if isinstance(self.updated_at_unix, Unset):
            updated_at_unix = UNSET
        else:
            updated_at_unix = self.updated_at_unix

        seat_type: None | str | Unset
        if isinstance(self.seat_type, Unset):
            seat_type = UNSET
        elif isinstance(self.seat_type, str):
            seat_type = self.seat_type
        else:
            seat_type = self.seat_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scim_external_id": scim_external_id,
                "display_name": display_name,
            }
        )
        if created_at_unix is not UNSET:
            field_dict["created_at_unix"] = created_at_unix
        if updated_at_unix is not UNSET:
            field_dict["updated_at_unix"] = updated_at_unix
        if seat_type is not UNSET:
            field_dict["seat_type"] = seat_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_scim_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        scim_external_id = _parse_scim_external_id(d.pop("scim_external_id"))

        display_name = d.pop("display_name")

        def _parse_created_at_unix(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at_unix = _parse_created_at_unix(d.pop("created_at_unix", UNSET))

        def _parse_updated_at_unix(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        updated_at_unix = _parse_updated_at_unix(d.pop("updated_at_unix", UNSET))

        def _parse_seat_type(data: object) -> None | SeatType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                seat_type_type_0 = check_seat_type(data)

                return seat_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SeatType | Unset, data)

        seat_type = _parse_seat_type(d.pop("seat_type", UNSET))

        scim_group_response_model = cls(
            scim_external_id=scim_external_id,
            display_name=display_name,
            created_at_unix=created_at_unix,
            updated_at_unix=updated_at_unix,
            seat_type=seat_type,
        )

        scim_group_response_model.additional_properties = d
        return scim_group_response_model

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
