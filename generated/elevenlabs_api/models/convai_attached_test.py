from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiAttachedTest")


@_attrs_define
class ConvaiAttachedTest:
    """
    Attributes:
        test_id (str):
        workflow_node_id (None | str | Unset):
    """

    test_id: str
    workflow_node_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_id = self.test_id

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
            }
        )
        if workflow_node_id is not UNSET:
            field_dict["workflow_node_id"] = workflow_node_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        test_id = d.pop("test_id")

        def _parse_workflow_node_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_node_id = _parse_workflow_node_id(d.pop("workflow_node_id", UNSET))

        convai_attached_test = cls(
            test_id=test_id,
            workflow_node_id=workflow_node_id,
        )

        convai_attached_test.additional_properties = d
        return convai_attached_test

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
