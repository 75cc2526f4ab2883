from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConversationTagResponseModel")


@_attrs_define
class ConversationTagResponseModel:
    """
    Attributes:
        tag_id (str):
        workspace_id (str):
        owner_user_id (str):
        title (str):
        description (None | str):
        created_at_unix_secs (int):
    """

    tag_id: str
    workspace_id: str
    owner_user_id: str
    title: str
    description: None | str
    created_at_unix_secs: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag_id = self.tag_id

        workspace_id = self.workspace_id

        owner_user_id = self.owner_user_id

        title = self.title

        description: None | str
        description = self.description

        created_at_unix_secs = self.created_at_unix_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tag_id": tag_id,
                "workspace_id": workspace_id,
                "owner_user_id": owner_user_id,
                "title": title,
                "description": description,
                "created_at_unix_secs": created_at_unix_secs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tag_id = d.pop("tag_id")

        workspace_id = d.pop("workspace_id")

        owner_user_id = d.pop("owner_user_id")

        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        created_at_unix_secs = d.pop("created_at_unix_secs")

        conversation_tag_response_model = cls(
            tag_id=tag_id,
            workspace_id=workspace_id,
            owner_user_id=owner_user_id,
            title=title,
            description=description,
            created_at_unix_secs=created_at_unix_secs,
        )

        conversation_tag_response_model.additional_properties = d
        return conversation_tag_response_model

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
