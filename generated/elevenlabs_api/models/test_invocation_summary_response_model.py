from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo


T = TypeVar("T", bound="TestInvocationSummaryResponseModel")


@_attrs_define
class TestInvocationSummaryResponseModel:
    """
    Attributes:
        id (str):
        created_at_unix_secs (int):
        test_run_count (int):
        passed_count (int):
        failed_count (int):
        pending_count (int):
        title (str):
        agent_id (None | str | Unset):
        branch_id (None | str | Unset):
        access_info (ConvaiResourceAccessInfo | None | Unset):
        repeat_count (int | Unset):  Default: 1.
    """

    id: str
    created_at_unix_secs: int
    test_run_count: int
    passed_count: int
    failed_count: int
    pending_count: int
    title: str
    agent_id: None | str | Unset = UNSET
    branch_id: None | str | Unset = UNSET
    access_info: ConvaiResourceAccessInfo | None | Unset = UNSET
    repeat_count: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        created_at_unix_secs = self.created_at_unix_secs

        test_run_count = self.test_run_count

        passed_count = self.passed_count

        failed_count = self.failed_count

        pending_count = self.pending_count

        title = self.title

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

        access_info: dict[str, Any] | None | Unset
        if isinstance(self.access_info, Unset):
            access_info = UNSET
        elif isinstance(self.access_info, ConvaiResourceAccessInfo):
            access_info = self.access_info.to_dict()
        else:
            access_info = self.access_info

        repeat_count = self.repeat_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at_unix_secs": created_at_unix_secs,
                "test_run_count": test_run_count,
                "passed_count": passed_count,
                "failed_count": failed_count,
                "pending_count": pending_count,
                "title": title,
            }
        )
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if access_info is not UNSET:
            field_dict["access_info"] = access_info
        if repeat_count is not UNSET:
            field_dict["repeat_count"] = repeat_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        id = d.pop("id")

        created_at_unix_secs = d.pop("created_at_unix_secs")

        test_run_count = d.pop("test_run_count")

        passed_count = d.pop("passed_count")

        failed_count = d.pop("failed_count")

        pending_count = d.pop("pending_count")

        title = d.pop("title")

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

        def _parse_access_info(data: object) -> ConvaiResourceAccessInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                access_info_type_0 = ConvaiResourceAccessInfo.from_dict(data)

                return access_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiResourceAccessInfo | None | Unset, data)

        access_info = _parse_access_info(d.pop("access_info", UNSET))

        repeat_count = d.pop("repeat_count", UNSET)

        test_invocation_summary_response_model = cls(
            id=id,
            created_at_unix_secs=created_at_unix_secs,
            test_run_count=test_run_count,
            passed_count=passed_count,
            failed_count=failed_count,
            pending_count=pending_count,
            title=title,
            agent_id=agent_id,
            branch_id=branch_id,
            access_info=access_info,
            repeat_count=repeat_count,
        )

        test_invocation_summary_response_model.additional_properties = d
        return test_invocation_summary_response_model

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
    global _nested_models_loaded, ConvaiResourceAccessInfo
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo  # noqa: F401

    _nested_models_loaded = True
