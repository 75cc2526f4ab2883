from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seat_type import SeatType, check_seat_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceInvite")


@_attrs_define
class WorkspaceInvite:
    """One person to invite, optionally into groups and with a permission.

    Attributes:
        email (str): Address the invitation goes to.
        workspace_permission (None | str | Unset): Permission the person gets in the workspace.
        seat_type (None | SeatType | Unset):
        group_ids (list[str] | None | Unset): Groups the person joins on accepting.
        usage_limit (int | None | Unset):
    """

    email: str
    workspace_permission: None | str | Unset = UNSET
    seat_type: None | SeatType | Unset = UNSET
    group_ids: list[str] | None | Unset = UNSET
    usage_limit: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        workspace_permission: None | str | Unset
        if isinstance(self.workspace_permission, Unset):
            workspace_permission = UNSET
        else:
            workspace_permission = self.workspace_permission

        seat_type: None | str | Unset
        if isinstance(self.seat_type, Unset):
            seat_type = UNSET
        elif isinstance(self.seat_type, str):
            seat_type = self.seat_type
        else:
            seat_type = self.seat_type

        group_ids: list[str] | None | Unset
        if isinstance(self.group_ids, Unset):
            group_ids = UNSET
        elif isinstance(self.group_ids, list):
            group_ids = self.group_ids

        else:
            group_ids = self.group_ids

        usage_limit: int | None | Unset
        if isinstance(self.usage_limit, Unset):
            usage_limit = UNSET
        else:
            usage_limit = self.usage_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if workspace_permission is not UNSET:
            field_dict["workspace_permission"] = workspace_permission
        if seat_type is not UNSET:
            field_dict["seat_type"] = seat_type
        if group_ids is not UNSET:
            field_dict["group_ids"] = group_ids
        if usage_limit is not UNSET:
            field_dict["usage_limit"] = usage_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        def _parse_workspace_permission(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workspace_permission = _parse_workspace_permission(d.pop("workspace_permission", UNSET))

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

        def _parse_group_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                group_ids_type_0 = cast(list[str], data)

                return group_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        group_ids = _parse_group_ids(d.pop("group_ids", UNSET))

        def _parse_usage_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        usage_limit = _parse_usage_limit(d.pop("usage_limit", UNSET))

        workspace_invite = cls(
            email=email,
            workspace_permission=workspace_permission,
            seat_type=seat_type,
            group_ids=group_ids,
            usage_limit=usage_limit,
        )

        workspace_invite.additional_properties = d
        return workspace_invite

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
