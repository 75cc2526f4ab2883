from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentKnowledgeBaseRagQueryRequestModel")


@_attrs_define
class AgentKnowledgeBaseRagQueryRequestModel:
    """
    Attributes:
        query (str):
        use_agent_defaults (bool | Unset):  Default: True.
    """

    query: str
    use_agent_defaults: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        use_agent_defaults = self.use_agent_defaults

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if use_agent_defaults is not UNSET:
            field_dict["use_agent_defaults"] = use_agent_defaults

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query = d.pop("query")

        use_agent_defaults = d.pop("use_agent_defaults", UNSET)

        agent_knowledge_base_rag_query_request_model = cls(
            query=query,
            use_agent_defaults=use_agent_defaults,
        )

        agent_knowledge_base_rag_query_request_model.additional_properties = d
        return agent_knowledge_base_rag_query_request_model

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
