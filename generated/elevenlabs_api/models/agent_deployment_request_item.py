from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agent_deployment_percentage_strategy import AgentDeploymentPercentageStrategy


T = TypeVar("T", bound="AgentDeploymentRequestItem")


@_attrs_define
class AgentDeploymentRequestItem:
    """
    Attributes:
        branch_id (str):
        deployment_strategy (AgentDeploymentPercentageStrategy):
    """

    branch_id: str
    deployment_strategy: AgentDeploymentPercentageStrategy
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        branch_id = self.branch_id

        deployment_strategy = self.deployment_strategy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "branch_id": branch_id,
                "deployment_strategy": deployment_strategy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        branch_id = d.pop("branch_id")

        deployment_strategy = AgentDeploymentPercentageStrategy.from_dict(d.pop("deployment_strategy"))

        agent_deployment_request_item = cls(
            branch_id=branch_id,
            deployment_strategy=deployment_strategy,
        )

        agent_deployment_request_item.additional_properties = d
        return agent_deployment_request_item

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
    global _nested_models_loaded, AgentDeploymentPercentageStrategy
    from ..models.agent_deployment_percentage_strategy import AgentDeploymentPercentageStrategy  # noqa: F401

    _nested_models_loaded = True
