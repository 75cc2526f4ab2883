from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bucketing_status import BucketingStatus, check_bucketing_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_test_run import ConvaiTestRun
    from ..models.test_run_result_summary import TestRunResultSummary


T = TypeVar("T", bound="ConvaiTestInvocation")


@_attrs_define
class ConvaiTestInvocation:
    """A batch of test runs started together.

    Attributes:
        id (str):
        test_runs (list[ConvaiTestRun]):
        agent_id (None | str | Unset):
        branch_id (None | str | Unset):
        created_at (int | Unset):
        folder_id (None | str | Unset):
        repeat_count (int | Unset):  Default: 1.
        bucketing_status (BucketingStatus | None | Unset):
        result_groups (list[TestRunResultSummary] | Unset):
    """

    id: str
    test_runs: list[ConvaiTestRun]
    agent_id: None | str | Unset = UNSET
    branch_id: None | str | Unset = UNSET
    created_at: int | Unset = UNSET
    folder_id: None | str | Unset = UNSET
    repeat_count: int | Unset = 1
    bucketing_status: BucketingStatus | None | Unset = UNSET
    result_groups: list[TestRunResultSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        test_runs = []
        for test_runs_item_data in self.test_runs:
            test_runs_item = test_runs_item_data.to_dict()
            test_runs.append(test_runs_item)

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        branch_id: None | str | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        created_at = self.created_at

        folder_id: None | str | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        repeat_count = self.repeat_count

        bucketing_status: None | str | Unset
        if isinstance(self.bucketing_status, Unset):
            bucketing_status = UNSET
        elif isinstance(self.bucketing_status, str):
            bucketing_status = self.bucketing_status
        else:
            bucketing_status = self.bucketing_status

        result_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result_groups, Unset):
            result_groups = []
            for result_groups_item_data in self.result_groups:
                result_groups_item = result_groups_item_data.to_dict()
                result_groups.append(result_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "test_runs": test_runs,
            }
        )
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if repeat_count is not UNSET:
            field_dict["repeat_count"] = repeat_count
        if bucketing_status is not UNSET:
            field_dict["bucketing_status"] = bucketing_status
        if result_groups is not UNSET:
            field_dict["result_groups"] = result_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        id = d.pop("id")

        test_runs = []
        _test_runs = d.pop("test_runs")
        for test_runs_item_data in _test_runs:
            test_runs_item = ConvaiTestRun.from_dict(test_runs_item_data)

            test_runs.append(test_runs_item)

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_branch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        created_at = d.pop("created_at", UNSET)

        def _parse_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

        repeat_count = d.pop("repeat_count", UNSET)

        def _parse_bucketing_status(data: object) -> BucketingStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                bucketing_status_type_0 = check_bucketing_status(data)

                return bucketing_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BucketingStatus | None | Unset, data)

        bucketing_status = _parse_bucketing_status(d.pop("bucketing_status", UNSET))

        _result_groups = d.pop("result_groups", UNSET)
        result_groups: list[TestRunResultSummary] | Unset = UNSET
        if _result_groups is not UNSET:
            result_groups = []
            for result_groups_item_data in _result_groups:
                result_groups_item = TestRunResultSummary.from_dict(result_groups_item_data)

                result_groups.append(result_groups_item)

        convai_test_invocation = cls(
            id=id,
            test_runs=test_runs,
            agent_id=agent_id,
            branch_id=branch_id,
            created_at=created_at,
            folder_id=folder_id,
            repeat_count=repeat_count,
            bucketing_status=bucketing_status,
            result_groups=result_groups,
        )

        convai_test_invocation.additional_properties = d
        return convai_test_invocation

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
    global _nested_models_loaded, ConvaiTestRun, TestRunResultSummary
    from ..models.convai_test_run import ConvaiTestRun  # noqa: F401
    from ..models.test_run_result_summary import TestRunResultSummary  # noqa: F401

    _nested_models_loaded = True
