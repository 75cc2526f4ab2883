from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostConvaiAgentTestingBulkMoveRequest")


@_attrs_define
class PostConvaiAgentTestingBulkMoveRequest:
    """
    Attributes:
        entity_ids (list[str]):
        move_to (None | str | Unset):
    """

    entity_ids: list[str]
    move_to: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_ids = self.entity_ids

        move_to: None | str | Unset
        if isinstance(self.move_to, Unset):
            move_to = UNSET
        else:
            move_to = self.move_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity_ids": entity_ids,
            }
        )
        if move_to is not UNSET:
            field_dict["move_to"] = move_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity_ids = cast(list[str], d.pop("entity_ids"))

        def _parse_move_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        move_to = _parse_move_to(d.pop("move_to", UNSET))

        post_convai_agent_testing_bulk_move_request = cls(
            entity_ids=entity_ids,
            move_to=move_to,
        )

        post_convai_agent_testing_bulk_move_request.additional_properties = d
        return post_convai_agent_testing_bulk_move_request

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
