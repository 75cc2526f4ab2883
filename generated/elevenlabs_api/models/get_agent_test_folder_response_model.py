from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_test_folder_path_segment_response_model import AgentTestFolderPathSegmentResponseModel


T = TypeVar("T", bound="GetAgentTestFolderResponseModel")


@_attrs_define
class GetAgentTestFolderResponseModel:
    """
    Attributes:
        id (str):
        name (str):
        folder_path (list[AgentTestFolderPathSegmentResponseModel] | Unset):
        children_count (int | Unset):  Default: 0.
    """

    id: str
    name: str
    folder_path: list[AgentTestFolderPathSegmentResponseModel] | Unset = UNSET
    children_count: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        name = self.name

        folder_path: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.folder_path, Unset):
            folder_path = []
            for folder_path_item_data in self.folder_path:
                folder_path_item = folder_path_item_data.to_dict()
                folder_path.append(folder_path_item)

        children_count = self.children_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path
        if children_count is not UNSET:
            field_dict["children_count"] = children_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        _folder_path = d.pop("folder_path", UNSET)
        folder_path: list[AgentTestFolderPathSegmentResponseModel] | Unset = UNSET
        if _folder_path is not UNSET:
            folder_path = []
            for folder_path_item_data in _folder_path:
                folder_path_item = AgentTestFolderPathSegmentResponseModel.from_dict(folder_path_item_data)

                folder_path.append(folder_path_item)

        children_count = d.pop("children_count", UNSET)

        get_agent_test_folder_response_model = cls(
            id=id,
            name=name,
            folder_path=folder_path,
            children_count=children_count,
        )

        get_agent_test_folder_response_model.additional_properties = d
        return get_agent_test_folder_response_model

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
    global _nested_models_loaded, AgentTestFolderPathSegmentResponseModel
    from ..models.agent_test_folder_path_segment_response_model import AgentTestFolderPathSegmentResponseModel  # noqa: F401

    _nested_models_loaded = True
