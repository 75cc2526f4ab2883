from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seat_type import SeatType, check_seat_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceMemberUpdate")


@_attrs_define
class WorkspaceMemberUpdate:
    """A member and what to change about them; fields left out stay as they are.

    Attributes:
        email (str): Email address of the member.
        is_locked (bool | None | Unset): True locks the member's account, false unlocks it.
        workspace_role (None | SeatType | Unset): The member's new role.
        workspace_seat_type (None | SeatType | Unset):
    """

    email: str
    is_locked: bool | None | Unset = UNSET
    workspace_role: None | SeatType | Unset = UNSET
    workspace_seat_type: None | SeatType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        is_locked: bool | None | Unset
        if isinstance(self.is_locked, Unset):
            is_locked = UNSET
        else:
            is_locked = self.is_locked

        workspace_role: None | str | Unset
        if isinstance(self.workspace_role, Unset):
            workspace_role = UNSET
        elif isinstance(self.workspace_role, str):
            workspace_role = self.workspace_role
        else:
            workspace_role = self.workspace_role

        workspace_seat_type: None | str | Unset
        if isinstance(self.workspace_seat_type, Unset):
            workspace_seat_type = UNSET
        elif isinstance(self.workspace_seat_type, str):
            workspace_seat_type = self.workspace_seat_type
        else:
            workspace_seat_type = self.workspace_seat_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if is_locked is not UNSET:
            field_dict["is_locked"] = is_locked
        if workspace_role is not UNSET:
            field_dict["workspace_role"] = workspace_role
        if workspace_seat_type is not UNSET:
            field_dict["workspace_seat_type"] = workspace_seat_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        def _parse_is_locked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_locked = _parse_is_locked(d.pop("is_locked", UNSET))

        def _parse_workspace_role(data: object) -> None | SeatType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                workspace_role_type_0 = check_seat_type(data)

                return workspace_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SeatType | Unset, data)

        workspace_role = _parse_workspace_role(d.pop("workspace_role", UNSET))

        def _parse_workspace_seat_type(data: object) -> None | SeatType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                workspace_seat_type_type_0 = check_seat_type(data)

                return workspace_seat_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SeatType | Unset, data)

        workspace_seat_type = _parse_workspace_seat_type(d.pop("workspace_seat_type", UNSET))

        workspace_member_update = cls(
            email=email,
            is_locked=is_locked,
            workspace_role=workspace_role,
            workspace_seat_type=workspace_seat_type,
        )

        workspace_member_update.additional_properties = d
        return workspace_member_update

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
