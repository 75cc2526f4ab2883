from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entry_behavior import EntryBehavior, check_entry_behavior

if TYPE_CHECKING:
    from ..models.convai_knowledge_base_locator import ConvaiKnowledgeBaseLocator
    from ..models.conversational_config_api_model_workflow_override_output import (
        ConversationalConfigAPIModelWorkflowOverrideOutput,
    )
    from ..models.position_output import PositionOutput


T = TypeVar("T", bound="WorkflowOverrideAgentNodeModelOutput")


@_attrs_define
class WorkflowOverrideAgentNodeModelOutput:
    """
    Attributes:
        type_ (Literal['override_agent']):  Default: 'override_agent'.
        position (PositionOutput):
        edge_order (list[str]):
        conversation_config (ConversationalConfigAPIModelWorkflowOverrideOutput):
        additional_prompt (str):
        additional_knowledge_base (list[ConvaiKnowledgeBaseLocator]):
        additional_tool_ids (list[str]):
        label (str):
        entry_behavior (EntryBehavior):  Default: 'auto'.
    """

    position: PositionOutput
    edge_order: list[str]
    conversation_config: ConversationalConfigAPIModelWorkflowOverrideOutput
    additional_prompt: str
    additional_knowledge_base: list[ConvaiKnowledgeBaseLocator]
    additional_tool_ids: list[str]
    label: str
    type_: Literal["override_agent"] = "override_agent"
    entry_behavior: EntryBehavior = "auto"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        position = self.position.to_dict()

        edge_order = self.edge_order

        conversation_config = self.conversation_config.to_dict()

        additional_prompt = self.additional_prompt

        additional_knowledge_base = []
        for additional_knowledge_base_item_data in self.additional_knowledge_base:
            additional_knowledge_base_item = additional_knowledge_base_item_data.to_dict()
            additional_knowledge_base.append(additional_knowledge_base_item)

        additional_tool_ids = self.additional_tool_ids

        label = self.label

        entry_behavior: str = self.entry_behavior

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "position": position,
                "edge_order": edge_order,
                "conversation_config": conversation_config,
                "additional_prompt": additional_prompt,
                "additional_knowledge_base": additional_knowledge_base,
                "additional_tool_ids": additional_tool_ids,
                "label": label,
                "entry_behavior": entry_behavior,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["override_agent"], d.pop("type"))
        if type_ != "override_agent":
            raise ValueError(f"type must match const 'override_agent', got '{type_}'")

        position = PositionOutput.from_dict(d.pop("position"))

        edge_order = cast(list[str], d.pop("edge_order"))

        conversation_config = ConversationalConfigAPIModelWorkflowOverrideOutput.from_dict(d.pop("conversation_config"))

        additional_prompt = d.pop("additional_prompt")

        additional_knowledge_base = []
        _additional_knowledge_base = d.pop("additional_knowledge_base")
        for additional_knowledge_base_item_data in _additional_knowledge_base:
            additional_knowledge_base_item = ConvaiKnowledgeBaseLocator.from_dict(additional_knowledge_base_item_data)

            additional_knowledge_base.append(additional_knowledge_base_item)

        additional_tool_ids = cast(list[str], d.pop("additional_tool_ids"))

        label = d.pop("label")

        entry_behavior = check_entry_behavior(d.pop("entry_behavior"))

        workflow_override_agent_node_model_output = cls(
            type_=type_,
            position=position,
            edge_order=edge_order,
            conversation_config=conversation_config,
            additional_prompt=additional_prompt,
            additional_knowledge_base=additional_knowledge_base,
            additional_tool_ids=additional_tool_ids,
            label=label,
            entry_behavior=entry_behavior,
        )

        workflow_override_agent_node_model_output.additional_properties = d
        return workflow_override_agent_node_model_output

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
        ConvaiKnowledgeBaseLocator, \
        ConversationalConfigAPIModelWorkflowOverrideOutput, \
        PositionOutput
    from ..models.convai_knowledge_base_locator import ConvaiKnowledgeBaseLocator  # noqa: F401
    from ..models.conversational_config_api_model_workflow_override_output import (
        ConversationalConfigAPIModelWorkflowOverrideOutput,  # noqa: F401
    )
    from ..models.position_output import PositionOutput  # noqa: F401

    _nested_models_loaded = True
