from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo


T = TypeVar("T", bound="ConvaiAgentSummary")


@_attrs_define
class ConvaiAgentSummary:
    """One agent in a list.

    Attributes:
        agent_id (str):
        name (str):
        tags (list[str]):
        created_at_unix_secs (int):
        access_info (ConvaiResourceAccessInfo): Who created a resource and what role you have on it.
        last_call_time_unix_secs (int | None | Unset):
        archived (bool | Unset):  Default: False.
    """

    agent_id: str
    name: str
    tags: list[str]
    created_at_unix_secs: int
    access_info: ConvaiResourceAccessInfo
    last_call_time_unix_secs: int | None | Unset = UNSET
    archived: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        agent_id = self.agent_id

        name = self.name

        tags = self.tags

        created_at_unix_secs = self.created_at_unix_secs

        access_info = self.access_info.to_dict()

        last_call_time_unix_secs: int | None | Unset
        if isinstance(self.last_call_time_unix_secs, Unset):
            last_call_time_unix_secs = UNSET
        else:
            last_call_time_unix_secs = self.last_call_time_unix_secs

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "name": name,
                "tags": tags,
                "created_at_unix_secs": created_at_unix_secs,
                "access_info": access_info,
            }
        )
        if last_call_time_unix_secs is not UNSET:
            field_dict["last_call_time_unix_secs"] = last_call_time_unix_secs
        if archived is not UNSET:
            field_dict["archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        name = d.pop("name")

        tags = cast(list[str], d.pop("tags"))

        created_at_unix_secs = d.pop("created_at_unix_secs")

        access_info = ConvaiResourceAccessInfo.from_dict(d.pop("access_info"))

        def _parse_last_call_time_unix_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_call_time_unix_secs = _parse_last_call_time_unix_secs(d.pop("last_call_time_unix_secs", UNSET))

        archived = d.pop("archived", UNSET)

        convai_agent_summary = cls(
            agent_id=agent_id,
            name=name,
            tags=tags,
            created_at_unix_secs=created_at_unix_secs,
            access_info=access_info,
            last_call_time_unix_secs=last_call_time_unix_secs,
            archived=archived,
        )

        convai_agent_summary.additional_properties = d
        return convai_agent_summary

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


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, ConvaiResourceAccessInfo
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo  # noqa: F401

    _nested_models_loaded = True
