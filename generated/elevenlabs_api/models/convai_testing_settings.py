from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_attached_test import ConvaiAttachedTest


T = TypeVar("T", bound="ConvaiTestingSettings")


@_attrs_define
class ConvaiTestingSettings:
    """
    Attributes:
        attached_tests (list[ConvaiAttachedTest] | Unset):
    """

    attached_tests: list[ConvaiAttachedTest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        attached_tests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attached_tests, Unset):
            attached_tests = []
            for attached_tests_item_data in self.attached_tests:
                attached_tests_item = attached_tests_item_data.to_dict()
                attached_tests.append(attached_tests_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attached_tests is not UNSET:
            field_dict["attached_tests"] = attached_tests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _attached_tests = d.pop("attached_tests", UNSET)
        attached_tests: list[ConvaiAttachedTest] | Unset = UNSET
        if _attached_tests is not UNSET:
            attached_tests = []
            for attached_tests_item_data in _attached_tests:
                attached_tests_item = ConvaiAttachedTest.from_dict(attached_tests_item_data)

                attached_tests.append(attached_tests_item)

        convai_testing_settings = cls(
            attached_tests=attached_tests,
        )

        convai_testing_settings.additional_properties = d
        return convai_testing_settings

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
    global _nested_models_loaded, ConvaiAttachedTest
    from ..models.convai_attached_test import ConvaiAttachedTest  # noqa: F401

    _nested_models_loaded = True
