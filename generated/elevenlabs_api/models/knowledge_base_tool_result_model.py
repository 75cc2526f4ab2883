from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.knowledge_base_tool_status import KnowledgeBaseToolStatus, check_knowledge_base_tool_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="KnowledgeBaseToolResultModel")


@_attrs_define
class KnowledgeBaseToolResultModel:
    """
    Attributes:
        result_type (Literal['knowledge_base_success'] | Unset):  Default: 'knowledge_base_success'.
        status (KnowledgeBaseToolStatus | Unset):  Default: 'success'.
        chunk_count (int | Unset):  Default: 0.
        message (str | Unset):  Default: 'Referenced knowledge base.'.
    """

    result_type: Literal["knowledge_base_success"] | Unset = "knowledge_base_success"
    status: KnowledgeBaseToolStatus | Unset = "success"
    chunk_count: int | Unset = 0
    message: str | Unset = "Referenced knowledge base."
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result_type = self.result_type

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        chunk_count = self.chunk_count

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if status is not UNSET:
            field_dict["status"] = status
        if chunk_count is not UNSET:
            field_dict["chunk_count"] = chunk_count
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result_type = cast(Literal["knowledge_base_success"] | Unset, d.pop("result_type", UNSET))
        if result_type != "knowledge_base_success" and not isinstance(result_type, Unset):
            raise ValueError(f"result_type must match const 'knowledge_base_success', got '{result_type}'")

        _status = d.pop("status", UNSET)
        status: KnowledgeBaseToolStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_knowledge_base_tool_status(_status)

        chunk_count = d.pop("chunk_count", UNSET)

        message = d.pop("message", UNSET)

        knowledge_base_tool_result_model = cls(
            result_type=result_type,
            status=status,
            chunk_count=chunk_count,
            message=message,
        )

        knowledge_base_tool_result_model.additional_properties = d
        return knowledge_base_tool_result_model

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
