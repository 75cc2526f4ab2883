from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agent_deployment_request import AgentDeploymentRequest


T = TypeVar("T", bound="PostConvaiAgentsDeploymentsRequest")


@_attrs_define
class PostConvaiAgentsDeploymentsRequest:
    """
    Attributes:
        deployment_request (AgentDeploymentRequest):
    """

    deployment_request: AgentDeploymentRequest
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        deployment_request = self.deployment_request.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deployment_request": deployment_request,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        deployment_request = AgentDeploymentRequest.from_dict(d.pop("deployment_request"))

        post_convai_agents_deployments_request = cls(
            deployment_request=deployment_request,
        )

        post_convai_agents_deployments_request.additional_properties = d
        return post_convai_agents_deployments_request

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
    global _nested_models_loaded, AgentDeploymentRequest
    from ..models.agent_deployment_request import AgentDeploymentRequest  # noqa: F401

    _nested_models_loaded = True
