from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crawl_status import CrawlStatus, check_crawl_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileRefreshStatus")


@_attrs_define
class FileRefreshStatus:
    """
    Attributes:
        status (CrawlStatus | Unset):  Default: 'queued'.
        enqueued_at (int | None | Unset):
        started_at (int | None | Unset):
        completed_at (int | None | Unset):
        last_synced_at (int | None | Unset):
        error_message (None | str | Unset):
    """

    status: CrawlStatus | Unset = "queued"
    enqueued_at: int | None | Unset = UNSET
    started_at: int | None | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    last_synced_at: int | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        enqueued_at: int | None | Unset
        if isinstance(self.enqueued_at, Unset):
            enqueued_at = UNSET
        else:
            enqueued_at = self.enqueued_at

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

        last_synced_at: int | None | Unset
        if isinstance(self.last_synced_at, Unset):
            last_synced_at = UNSET
        else:
            last_synced_at = self.last_synced_at

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if enqueued_at is not UNSET:
            field_dict["enqueued_at"] = enqueued_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if last_synced_at is not UNSET:
            field_dict["last_synced_at"] = last_synced_at
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: CrawlStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_crawl_status(_status)

        def _parse_enqueued_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        enqueued_at = _parse_enqueued_at(d.pop("enqueued_at", UNSET))

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

        def _parse_last_synced_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_synced_at = _parse_last_synced_at(d.pop("last_synced_at", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        file_refresh_status = cls(
            status=status,
            enqueued_at=enqueued_at,
            started_at=started_at,
            completed_at=completed_at,
            last_synced_at=last_synced_at,
            error_message=error_message,
        )

        file_refresh_status.additional_properties = d
        return file_refresh_status

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
