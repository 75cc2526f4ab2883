from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TurnCommentResponseModel")


@_attrs_define
class TurnCommentResponseModel:
    """
    Attributes:
        turn_index (int):
        comment (str):
        created_at_unix_secs (int):
        owner_user_id (None | str):
    """

    turn_index: int
    comment: str
    created_at_unix_secs: int
    owner_user_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        turn_index = self.turn_index

        comment = self.comment

        created_at_unix_secs = self.created_at_unix_secs

        owner_user_id: None | str
        owner_user_id = self.owner_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "turn_index": turn_index,
                "comment": comment,
                "created_at_unix_secs": created_at_unix_secs,
                "owner_user_id": owner_user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        turn_index = d.pop("turn_index")

        comment = d.pop("comment")

        created_at_unix_secs = d.pop("created_at_unix_secs")

        def _parse_owner_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owner_user_id = _parse_owner_user_id(d.pop("owner_user_id"))

        turn_comment_response_model = cls(
            turn_index=turn_index,
            comment=comment,
            created_at_unix_secs=created_at_unix_secs,
            owner_user_id=owner_user_id,
        )

        turn_comment_response_model.additional_properties = d
        return turn_comment_response_model

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
