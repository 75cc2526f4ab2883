from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_run_metadata_test_type import TestRunMetadataTestType, check_test_run_metadata_test_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TestRunMetadata")


@_attrs_define
class TestRunMetadata:
    """
    Attributes:
        workspace_id (str):
        test_name (str):
        ran_by_user_email (str):
        test_type (TestRunMetadataTestType | Unset):  Default: 'llm'.
    """

    workspace_id: str
    test_name: str
    ran_by_user_email: str
    test_type: TestRunMetadataTestType | Unset = "llm"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        test_name = self.test_name

        ran_by_user_email = self.ran_by_user_email

        test_type: str | Unset = UNSET
        if not isinstance(self.test_type, Unset):
            test_type = self.test_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "test_name": test_name,
                "ran_by_user_email": ran_by_user_email,
            }
        )
        if test_type is not UNSET:
            field_dict["test_type"] = test_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workspace_id = d.pop("workspace_id")

        test_name = d.pop("test_name")

        ran_by_user_email = d.pop("ran_by_user_email")

        _test_type = d.pop("test_type", UNSET)
        test_type: TestRunMetadataTestType | Unset
        if isinstance(_test_type, Unset):
            test_type = UNSET
        else:
            test_type = check_test_run_metadata_test_type(_test_type)

        test_run_metadata = cls(
            workspace_id=workspace_id,
            test_name=test_name,
            ran_by_user_email=ran_by_user_email,
            test_type=test_type,
        )

        test_run_metadata.additional_properties = d
        return test_run_metadata

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
