from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_sync_provider import ExternalSyncProvider, check_external_sync_provider
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalFileSyncInfo")


@_attrs_define
class ExternalFileSyncInfo:
    """
    Attributes:
        type_ (ExternalSyncProvider):
        source_entity_id (str):
        integration_connection_id (str):
        source_parent_entity_id (str):
        source_mime_type (str):
        source_modified_time (datetime.datetime):
        root_folder_id (None | str | Unset):
    """

    type_: ExternalSyncProvider
    source_entity_id: str
    integration_connection_id: str
    source_parent_entity_id: str
    source_mime_type: str
    source_modified_time: datetime.datetime
    root_folder_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        source_entity_id = self.source_entity_id

        integration_connection_id = self.integration_connection_id

        source_parent_entity_id = self.source_parent_entity_id

        source_mime_type = self.source_mime_type

        source_modified_time = self.source_modified_time.isoformat()

        root_folder_id: None | str | Unset
        if isinstance(self.root_folder_id, Unset):
            root_folder_id = UNSET
        else:
            root_folder_id = self.root_folder_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "source_entity_id": source_entity_id,
                "integration_connection_id": integration_connection_id,
                "source_parent_entity_id": source_parent_entity_id,
                "source_mime_type": source_mime_type,
                "source_modified_time": source_modified_time,
            }
        )
        if root_folder_id is not UNSET:
            field_dict["root_folder_id"] = root_folder_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_external_sync_provider(d.pop("type"))

        source_entity_id = d.pop("source_entity_id")

        integration_connection_id = d.pop("integration_connection_id")

        source_parent_entity_id = d.pop("source_parent_entity_id")

        source_mime_type = d.pop("source_mime_type")

        source_modified_time = datetime.datetime.fromisoformat(d.pop("source_modified_time"))

        def _parse_root_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        root_folder_id = _parse_root_folder_id(d.pop("root_folder_id", UNSET))

        external_file_sync_info = cls(
            type_=type_,
            source_entity_id=source_entity_id,
            integration_connection_id=integration_connection_id,
            source_parent_entity_id=source_parent_entity_id,
            source_mime_type=source_mime_type,
            source_modified_time=source_modified_time,
            root_folder_id=root_folder_id,
        )

        external_file_sync_info.additional_properties = d
        return external_file_sync_info

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
