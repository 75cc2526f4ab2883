from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crawl_status import CrawlStatus, check_crawl_status
from ..models.external_sync_job_trigger import ExternalSyncJobTrigger, check_external_sync_job_trigger
from ..models.external_sync_job_type import ExternalSyncJobType, check_external_sync_job_type
from ..models.external_sync_provider import ExternalSyncProvider, check_external_sync_provider
from ..types import UNSET, Unset

T = TypeVar("T", bound="KbExternalSyncJob")


@_attrs_define
class KbExternalSyncJob:
    """
    Attributes:
        type_ (ExternalSyncProvider):
        folder_id (str):
        integration_connection_id (str):
        triggered_by (ExternalSyncJobTrigger):
        updated_at (int):
        id (str):
        created_at (int):
        status (CrawlStatus | Unset):  Default: 'queued'.
        sync_type (ExternalSyncJobType | None | Unset):
        items_identified (int | Unset):  Default: 0.
        items_processed (int | Unset):  Default: 0.
        error_message (None | str | Unset):
        started_at (int | None | Unset):
        completed_at (int | None | Unset):
    """

    type_: ExternalSyncProvider
    folder_id: str
    integration_connection_id: str
    triggered_by: ExternalSyncJobTrigger
    updated_at: int
    id: str
    created_at: int
    status: CrawlStatus | Unset = "queued"
    sync_type: ExternalSyncJobType | None | Unset = UNSET
    items_identified: int | Unset = 0
    items_processed: int | Unset = 0
    error_message: None | str | Unset = UNSET
    started_at: int | None | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        folder_id = self.folder_id

        integration_connection_id = self.integration_connection_id

        triggered_by: str = self.triggered_by

        updated_at = self.updated_at

        id = self.id

        created_at = self.created_at

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        sync_type: None | str | Unset
        if isinstance(self.sync_type, Unset):
            sync_type = UNSET
        elif isinstance(self.sync_type, str):
            sync_type = self.sync_type
        else:
            sync_type = self.sync_type

        items_identified = self.items_identified

        items_processed = self.items_processed

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        started_at: int | None | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "folder_id": folder_id,
                "integration_connection_id": integration_connection_id,
                "triggered_by": triggered_by,
                "updated_at": updated_at,
                "id": id,
                "created_at": created_at,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if sync_type is not UNSET:
            field_dict["sync_type"] = sync_type
        if items_identified is not UNSET:
            field_dict["items_identified"] = items_identified
        if items_processed is not UNSET:
            field_dict["items_processed"] = items_processed
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_external_sync_provider(d.pop("type"))

        folder_id = d.pop("folder_id")

        integration_connection_id = d.pop("integration_connection_id")

        triggered_by = check_external_sync_job_trigger(d.pop("triggered_by"))

        updated_at = d.pop("updated_at")

        id = d.pop("id")

        created_at = d.pop("created_at")

        _status = d.pop("status", UNSET)
        status: CrawlStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_crawl_status(_status)

        def _parse_sync_type(data: object) -> ExternalSyncJobType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sync_type_type_0 = check_external_sync_job_type(data)

                return sync_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExternalSyncJobType | None | Unset, data)

        sync_type = _parse_sync_type(d.pop("sync_type", UNSET))

        items_identified = d.pop("items_identified", UNSET)

        items_processed = d.pop("items_processed", UNSET)

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_started_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_completed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        kb_external_sync_job = cls(
            type_=type_,
            folder_id=folder_id,
            integration_connection_id=integration_connection_id,
            triggered_by=triggered_by,
            updated_at=updated_at,
            id=id,
            created_at=created_at,
            status=status,
            sync_type=sync_type,
            items_identified=items_identified,
            items_processed=items_processed,
            error_message=error_message,
            started_at=started_at,
            completed_at=completed_at,
        )

        kb_external_sync_job.additional_properties = d
        return kb_external_sync_job

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
