from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.default_sharing_group_response_model import DefaultSharingGroupResponseModel
    from ..models.workspace_api_key import WorkspaceApiKey


T = TypeVar("T", bound="WorkspaceServiceAccount")


@_attrs_define
class WorkspaceServiceAccount:
    """A non-human member of the workspace and its keys.

    Attributes:
        service_account_user_id (str):
        name (str):
        api_keys (list[WorkspaceApiKey]):
        created_at_unix (int | None | Unset):
        default_sharing_groups (list[DefaultSharingGroupResponseModel] | Unset):
    """

    service_account_user_id: str
    name: str
    api_keys: list[WorkspaceApiKey]
    created_at_unix: int | None | Unset = UNSET
    default_sharing_groups: list[DefaultSharingGroupResponseModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        service_account_user_id = self.service_account_user_id

        name = self.name

        api_keys = []
        for api_keys_item_data in self.api_keys:
            api_keys_item = api_keys_item_data.to_dict()
            api_keys.append(api_keys_item)

        created_at_unix: int | None | Unset
        if isinstance(self.created_at_unix, Unset):
            created_at_unix = UNSET
        else:
            created_at_unix = self.created_at_unix

        default_sharing_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.default_sharing_groups, Unset):
            default_sharing_groups = []
            for default_sharing_groups_item_data in self.default_sharing_groups:
                default_sharing_groups_item = default_sharing_groups_item_data.to_dict()
                default_sharing_groups.append(default_sharing_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_account_user_id": service_account_user_id,
                "name": name,
                "api-keys": api_keys,
            }
        )
        if created_at_unix is not UNSET:
            field_dict["created_at_unix"] = created_at_unix
        if default_sharing_groups is not UNSET:
            field_dict["default_sharing_groups"] = default_sharing_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        service_account_user_id = d.pop("service_account_user_id")

        name = d.pop("name")

        api_keys = []
        _api_keys = d.pop("api-keys")
        for api_keys_item_data in _api_keys:
            api_keys_item = WorkspaceApiKey.from_dict(api_keys_item_data)

            api_keys.append(api_keys_item)

        def _parse_created_at_unix(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at_unix = _parse_created_at_unix(d.pop("created_at_unix", UNSET))

        _default_sharing_groups = d.pop("default_sharing_groups", UNSET)
        default_sharing_groups: list[DefaultSharingGroupResponseModel] | Unset = UNSET
        if _default_sharing_groups is not UNSET:
            default_sharing_groups = []
            for default_sharing_groups_item_data in _default_sharing_groups:
                default_sharing_groups_item = DefaultSharingGroupResponseModel.from_dict(
                    default_sharing_groups_item_data
                )

                default_sharing_groups.append(default_sharing_groups_item)

        workspace_service_account = cls(
            service_account_user_id=service_account_user_id,
            name=name,
            api_keys=api_keys,
            created_at_unix=created_at_unix,
            default_sharing_groups=default_sharing_groups,
        )

        workspace_service_account.additional_properties = d
        return workspace_service_account

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
    global _nested_models_loaded, DefaultSharingGroupResponseModel, WorkspaceApiKey
    from ..models.default_sharing_group_response_model import DefaultSharingGroupResponseModel  # noqa: F401
    from ..models.workspace_api_key import WorkspaceApiKey  # noqa: F401

    _nested_models_loaded = True
