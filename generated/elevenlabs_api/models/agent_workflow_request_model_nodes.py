from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workflow_end_node_model_input import WorkflowEndNodeModelInput
    from ..models.workflow_override_agent_node_model_input import WorkflowOverrideAgentNodeModelInput
    from ..models.workflow_phone_number_node_model_input import WorkflowPhoneNumberNodeModelInput
    from ..models.workflow_standalone_agent_node_model_input import WorkflowStandaloneAgentNodeModelInput
    from ..models.workflow_start_node_model_input import WorkflowStartNodeModelInput
    from ..models.workflow_tool_node_model_input import WorkflowToolNodeModelInput


T = TypeVar("T", bound="AgentWorkflowRequestModelNodes")


@_attrs_define
class AgentWorkflowRequestModelNodes:
    additional_properties: dict[
        str,
        WorkflowEndNodeModelInput
        | WorkflowOverrideAgentNodeModelInput
        | WorkflowPhoneNumberNodeModelInput
        | WorkflowStandaloneAgentNodeModelInput
        | WorkflowStartNodeModelInput
        | WorkflowToolNodeModelInput,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, WorkflowStartNodeModelInput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, WorkflowEndNodeModelInput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, WorkflowPhoneNumberNodeModelInput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, WorkflowOverrideAgentNodeModelInput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, WorkflowStandaloneAgentNodeModelInput):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        agent_workflow_request_model_nodes = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                WorkflowEndNodeModelInput
                | WorkflowOverrideAgentNodeModelInput
                | WorkflowPhoneNumberNodeModelInput
                | WorkflowStandaloneAgentNodeModelInput
                | WorkflowStartNodeModelInput
                | WorkflowToolNodeModelInput
            ):
                if isinstance(data, dict):
                    if data.get("type") == "start":
                        additional_property_type_0 = WorkflowStartNodeModelInput.from_dict(data)

                        return additional_property_type_0
                    if data.get("type") == "end":
                        additional_property_type_1 = WorkflowEndNodeModelInput.from_dict(data)

                        return additional_property_type_1
                    if data.get("type") == "phone_number":
                        additional_property_type_2 = WorkflowPhoneNumberNodeModelInput.from_dict(data)

                        return additional_property_type_2
                    if data.get("type") == "override_agent":
                        additional_property_type_3 = WorkflowOverrideAgentNodeModelInput.from_dict(data)

                        return additional_property_type_3
                    if data.get("type") == "standalone_agent":
                        additional_property_type_4 = WorkflowStandaloneAgentNodeModelInput.from_dict(data)

                        return additional_property_type_4
                    if data.get("type") == "tool":
                        additional_property_type_5 = WorkflowToolNodeModelInput.from_dict(data)

                        return additional_property_type_5

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_0 = WorkflowStartNodeModelInput.from_dict(data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = WorkflowEndNodeModelInput.from_dict(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_2 = WorkflowPhoneNumberNodeModelInput.from_dict(data)

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_3 = WorkflowOverrideAgentNodeModelInput.from_dict(data)

                    return additional_property_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_4 = WorkflowStandaloneAgentNodeModelInput.from_dict(data)

                    return additional_property_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                additional_property_type_5 = WorkflowToolNodeModelInput.from_dict(data)

                return additional_property_type_5

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        agent_workflow_request_model_nodes.additional_properties = additional_properties
        return agent_workflow_request_model_nodes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        WorkflowEndNodeModelInput
        | WorkflowOverrideAgentNodeModelInput
        | WorkflowPhoneNumberNodeModelInput
        | WorkflowStandaloneAgentNodeModelInput
        | WorkflowStartNodeModelInput
        | WorkflowToolNodeModelInput
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: WorkflowEndNodeModelInput
        | WorkflowOverrideAgentNodeModelInput
        | WorkflowPhoneNumberNodeModelInput
        | WorkflowStandaloneAgentNodeModelInput
        | WorkflowStartNodeModelInput
        | WorkflowToolNodeModelInput,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_nested_models_loaded = False


def _load_nested_models() -> None:
    global \
        _nested_models_loaded, \
        WorkflowEndNodeModelInput, \
        WorkflowOverrideAgentNodeModelInput, \
        WorkflowPhoneNumberNodeModelInput, \
        WorkflowStandaloneAgentNodeModelInput, \
        WorkflowStartNodeModelInput, \
        WorkflowToolNodeModelInput
    from ..models.workflow_end_node_model_input import WorkflowEndNodeModelInput  # noqa: F401
    from ..models.workflow_override_agent_node_model_input import WorkflowOverrideAgentNodeModelInput  # noqa: F401
    from ..models.workflow_phone_number_node_model_input import WorkflowPhoneNumberNodeModelInput  # noqa: F401
    from ..models.workflow_standalone_agent_node_model_input import WorkflowStandaloneAgentNodeModelInput  # noqa: F401
    from ..models.workflow_start_node_model_input import WorkflowStartNodeModelInput  # noqa: F401
    from ..models.workflow_tool_node_model_input import WorkflowToolNodeModelInput  # noqa: F401

    _nested_models_loaded = True
