from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_branch_summary import AgentBranchSummary
    from ..models.list_response_meta import ListResponseMeta


T = TypeVar("T", bound="ListResponseAgentBranchSummary")


@_attrs_define
class ListResponseAgentBranchSummary:
    """
    Attributes:
        results (list[AgentBranchSummary]):
        meta (ListResponseMeta | Unset):
    """

    results: list[AgentBranchSummary]
    meta: ListResponseMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = AgentBranchSummary.from_dict(results_item_data)

            results.append(results_item)

        _meta = d.pop("meta", UNSET)
        meta: ListResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ListResponseMeta.from_dict(_meta)

        list_response_agent_branch_summary = cls(
            results=results,
            meta=meta,
        )

        list_response_agent_branch_summary.additional_properties = d
        return list_response_agent_branch_summary

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
    global _nested_models_loaded, AgentBranchSummary, ListResponseMeta
    from ..models.agent_branch_summary import AgentBranchSummary  # noqa: F401
    from ..models.list_response_meta import ListResponseMeta  # noqa: F401

    _nested_models_loaded = True
