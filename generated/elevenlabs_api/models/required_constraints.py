from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.required_constraint import RequiredConstraint


T = TypeVar("T", bound="RequiredConstraints")


@_attrs_define
class RequiredConstraints:
    """
    Attributes:
        any_of (list[RequiredConstraint] | Unset):
        all_of (list[RequiredConstraint] | Unset):
    """

    any_of: list[RequiredConstraint] | Unset = UNSET
    all_of: list[RequiredConstraint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        any_of: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.any_of, Unset):
            any_of = []
            for any_of_item_data in self.any_of:
                any_of_item = any_of_item_data.to_dict()
                any_of.append(any_of_item)

        all_of: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.all_of, Unset):
            all_of = []
            for all_of_item_data in self.all_of:
                all_of_item = all_of_item_data.to_dict()
                all_of.append(all_of_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if any_of is not UNSET:
            field_dict["any_of"] = any_of
        if all_of is not UNSET:
            field_dict["all_of"] = all_of

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _any_of = d.pop("any_of", UNSET)
        any_of: list[RequiredConstraint] | Unset = UNSET
        if _any_of is not UNSET:
            any_of = []
            for any_of_item_data in _any_of:
                any_of_item = RequiredConstraint.from_dict(any_of_item_data)

                any_of.append(any_of_item)

        _all_of = d.pop("all_of", UNSET)
        all_of: list[RequiredConstraint] | Unset = UNSET
        if _all_of is not UNSET:
            all_of = []
            for all_of_item_data in _all_of:
                all_of_item = RequiredConstraint.from_dict(all_of_item_data)

                all_of.append(all_of_item)

        required_constraints = cls(
            any_of=any_of,
            all_of=all_of,
        )

        required_constraints.additional_properties = d
        return required_constraints

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
    global _nested_models_loaded, RequiredConstraint
    from ..models.required_constraint import RequiredConstraint  # noqa: F401

    _nested_models_loaded = True
