from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crawl_status import CrawlStatus, check_crawl_status
from ..models.crawl_type import CrawlType, check_crawl_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCrawlJobResponseModel")


@_attrs_define
class GetCrawlJobResponseModel:
    """
    Attributes:
        seed_url (str):
        max_depth (int):
        max_pages (int):
        root_folder_id (str):
        updated_at (int):
        id (str):
        created_at (int):
        type_ (CrawlType | Unset):  Default: 'discovery'.
        pattern (None | str | Unset):
        status (CrawlStatus | Unset):  Default: 'queued'.
        pages_identified (int | Unset):  Default: 0.
        pages_scraped (int | Unset):  Default: 0.
        pages_skipped (int | Unset):  Default: 0.
        pages_failed (int | Unset):  Default: 0.
    """

    seed_url: str
    max_depth: int
    max_pages: int
    root_folder_id: str
    updated_at: int
    id: str
    created_at: int
    type_: CrawlType | Unset = "discovery"
    pattern: None | str | Unset = UNSET
    status: CrawlStatus | Unset = "queued"
    pages_identified: int | Unset = 0
    pages_scraped: int | Unset = 0
    pages_skipped: int | Unset = 0
    pages_failed: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seed_url = self.seed_url

        max_depth = self.max_depth

        max_pages = self.max_pages

        root_folder_id = self.root_folder_id

        updated_at = self.updated_at

        id = self.id

        created_at = self.created_at

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        pattern: None | str | Unset
        if isinstance(self.pattern, Unset):
            pattern = UNSET
        else:
            pattern = self.pattern

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        pages_identified = self.pages_identified

        pages_scraped = self.pages_scraped

        pages_skipped = self.pages_skipped

        pages_failed = self.pages_failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seed_url": seed_url,
                "max_depth": max_depth,
                "max_pages": max_pages,
                "root_folder_id": root_folder_id,
                "updated_at": updated_at,
                "id": id,
                "created_at": created_at,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if status is not UNSET:
            field_dict["status"] = status
        if pages_identified is not UNSET:
            field_dict["pages_identified"] = pages_identified
        if pages_scraped is not UNSET:
            field_dict["pages_scraped"] = pages_scraped
        if pages_skipped is not UNSET:
            field_dict["pages_skipped"] = pages_skipped
        if pages_failed is not UNSET:
            field_dict["pages_failed"] = pages_failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seed_url = d.pop("seed_url")

        max_depth = d.pop("max_depth")

        max_pages = d.pop("max_pages")

        root_folder_id = d.pop("root_folder_id")

        updated_at = d.pop("updated_at")

        id = d.pop("id")

        created_at = d.pop("created_at")

        _type_ = d.pop("type", UNSET)
        type_: CrawlType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_crawl_type(_type_)

        def _parse_pattern(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pattern = _parse_pattern(d.pop("pattern", UNSET))

        _status = d.pop("status", UNSET)
        status: CrawlStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_crawl_status(_status)

        pages_identified = d.pop("pages_identified", UNSET)

        pages_scraped = d.pop("pages_scraped", UNSET)

        pages_skipped = d.pop("pages_skipped", UNSET)

        pages_failed = d.pop("pages_failed", UNSET)

        get_crawl_job_response_model = cls(
            seed_url=seed_url,
            max_depth=max_depth,
            max_pages=max_pages,
            root_folder_id=root_folder_id,
            updated_at=updated_at,
            id=id,
            created_at=created_at,
            type_=type_,
            pattern=pattern,
            status=status,
            pages_identified=pages_identified,
            pages_scraped=pages_scraped,
            pages_skipped=pages_skipped,
            pages_failed=pages_failed,
        )

        get_crawl_job_response_model.additional_properties = d
        return get_crawl_job_response_model

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
