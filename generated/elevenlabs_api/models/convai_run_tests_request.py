from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_single_test_run import ConvaiSingleTestRun
    from ..models.convai_test_agent_override import ConvaiTestAgentOverride


T = TypeVar("T", bound="ConvaiRunTestsRequest")


@_attrs_define
class ConvaiRunTestsRequest:
    """
    Attributes:
        tests (list[ConvaiSingleTestRun]):
        agent_config_override (ConvaiTestAgentOverride | None | Unset):
        branch_id (None | str | Unset):
        repeat_count (int | Unset):  Default: 1.
    """

    tests: list[ConvaiSingleTestRun]
    agent_config_override: ConvaiTestAgentOverride | None | Unset = UNSET
    branch_id: None | str | Unset = UNSET
    repeat_count: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        tests = []
        for tests_item_data in self.tests:
            tests_item = tests_item_data.to_dict()
            tests.append(tests_item)

        agent_config_override: dict[str, Any] | None | Unset
        if isinstance(self.agent_config_override, Unset):
            agent_config_override = UNSET
        elif isinstance(self.agent_config_override, ConvaiTestAgentOverride):
            agent_config_override = self.agent_config_override.to_dict()
        else:
            agent_config_override = self.agent_config_override

        branch_id: None | str | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        repeat_count = self.repeat_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tests": tests,
            }
        )
        if agent_config_override is not UNSET:
            field_dict["agent_config_override"] = agent_config_override
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if repeat_count is not UNSET:
            field_dict["repeat_count"] = repeat_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        tests = []
        _tests = d.pop("tests")
        for tests_item_data in _tests:
            tests_item = ConvaiSingleTestRun.from_dict(tests_item_data)

            tests.append(tests_item)

        def _parse_agent_config_override(data: object) -> ConvaiTestAgentOverride | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_config_override_type_0 = ConvaiTestAgentOverride.from_dict(data)

                return agent_config_override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiTestAgentOverride | None | Unset, data)

        agent_config_override = _parse_agent_config_override(d.pop("agent_config_override", UNSET))

        def _parse_branch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        repeat_count = d.pop("repeat_count", UNSET)

        convai_run_tests_request = cls(
            tests=tests,
            agent_config_override=agent_config_override,
            branch_id=branch_id,
            repeat_count=repeat_count,
        )

        convai_run_tests_request.additional_properties = d
        return convai_run_tests_request

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
    global _nested_models_loaded, ConvaiSingleTestRun, ConvaiTestAgentOverride
    from ..models.convai_single_test_run import ConvaiSingleTestRun  # noqa: F401
    from ..models.convai_test_agent_override import ConvaiTestAgentOverride  # noqa: F401

    _nested_models_loaded = True
