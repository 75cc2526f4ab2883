from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seat_type import SeatType, check_seat_type

T = TypeVar("T", bound="WorkspaceMemberResponseModel")


@_attrs_define
class WorkspaceMemberResponseModel:
    """
    Attributes:
        user_id (str):
        email (str):
        first_name (None | str):
        seat_type (None | SeatType):
        is_owner (bool):
        is_locked (bool):
    """

    user_id: str
    email: str
    first_name: None | str
    seat_type: None | SeatType
    is_owner: bool
    is_locked: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        email = self.email

        first_name: None | str
        first_name = self.first_name

        seat_type: None | str
        if isinstance(self.seat_type, str):
            seat_type = self.seat_type
        else:
            seat_type = self.seat_type

        is_owner = self.is_owner

        is_locked = self.is_locked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "email": email,
                "first_name": first_name,
                "seat_type": seat_type,
                "is_owner": is_owner,
                "is_locked": is_locked,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        email = d.pop("email")

        def _parse_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_name = _parse_first_name(d.pop("first_name"))

        def _parse_seat_type(data: object) -> None | SeatType:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                seat_type_type_0 = check_seat_type(data)

                return seat_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SeatType, data)

        seat_type = _parse_seat_type(d.pop("seat_type"))

        is_owner = d.pop("is_owner")

        is_locked = d.pop("is_locked")

        workspace_member_response_model = cls(
            user_id=user_id,
            email=email,
            first_name=first_name,
            seat_type=seat_type,
            is_owner=is_owner,
            is_locked=is_locked,
        )

        workspace_member_response_model.additional_properties = d
        return workspace_member_response_model

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
