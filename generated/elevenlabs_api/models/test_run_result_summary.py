from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_run_result_bucket import TestRunResultBucket


T = TypeVar("T", bound="TestRunResultSummary")


@_attrs_define
class TestRunResultSummary:
    """
    Attributes:
        test_id (str):
        test_name (str):
        buckets (list[TestRunResultBucket]):
        workflow_node_id (None | str | Unset):
    """

    test_id: str
    test_name: str
    buckets: list[TestRunResultBucket]
    workflow_node_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        test_id = self.test_id

        test_name = self.test_name

        buckets = []
        for buckets_item_data in self.buckets:
            buckets_item = buckets_item_data.to_dict()
            buckets.append(buckets_item)

        workflow_node_id: None | str | Unset
        if isinstance(self.workflow_node_id, Unset):
            workflow_node_id = UNSET
        else:
            workflow_node_id = self.workflow_node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_id": test_id,
                "test_name": test_name,
                "buckets": buckets,
            }
        )
        if workflow_node_id is not UNSET:
            field_dict["workflow_node_id"] = workflow_node_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        test_id = d.pop("test_id")

        test_name = d.pop("test_name")

        buckets = []
        _buckets = d.pop("buckets")
        for buckets_item_data in _buckets:
            buckets_item = TestRunResultBucket.from_dict(buckets_item_data)

            buckets.append(buckets_item)

        def _parse_workflow_node_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_node_id = _parse_workflow_node_id(d.pop("workflow_node_id", UNSET))

        test_run_result_summary = cls(
            test_id=test_id,
            test_name=test_name,
            buckets=buckets,
            workflow_node_id=workflow_node_id,
        )

        test_run_result_summary.additional_properties = d
        return test_run_result_summary

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
    global _nested_models_loaded, TestRunResultBucket
    from ..models.test_run_result_bucket import TestRunResultBucket  # noqa: F401

    _nested_models_loaded = True
