from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostConvaiKnowledgeBaseCrawlRequest")


@_attrs_define
class PostConvaiKnowledgeBaseCrawlRequest:
    """
    Attributes:
        url (str):
        max_depth (int | Unset):  Default: 3.
        max_pages (int | Unset):  Default: 1000.
        pattern (None | str | Unset):
        sitemap_urls (list[str] | None | Unset):
        parent_folder_id (None | str | Unset):
        enable_auto_sync (bool | Unset):  Default: False.
        auto_remove (bool | Unset):  Default: False.
        minimum_frequency_days (int | None | Unset):
    """

    url: str
    max_depth: int | Unset = 3
    max_pages: int | Unset = 1000
    pattern: None | str | Unset = UNSET
    sitemap_urls: list[str] | None | Unset = UNSET
    parent_folder_id: None | str | Unset = UNSET
    enable_auto_sync: bool | Unset = False
    auto_remove: bool | Unset = False
    minimum_frequency_days: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        max_depth = self.max_depth

        max_pages = self.max_pages

        pattern: None | str | Unset
        if isinstance(self.pattern, Unset):
            pattern = UNSET
        else:
            pattern = self.pattern

        sitemap_urls: list[str] | None | Unset
        if isinstance(self.sitemap_urls, Unset):
            sitemap_urls = UNSET
        elif isinstance(self.sitemap_urls, list):
            sitemap_urls = self.sitemap_urls

        else:
            sitemap_urls = self.sitemap_urls

        parent_folder_id: None | str | Unset
        if isinstance(self.parent_folder_id, Unset):
            parent_folder_id = UNSET
        else:
            parent_folder_id = self.parent_folder_id

        enable_auto_sync = self.enable_auto_sync

        auto_remove = self.auto_remove

        minimum_frequency_days: int | None | Unset
        if isinstance(self.minimum_frequency_days, Unset):
            minimum_frequency_days = UNSET
        else:
            minimum_frequency_days = self.minimum_frequency_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if max_depth is not UNSET:
            field_dict["max_depth"] = max_depth
        if max_pages is not UNSET:
            field_dict["max_pages"] = max_pages
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if sitemap_urls is not UNSET:
            field_dict["sitemap_urls"] = sitemap_urls
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        if enable_auto_sync is not UNSET:
            field_dict["enable_auto_sync"] = enable_auto_sync
        if auto_remove is not UNSET:
            field_dict["auto_remove"] = auto_remove
        if minimum_frequency_days is not UNSET:
            field_dict["minimum_frequency_days"] = minimum_frequency_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        max_depth = d.pop("max_depth", UNSET)

        max_pages = d.pop("max_pages", UNSET)

        def _parse_pattern(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pattern = _parse_pattern(d.pop("pattern", UNSET))

        def _parse_sitemap_urls(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sitemap_urls_type_0 = cast(list[str], data)

                return sitemap_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        sitemap_urls = _parse_sitemap_urls(d.pop("sitemap_urls", UNSET))

        def _parse_parent_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_folder_id = _parse_parent_folder_id(d.pop("parent_folder_id", UNSET))

        enable_auto_sync = d.pop("enable_auto_sync", UNSET)

        auto_remove = d.pop("auto_remove", UNSET)

        def _parse_minimum_frequency_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        minimum_frequency_days = _parse_minimum_frequency_days(d.pop("minimum_frequency_days", UNSET))

        post_convai_knowledge_base_crawl_request = cls(
            url=url,
            max_depth=max_depth,
            max_pages=max_pages,
            pattern=pattern,
            sitemap_urls=sitemap_urls,
            parent_folder_id=parent_folder_id,
            enable_auto_sync=enable_auto_sync,
            auto_remove=auto_remove,
            minimum_frequency_days=minimum_frequency_days,
        )

        post_convai_knowledge_base_crawl_request.additional_properties = d
        return post_convai_knowledge_base_crawl_request

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
