from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workspace_api_key import WorkspaceApiKey


T = TypeVar("T", bound="WorkspaceApiKeyList")


@_attrs_define
class WorkspaceApiKeyList:
    """The API keys of one service account.

    Attributes:
        api_keys (list[WorkspaceApiKey]):
    """

    api_keys: list[WorkspaceApiKey]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        api_keys = []
        for api_keys_item_data in self.api_keys:
            api_keys_item = api_keys_item_data.to_dict()
            api_keys.append(api_keys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api-keys": api_keys,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        api_keys = []
        _api_keys = d.pop("api-keys")
        for api_keys_item_data in _api_keys:
            api_keys_item = WorkspaceApiKey.from_dict(api_keys_item_data)

            api_keys.append(api_keys_item)

        workspace_api_key_list = cls(
            api_keys=api_keys,
        )

        workspace_api_key_list.additional_properties = d
        return workspace_api_key_list

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
    global _nested_models_loaded, WorkspaceApiKey
    from ..models.workspace_api_key import WorkspaceApiKey  # noqa: F401

    _nested_models_loaded = True
