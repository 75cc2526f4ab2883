from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostConvaiKnowledgeBaseBulkDeleteRequest")


@_attrs_define
class PostConvaiKnowledgeBaseBulkDeleteRequest:
    """
    Attributes:
        document_ids (list[str]):
        force (bool | Unset):  Default: False.
    """

    document_ids: list[str]
    force: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_ids = self.document_ids

        force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_ids": document_ids,
            }
        )
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_ids = cast(list[str], d.pop("document_ids"))

        force = d.pop("force", UNSET)

        post_convai_knowledge_base_bulk_delete_request = cls(
            document_ids=document_ids,
            force=force,
        )

        post_convai_knowledge_base_bulk_delete_request.additional_properties = d
        return post_convai_knowledge_base_bulk_delete_request

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
