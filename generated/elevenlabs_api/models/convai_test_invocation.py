from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_test_run import ConvaiTestRun


T = TypeVar("T", bound="ConvaiTestInvocation")


@_attrs_define
class ConvaiTestInvocation:
    """A batch of test runs started together.

    Attributes:
        id (str):
        test_runs (list[ConvaiTestRun]):
        created_at (int | Unset):
    """

    id: str
    test_runs: list[ConvaiTestRun]
    created_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        test_runs = []
        for test_runs_item_data in self.test_runs:
            test_runs_item = test_runs_item_data.to_dict()
            test_runs.append(test_runs_item)

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "test_runs": test_runs,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

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

        created_at = d.pop("created_at", UNSET)

        convai_test_invocation = cls(
            id=id,
            test_runs=test_runs,
            created_at=created_at,
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
    global _nested_models_loaded, ConvaiTestRun
    from ..models.convai_test_run import ConvaiTestRun  # noqa: F401

    _nested_models_loaded = True
