from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkspaceGroup")


@_attrs_define
class WorkspaceGroup:
    """A group of workspace members, found by name.

    Example:
        {'name': 'Support team', 'id': 'g7Hk2LmQ9pRs4TvW1xYz', 'members_emails': ['ada@example.com',
            'linus@example.com']}

    Attributes:
        name (str):
        id (str):
        members_emails (list[str]): Email addresses of the group's members.
    """

    name: str
    id: str
    members_emails: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        members_emails = self.members_emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
                "members_emails": members_emails,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id")

        members_emails = cast(list[str], d.pop("members_emails"))

        workspace_group = cls(
            name=name,
            id=id,
            members_emails=members_emails,
        )

        workspace_group.additional_properties = d
        return workspace_group

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
