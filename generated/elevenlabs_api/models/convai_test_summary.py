from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_test_entity_type import AgentTestEntityType, check_agent_test_entity_type
from ..models.convai_conversation_init_source import ConvaiConversationInitSource, check_convai_conversation_init_source
from ..models.test_type import TestType, check_test_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_test_folder_path_segment_response_model import AgentTestFolderPathSegmentResponseModel
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo


T = TypeVar("T", bound="ConvaiTestSummary")


@_attrs_define
class ConvaiTestSummary:
    """One agent test in a list.

    Attributes:
        id (str):
        name (str):
        created_at_unix_secs (int):
        last_updated_at_unix_secs (int):
        type_ (TestType):
        access_info (ConvaiResourceAccessInfo | None | Unset):
        entity_type (AgentTestEntityType | Unset):  Default: 'test'.
        folder_parent_id (None | str | Unset):
        folder_path (list[AgentTestFolderPathSegmentResponseModel] | Unset):
        children_count (int | None | Unset):
        conversation_initiation_source (ConvaiConversationInitSource | None | Unset):
    """

    id: str
    name: str
    created_at_unix_secs: int
    last_updated_at_unix_secs: int
    type_: TestType
    access_info: ConvaiResourceAccessInfo | None | Unset = UNSET
    entity_type: AgentTestEntityType | Unset = "test"
    folder_parent_id: None | str | Unset = UNSET
    folder_path: list[AgentTestFolderPathSegmentResponseModel] | Unset = UNSET
    children_count: int | None | Unset = UNSET
    conversation_initiation_source: ConvaiConversationInitSource | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        name = self.name

        created_at_unix_secs = self.created_at_unix_secs

        last_updated_at_unix_secs = self.last_updated_at_unix_secs

        type_: str = self.type_

        access_info: dict[str, Any] | None | Unset
        if isinstance(self.access_info, Unset):
            access_info = UNSET
        elif isinstance(self.access_info, ConvaiResourceAccessInfo):
            access_info = self.access_info.to_dict()
        else:
            access_info = self.access_info

        entity_type: str | Unset = UNSET
        if not isinstance(self.entity_type, Unset):
            entity_type = self.entity_type

        folder_parent_id: None | str | Unset
        if isinstance(self.folder_parent_id, Unset):
            folder_parent_id = UNSET
        else:
            folder_parent_id = self.folder_parent_id

        folder_path: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.folder_path, Unset):
            folder_path = []
            for folder_path_item_data in self.folder_path:
                folder_path_item = folder_path_item_data.to_dict()
                folder_path.append(folder_path_item)

        children_count: int | None | Unset
        if isinstance(self.children_count, Unset):
            children_count = UNSET
        else:
            children_count = self.children_count

        conversation_initiation_source: None | str | Unset
        if isinstance(self.conversation_initiation_source, Unset):
            conversation_initiation_source = UNSET
        elif isinstance(self.conversation_initiation_source, str):
            conversation_initiation_source = self.conversation_initiation_source
        else:
            conversation_initiation_source = self.conversation_initiation_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at_unix_secs": created_at_unix_secs,
                "last_updated_at_unix_secs": last_updated_at_unix_secs,
                "type": type_,
            }
        )
        if access_info is not UNSET:
            field_dict["access_info"] = access_info
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if folder_parent_id is not UNSET:
            field_dict["folder_parent_id"] = folder_parent_id
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path
        if children_count is not UNSET:
            field_dict["children_count"] = children_count
        if conversation_initiation_source is not UNSET:
            field_dict["conversation_initiation_source"] = conversation_initiation_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        created_at_unix_secs = d.pop("created_at_unix_secs")

        last_updated_at_unix_secs = d.pop("last_updated_at_unix_secs")

        type_ = check_test_type(d.pop("type"))

        def _parse_access_info(data: object) -> ConvaiResourceAccessInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                access_info_type_0 = ConvaiResourceAccessInfo.from_dict(data)

                return access_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiResourceAccessInfo | None | Unset, data)

        access_info = _parse_access_info(d.pop("access_info", UNSET))

        _entity_type = d.pop("entity_type", UNSET)
        entity_type: AgentTestEntityType | Unset
        if isinstance(_entity_type, Unset):
            entity_type = UNSET
        else:
            entity_type = check_agent_test_entity_type(_entity_type)

        def _parse_folder_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_parent_id = _parse_folder_parent_id(d.pop("folder_parent_id", UNSET))

        _folder_path = d.pop("folder_path", UNSET)
        folder_path: list[AgentTestFolderPathSegmentResponseModel] | Unset = UNSET
        if _folder_path is not UNSET:
            folder_path = []
            for folder_path_item_data in _folder_path:
                folder_path_item = AgentTestFolderPathSegmentResponseModel.from_dict(folder_path_item_data)

                folder_path.append(folder_path_item)

        def _parse_children_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        children_count = _parse_children_count(d.pop("children_count", UNSET))

        def _parse_conversation_initiation_source(data: object) -> ConvaiConversationInitSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conversation_initiation_source_type_0 = check_convai_conversation_init_source(data)

                return conversation_initiation_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiConversationInitSource | None | Unset, data)

        conversation_initiation_source = _parse_conversation_initiation_source(
            d.pop("conversation_initiation_source", UNSET)
        )

        convai_test_summary = cls(
            id=id,
            name=name,
            created_at_unix_secs=created_at_unix_secs,
            last_updated_at_unix_secs=last_updated_at_unix_secs,
            type_=type_,
            access_info=access_info,
            entity_type=entity_type,
            folder_parent_id=folder_parent_id,
            folder_path=folder_path,
            children_count=children_count,
            conversation_initiation_source=conversation_initiation_source,
        )

        convai_test_summary.additional_properties = d
        return convai_test_summary

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
    global _nested_models_loaded, AgentTestFolderPathSegmentResponseModel, ConvaiResourceAccessInfo
    from ..models.agent_test_folder_path_segment_response_model import AgentTestFolderPathSegmentResponseModel  # noqa: F401
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo  # noqa: F401

    _nested_models_loaded = True
