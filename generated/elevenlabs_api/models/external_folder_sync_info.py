from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_sync_provider import ExternalSyncProvider, check_external_sync_provider
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalFolderSyncInfo")


@_attrs_define
class ExternalFolderSyncInfo:
    """
    Attributes:
        type_ (ExternalSyncProvider):
        source_entity_id (str):
        integration_connection_id (str):
        root_folder_id (None | str | Unset):
        sync_cursor (None | str | Unset):
        last_sync_at (int | None | Unset):
    """

    type_: ExternalSyncProvider
    source_entity_id: str
    integration_connection_id: str
    root_folder_id: None | str | Unset = UNSET
    sync_cursor: None | str | Unset = UNSET
    last_sync_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        source_entity_id = self.source_entity_id

        integration_connection_id = self.integration_connection_id

        root_folder_id: None | str | Unset
        if isinstance(self.root_folder_id, Unset):
            root_folder_id = UNSET
        else:
            root_folder_id = self.root_folder_id

        sync_cursor: None | str | Unset
        if isinstance(self.sync_cursor, Unset):
            sync_cursor = UNSET
        else:
            sync_cursor = self.sync_cursor

        last_sync_at: int | None | Unset
        if isinstance(self.last_sync_at, Unset):
            last_sync_at = UNSET
        else:
            last_sync_at = self.last_sync_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "source_entity_id": source_entity_id,
                "integration_connection_id": integration_connection_id,
            }
        )
        if root_folder_id is not UNSET:
            field_dict["root_folder_id"] = root_folder_id
        if sync_cursor is not UNSET:
            field_dict["sync_cursor"] = sync_cursor
        if last_sync_at is not UNSET:
            field_dict["last_sync_at"] = last_sync_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_external_sync_provider(d.pop("type"))

        source_entity_id = d.pop("source_entity_id")

        integration_connection_id = d.pop("integration_connection_id")

        def _parse_root_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        root_folder_id = _parse_root_folder_id(d.pop("root_folder_id", UNSET))

        def _parse_sync_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sync_cursor = _parse_sync_cursor(d.pop("sync_cursor", UNSET))

        def _parse_last_sync_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_sync_at = _parse_last_sync_at(d.pop("last_sync_at", UNSET))

        external_folder_sync_info = cls(
            type_=type_,
            source_entity_id=source_entity_id,
            integration_connection_id=integration_connection_id,
            root_folder_id=root_folder_id,
            sync_cursor=sync_cursor,
            last_sync_at=last_sync_at,
        )

        external_folder_sync_info.additional_properties = d
        return external_folder_sync_info

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
