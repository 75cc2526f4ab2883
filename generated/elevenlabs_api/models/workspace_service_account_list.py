from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workspace_service_account import WorkspaceServiceAccount


T = TypeVar("T", bound="WorkspaceServiceAccountList")


@_attrs_define
class WorkspaceServiceAccountList:
    """The workspace's service accounts.

    Attributes:
        service_accounts (list[WorkspaceServiceAccount]):
    """

    service_accounts: list[WorkspaceServiceAccount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        service_accounts = []
        for service_accounts_item_data in self.service_accounts:
            service_accounts_item = service_accounts_item_data.to_dict()
            service_accounts.append(service_accounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service-accounts": service_accounts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        service_accounts = []
        _service_accounts = d.pop("service-accounts")
        for service_accounts_item_data in _service_accounts:
            service_accounts_item = WorkspaceServiceAccount.from_dict(service_accounts_item_data)

            service_accounts.append(service_accounts_item)

        workspace_service_account_list = cls(
            service_accounts=service_accounts,
        )

        workspace_service_account_list.additional_properties = d
        return workspace_service_account_list

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
    global _nested_models_loaded, WorkspaceServiceAccount
    from ..models.workspace_service_account import WorkspaceServiceAccount  # noqa: F401

    _nested_models_loaded = True
