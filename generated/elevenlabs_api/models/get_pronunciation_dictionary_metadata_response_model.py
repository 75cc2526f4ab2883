from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_pronunciation_dictionary_metadata_response_model_permission_on_resource_type_0 import (
    GetPronunciationDictionaryMetadataResponseModelPermissionOnResourceType0,
    check_get_pronunciation_dictionary_metadata_response_model_permission_on_resource_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPronunciationDictionaryMetadataResponseModel")


@_attrs_define
class GetPronunciationDictionaryMetadataResponseModel:
    """
    Attributes:
        id (str):
        latest_version_id (str):
        latest_version_rules_num (int):
        name (str):
        permission_on_resource (GetPronunciationDictionaryMetadataResponseModelPermissionOnResourceType0 | None):
        created_by (str):
        creation_time_unix (int):
        archived_time_unix (int | None | Unset):
        description (None | str | Unset):
    """

    id: str
    latest_version_id: str
    latest_version_rules_num: int
    name: str
    permission_on_resource: GetPronunciationDictionaryMetadataResponseModelPermissionOnResourceType0 | None
    created_by: str
    creation_time_unix: int
    archived_time_unix: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        latest_version_id = self.latest_version_id

        latest_version_rules_num = self.latest_version_rules_num

        name = self.name

        permission_on_resource: None | str
        if isinstance(self.permission_on_resource, str):
            permission_on_resource = self.permission_on_resource
        else:
            permission_on_resource = self.permission_on_resource

        created_by = self.created_by

        creation_time_unix = self.creation_time_unix

        archived_time_unix: int | None | Unset
        if isinstance(self.archived_time_unix, Unset):
            archived_time_unix = UNSET
        else:
            archived_time_unix = self.archived_time_unix

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "latest_version_id": latest_version_id,
                "latest_version_rules_num": latest_version_rules_num,
                "name": name,
                "permission_on_resource": permission_on_resource,
                "created_by": created_by,
                "creation_time_unix": creation_time_unix,
            }
        )
        if archived_time_unix is not UNSET:
            field_dict["archived_time_unix"] = archived_time_unix
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        latest_version_id = d.pop("latest_version_id")

        latest_version_rules_num = d.pop("latest_version_rules_num")

        name = d.pop("name")

        def _parse_permission_on_resource(
            data: object,
        ) -> GetPronunciationDictionaryMetadataResponseModelPermissionOnResourceType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                permission_on_resource_type_0 = (
                    check_get_pronunciation_dictionary_metadata_response_model_permission_on_resource_type_0(data)
                )

                return permission_on_resource_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetPronunciationDictionaryMetadataResponseModelPermissionOnResourceType0 | None, data)

        permission_on_resource = _parse_permission_on_resource(d.pop("permission_on_resource"))

        created_by = d.pop("created_by")

        creation_time_unix = d.pop("creation_time_unix")

        def _parse_archived_time_unix(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        archived_time_unix = _parse_archived_time_unix(d.pop("archived_time_unix", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        get_pronunciation_dictionary_metadata_response_model = cls(
            id=id,
            latest_version_id=latest_version_id,
            latest_version_rules_num=latest_version_rules_num,
            name=name,
            permission_on_resource=permission_on_resource,
            created_by=created_by,
            creation_time_unix=creation_time_unix,
            archived_time_unix=archived_time_unix,
            description=description,
        )

        get_pronunciation_dictionary_metadata_response_model.additional_properties = d
        return get_pronunciation_dictionary_metadata_response_model

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
