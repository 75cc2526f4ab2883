from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_crawl_job_response_model import GetCrawlJobResponseModel


T = TypeVar("T", bound="ListCrawlJobsResponseModel")


@_attrs_define
class ListCrawlJobsResponseModel:
    """
    Attributes:
        crawl_jobs (list[GetCrawlJobResponseModel]):
        next_cursor (None | str | Unset):
    """

    crawl_jobs: list[GetCrawlJobResponseModel]
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        crawl_jobs = []
        for crawl_jobs_item_data in self.crawl_jobs:
            crawl_jobs_item = crawl_jobs_item_data.to_dict()
            crawl_jobs.append(crawl_jobs_item)

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "crawl_jobs": crawl_jobs,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        crawl_jobs = []
        _crawl_jobs = d.pop("crawl_jobs")
        for crawl_jobs_item_data in _crawl_jobs:
            crawl_jobs_item = GetCrawlJobResponseModel.from_dict(crawl_jobs_item_data)

            crawl_jobs.append(crawl_jobs_item)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        list_crawl_jobs_response_model = cls(
            crawl_jobs=crawl_jobs,
            next_cursor=next_cursor,
        )

        list_crawl_jobs_response_model.additional_properties = d
        return list_crawl_jobs_response_model

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
    global _nested_models_loaded, GetCrawlJobResponseModel
    from ..models.get_crawl_job_response_model import GetCrawlJobResponseModel  # noqa: F401

    _nested_models_loaded = True
