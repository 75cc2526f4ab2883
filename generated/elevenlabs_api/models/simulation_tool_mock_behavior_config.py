from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mock_no_match_behavior import MockNoMatchBehavior, check_mock_no_match_behavior
from ..models.mocking_strategy import MockingStrategy, check_mocking_strategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimulationToolMockBehaviorConfig")


@_attrs_define
class SimulationToolMockBehaviorConfig:
    """
    Attributes:
        mocking_strategy (MockingStrategy | Unset):  Default: 'none'.
        fallback_strategy (MockNoMatchBehavior | Unset):  Default: 'raise_error'.
        mocked_tool_ids (list[str] | Unset):
    """

    mocking_strategy: MockingStrategy | Unset = "none"
    fallback_strategy: MockNoMatchBehavior | Unset = "raise_error"
    mocked_tool_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mocking_strategy: str | Unset = UNSET
        if not isinstance(self.mocking_strategy, Unset):
            mocking_strategy = self.mocking_strategy

        fallback_strategy: str | Unset = UNSET
        if not isinstance(self.fallback_strategy, Unset):
            fallback_strategy = self.fallback_strategy

        mocked_tool_ids: list[str] | Unset = UNSET
        if not isinstance(self.mocked_tool_ids, Unset):
            mocked_tool_ids = self.mocked_tool_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mocking_strategy is not UNSET:
            field_dict["mocking_strategy"] = mocking_strategy
        if fallback_strategy is not UNSET:
            field_dict["fallback_strategy"] = fallback_strategy
        if mocked_tool_ids is not UNSET:
            field_dict["mocked_tool_ids"] = mocked_tool_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _mocking_strategy = d.pop("mocking_strategy", UNSET)
        mocking_strategy: MockingStrategy | Unset
        if isinstance(_mocking_strategy, Unset):
            mocking_strategy = UNSET
        else:
            mocking_strategy = check_mocking_strategy(_mocking_strategy)

        _fallback_strategy = d.pop("fallback_strategy", UNSET)
        fallback_strategy: MockNoMatchBehavior | Unset
        if isinstance(_fallback_strategy, Unset):
            fallback_strategy = UNSET
        else:
            fallback_strategy = check_mock_no_match_behavior(_fallback_strategy)

        mocked_tool_ids = cast(list[str], d.pop("mocked_tool_ids", UNSET))

        simulation_tool_mock_behavior_config = cls(
            mocking_strategy=mocking_strategy,
            fallback_strategy=fallback_strategy,
            mocked_tool_ids=mocked_tool_ids,
        )

        simulation_tool_mock_behavior_config.additional_properties = d
        return simulation_tool_mock_behavior_config

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
