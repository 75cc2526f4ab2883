from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_test_run_status import ConvaiTestRunStatus, check_convai_test_run_status

T = TypeVar("T", bound="TestRunResultBucket")


@_attrs_define
class TestRunResultBucket:
    """
    Attributes:
        test_run_ids (list[str]):
        title (str):
        reason (str):
        status (ConvaiTestRunStatus):
    """

    test_run_ids: list[str]
    title: str
    reason: str
    status: ConvaiTestRunStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_run_ids = self.test_run_ids

        title = self.title

        reason = self.reason

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_run_ids": test_run_ids,
                "title": title,
                "reason": reason,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        test_run_ids = cast(list[str], d.pop("test_run_ids"))

        title = d.pop("title")

        reason = d.pop("reason")

        status = check_convai_test_run_status(d.pop("status"))

        test_run_result_bucket = cls(
            test_run_ids=test_run_ids,
            title=title,
            reason=reason,
            status=status,
        )

        test_run_result_bucket.additional_properties = d
        return test_run_result_bucket

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
