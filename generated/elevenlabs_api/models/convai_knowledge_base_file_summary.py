from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_document_usage_mode import ConvaiDocumentUsageMode, check_convai_document_usage_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_sync_info import AutoSyncInfo
    from ..models.convai_dependent_available_agent import ConvaiDependentAvailableAgent
    from ..models.convai_dependent_unknown_agent import ConvaiDependentUnknownAgent
    from ..models.convai_knowledge_base_document_metadata import ConvaiKnowledgeBaseDocumentMetadata
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo
    from ..models.external_file_sync_info import ExternalFileSyncInfo
    from ..models.file_refresh_status import FileRefreshStatus
    from ..models.knowledge_base_folder_path_segment_summary_response_model import (
        KnowledgeBaseFolderPathSegmentSummaryResponseModel,
    )


T = TypeVar("T", bound="ConvaiKnowledgeBaseFileSummary")


@_attrs_define
class ConvaiKnowledgeBaseFileSummary:
    """A file document in a listing.

    Attributes:
        id (str):
        name (str):
        metadata (ConvaiKnowledgeBaseDocumentMetadata): Timestamps and size of a document.
        supported_usages (list[ConvaiDocumentUsageMode]):
        access_info (ConvaiResourceAccessInfo): Who created a resource and what role you have on it.
        dependent_agents (list[ConvaiDependentAvailableAgent | ConvaiDependentUnknownAgent]):
        type_ (Literal['file']):
        folder_parent_id (None | str | Unset):
        folder_path (list[KnowledgeBaseFolderPathSegmentSummaryResponseModel] | Unset):
        external_sync_info (ExternalFileSyncInfo | None | Unset):
        auto_sync_info (AutoSyncInfo | None | Unset):
        refresh_status (FileRefreshStatus | None | Unset):
        is_frozen (bool | Unset):  Default: False.
    """

    id: str
    name: str
    metadata: ConvaiKnowledgeBaseDocumentMetadata
    supported_usages: list[ConvaiDocumentUsageMode]
    access_info: ConvaiResourceAccessInfo
    dependent_agents: list[ConvaiDependentAvailableAgent | ConvaiDependentUnknownAgent]
    type_: Literal["file"]
    folder_parent_id: None | str | Unset = UNSET
    folder_path: list[KnowledgeBaseFolderPathSegmentSummaryResponseModel] | Unset = UNSET
    external_sync_info: ExternalFileSyncInfo | None | Unset = UNSET
    auto_sync_info: AutoSyncInfo | None | Unset = UNSET
    refresh_status: FileRefreshStatus | None | Unset = UNSET
    is_frozen: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        name = self.name

        metadata = self.metadata.to_dict()

        supported_usages = []
        for supported_usages_item_data in self.supported_usages:
            supported_usages_item: str = supported_usages_item_data
            supported_usages.append(supported_usages_item)

        access_info = self.access_info.to_dict()

        dependent_agents = []
        for dependent_agents_item_data in self.dependent_agents:
            dependent_agents_item: dict[str, Any]
            if isinstance(dependent_agents_item_data, ConvaiDependentAvailableAgent):
                dependent_agents_item = dependent_agents_item_data.to_dict()
            else:
                dependent_agents_item = dependent_agents_item_data.to_dict()

            dependent_agents.append(dependent_agents_item)

        type_ = self.type_

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

        external_sync_info: dict[str, Any] | None | Unset
        if isinstance(self.external_sync_info, Unset):
            external_sync_info = UNSET
        elif isinstance(self.external_sync_info, ExternalFileSyncInfo):
            external_sync_info = self.external_sync_info.to_dict()
        else:
            external_sync_info = self.external_sync_info

        auto_sync_info: dict[str, Any] | None | Unset
        if isinstance(self.auto_sync_info, Unset):
            auto_sync_info = UNSET
        elif isinstance(self.auto_sync_info, AutoSyncInfo):
            auto_sync_info = self.auto_sync_info.to_dict()
        else:
            auto_sync_info = self.auto_sync_info

        refresh_status: dict[str, Any] | None | Unset
        if isinstance(self.refresh_status, Unset):
            refresh_status = UNSET
        elif isinstance(self.refresh_status, FileRefreshStatus):
            refresh_status = self.refresh_status.to_dict()
        else:
            refresh_status = self.refresh_status

        is_frozen = self.is_frozen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "metadata": metadata,
                "supported_usages": supported_usages,
                "access_info": access_info,
                "dependent_agents": dependent_agents,
                "type": type_,
            }
        )
        if folder_parent_id is not UNSET:
            field_dict["folder_parent_id"] = folder_parent_id
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path
        if external_sync_info is not UNSET:
            field_dict["external_sync_info"] = external_sync_info
        if auto_sync_info is not UNSET:
            field_dict["auto_sync_info"] = auto_sync_info
        if refresh_status is not UNSET:
            field_dict["refresh_status"] = refresh_status
        if is_frozen is not UNSET:
            field_dict["is_frozen"] = is_frozen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        metadata = ConvaiKnowledgeBaseDocumentMetadata.from_dict(d.pop("metadata"))

        supported_usages = []
        _supported_usages = d.pop("supported_usages")
        for supported_usages_item_data in _supported_usages:
            supported_usages_item = check_convai_document_usage_mode(supported_usages_item_data)

            supported_usages.append(supported_usages_item)

        access_info = ConvaiResourceAccessInfo.from_dict(d.pop("access_info"))

        dependent_agents = []
        _dependent_agents = d.pop("dependent_agents")
        for dependent_agents_item_data in _dependent_agents:

            def _parse_dependent_agents_item(
                data: object,
            ) -> ConvaiDependentAvailableAgent | ConvaiDependentUnknownAgent:
                if isinstance(data, dict):
                    if data.get("type") == "available":
                        componentsschemas_convai_dependent_agent_type_0 = ConvaiDependentAvailableAgent.from_dict(data)

                        return componentsschemas_convai_dependent_agent_type_0
                    if data.get("type") == "unknown":
                        componentsschemas_convai_dependent_agent_type_1 = ConvaiDependentUnknownAgent.from_dict(data)

                        return componentsschemas_convai_dependent_agent_type_1

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_convai_dependent_agent_type_0 = ConvaiDependentAvailableAgent.from_dict(data)

                    return componentsschemas_convai_dependent_agent_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_dependent_agent_type_1 = ConvaiDependentUnknownAgent.from_dict(data)

                return componentsschemas_convai_dependent_agent_type_1

            dependent_agents_item = _parse_dependent_agents_item(dependent_agents_item_data)

            dependent_agents.append(dependent_agents_item)

        type_ = cast(Literal["file"], d.pop("type"))
        if type_ != "file":
            raise ValueError(f"type must match const 'file', got '{type_}'")

        def _parse_folder_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_parent_id = _parse_folder_parent_id(d.pop("folder_parent_id", UNSET))

        _folder_path = d.pop("folder_path", UNSET)
        folder_path: list[KnowledgeBaseFolderPathSegmentSummaryResponseModel] | Unset = UNSET
        if _folder_path is not UNSET:
            folder_path = []
            for folder_path_item_data in _folder_path:
                folder_path_item = KnowledgeBaseFolderPathSegmentSummaryResponseModel.from_dict(folder_path_item_data)

                folder_path.append(folder_path_item)

        def _parse_external_sync_info(data: object) -> ExternalFileSyncInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_sync_info_type_0 = ExternalFileSyncInfo.from_dict(data)

                return external_sync_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExternalFileSyncInfo | None | Unset, data)

        external_sync_info = _parse_external_sync_info(d.pop("external_sync_info", UNSET))

        def _parse_auto_sync_info(data: object) -> AutoSyncInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auto_sync_info_type_0 = AutoSyncInfo.from_dict(data)

                return auto_sync_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoSyncInfo | None | Unset, data)

        auto_sync_info = _parse_auto_sync_info(d.pop("auto_sync_info", UNSET))

        def _parse_refresh_status(data: object) -> FileRefreshStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                refresh_status_type_0 = FileRefreshStatus.from_dict(data)

                return refresh_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FileRefreshStatus | None | Unset, data)

        refresh_status = _parse_refresh_status(d.pop("refresh_status", UNSET))

        is_frozen = d.pop("is_frozen", UNSET)

        convai_knowledge_base_file_summary = cls(
            id=id,
            name=name,
            metadata=metadata,
            supported_usages=supported_usages,
            access_info=access_info,
            dependent_agents=dependent_agents,
            type_=type_,
            folder_parent_id=folder_parent_id,
            folder_path=folder_path,
            external_sync_info=external_sync_info,
            auto_sync_info=auto_sync_info,
            refresh_status=refresh_status,
            is_frozen=is_frozen,
        )

        convai_knowledge_base_file_summary.additional_properties = d
        return convai_knowledge_base_file_summary

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
    global \
        _nested_models_loaded, \
        AutoSyncInfo, \
        ConvaiDependentAvailableAgent, \
        ConvaiDependentUnknownAgent, \
        ConvaiKnowledgeBaseDocumentMetadata, \
        ConvaiResourceAccessInfo, \
        ExternalFileSyncInfo, \
        FileRefreshStatus, \
        KnowledgeBaseFolderPathSegmentSummaryResponseModel
    from ..models.auto_sync_info import AutoSyncInfo  # noqa: F401
    from ..models.convai_dependent_available_agent import ConvaiDependentAvailableAgent  # noqa: F401
    from ..models.convai_dependent_unknown_agent import ConvaiDependentUnknownAgent  # noqa: F401
    from ..models.convai_knowledge_base_document_metadata import ConvaiKnowledgeBaseDocumentMetadata  # noqa: F401
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo  # noqa: F401
    from ..models.external_file_sync_info import ExternalFileSyncInfo  # noqa: F401
    from ..models.file_refresh_status import FileRefreshStatus  # noqa: F401
    from ..models.knowledge_base_folder_path_segment_summary_response_model import (
        KnowledgeBaseFolderPathSegmentSummaryResponseModel,  # noqa: F401
    )

    _nested_models_loaded = True
