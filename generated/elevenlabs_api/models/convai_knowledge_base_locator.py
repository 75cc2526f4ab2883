from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_document_usage_mode import ConvaiDocumentUsageMode, check_convai_document_usage_mode
from ..models.convai_knowledge_base_document_type import (
    ConvaiKnowledgeBaseDocumentType,
    check_convai_knowledge_base_document_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiKnowledgeBaseLocator")


@_attrs_define
class ConvaiKnowledgeBaseLocator:
    """A knowledge base document attached to an agent.

    Attributes:
        type_ (ConvaiKnowledgeBaseDocumentType): Where a knowledge base document came from.
        name (str):
        id (str):
        usage_mode (ConvaiDocumentUsageMode | Unset): How an agent uses a document (whole in the prompt, or retrieved by
            RAG). Default: 'auto'.
    """

    type_: ConvaiKnowledgeBaseDocumentType
    name: str
    id: str
    usage_mode: ConvaiDocumentUsageMode | Unset = "auto"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        name = self.name

        id = self.id

        usage_mode: str | Unset = UNSET
        if not isinstance(self.usage_mode, Unset):
            usage_mode = self.usage_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "id": id,
            }
        )
        if usage_mode is not UNSET:
            field_dict["usage_mode"] = usage_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_convai_knowledge_base_document_type(d.pop("type"))

        name = d.pop("name")

        id = d.pop("id")

        _usage_mode = d.pop("usage_mode", UNSET)
        usage_mode: ConvaiDocumentUsageMode | Unset
        if isinstance(_usage_mode, Unset):
            usage_mode = UNSET
        else:
            usage_mode = check_convai_document_usage_mode(_usage_mode)

        convai_knowledge_base_locator = cls(
            type_=type_,
            name=name,
            id=id,
            usage_mode=usage_mode,
        )

        convai_knowledge_base_locator.additional_properties = d
        return convai_knowledge_base_locator

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
