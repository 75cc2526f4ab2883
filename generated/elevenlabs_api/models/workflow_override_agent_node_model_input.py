from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entry_behavior import EntryBehavior, check_entry_behavior
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_knowledge_base_locator import ConvaiKnowledgeBaseLocator
    from ..models.conversational_config_api_model_workflow_override_input import (
        ConversationalConfigAPIModelWorkflowOverrideInput,
    )
    from ..models.position_input import PositionInput


T = TypeVar("T", bound="WorkflowOverrideAgentNodeModelInput")


@_attrs_define
class WorkflowOverrideAgentNodeModelInput:
    """
    Attributes:
        label (str):
        type_ (Literal['override_agent'] | Unset):  Default: 'override_agent'.
        position (PositionInput | Unset):
        edge_order (list[str] | Unset):
        conversation_config (ConversationalConfigAPIModelWorkflowOverrideInput | Unset):
        additional_prompt (str | Unset):
        additional_knowledge_base (list[ConvaiKnowledgeBaseLocator] | Unset):
        additional_tool_ids (list[str] | Unset):
        entry_behavior (EntryBehavior | Unset):  Default: 'auto'.
    """

    label: str
    type_: Literal["override_agent"] | Unset = "override_agent"
    position: PositionInput | Unset = UNSET
    edge_order: list[str] | Unset = UNSET
    conversation_config: ConversationalConfigAPIModelWorkflowOverrideInput | Unset = UNSET
    additional_prompt: str | Unset = UNSET
    additional_knowledge_base: list[ConvaiKnowledgeBaseLocator] | Unset = UNSET
    additional_tool_ids: list[str] | Unset = UNSET
    entry_behavior: EntryBehavior | Unset = "auto"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        label = self.label

        type_ = self.type_

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        edge_order: list[str] | Unset = UNSET
        if not isinstance(self.edge_order, Unset):
            edge_order = self.edge_order

        conversation_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_config, Unset):
            conversation_config = self.conversation_config.to_dict()

        additional_prompt = self.additional_prompt

        additional_knowledge_base: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_knowledge_base, Unset):
            additional_knowledge_base = []
            for additional_knowledge_base_item_data in self.additional_knowledge_base:
                additional_knowledge_base_item = additional_knowledge_base_item_data.to_dict()
                additional_knowledge_base.append(additional_knowledge_base_item)

        additional_tool_ids: list[str] | Unset = UNSET
        if not isinstance(self.additional_tool_ids, Unset):
            additional_tool_ids = self.additional_tool_ids

        entry_behavior: str | Unset = UNSET
        if not isinstance(self.entry_behavior, Unset):
            entry_behavior = self.entry_behavior

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if position is not UNSET:
            field_dict["position"] = position
        if edge_order is not UNSET:
            field_dict["edge_order"] = edge_order
        if conversation_config is not UNSET:
            field_dict["conversation_config"] = conversation_config
        if additional_prompt is not UNSET:
            field_dict["additional_prompt"] = additional_prompt
        if additional_knowledge_base is not UNSET:
            field_dict["additional_knowledge_base"] = additional_knowledge_base
        if additional_tool_ids is not UNSET:
            field_dict["additional_tool_ids"] = additional_tool_ids
        if entry_behavior is not UNSET:
            field_dict["entry_behavior"] = entry_behavior

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        label = d.pop("label")

        type_ = cast(Literal["override_agent"] | Unset, d.pop("type", UNSET))
        if type_ != "override_agent" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'override_agent', got '{type_}'")

        _position = d.pop("position", UNSET)
        position: PositionInput | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = PositionInput.from_dict(_position)

        edge_order = cast(list[str], d.pop("edge_order", UNSET))

        _conversation_config = d.pop("conversation_config", UNSET)
        conversation_config: ConversationalConfigAPIModelWorkflowOverrideInput | Unset
        if isinstance(_conversation_config, Unset):
            conversation_config = UNSET
        else:
            conversation_config = ConversationalConfigAPIModelWorkflowOverrideInput.from_dict(_conversation_config)

        additional_prompt = d.pop("additional_prompt", UNSET)

        _additional_knowledge_base = d.pop("additional_knowledge_base", UNSET)
        additional_knowledge_base: list[ConvaiKnowledgeBaseLocator] | Unset = UNSET
        if _additional_knowledge_base is not UNSET:
            additional_knowledge_base = []
            for additional_knowledge_base_item_data in _additional_knowledge_base:
                additional_knowledge_base_item = ConvaiKnowledgeBaseLocator.from_dict(
                    additional_knowledge_base_item_data
                )

                additional_knowledge_base.append(additional_knowledge_base_item)

        additional_tool_ids = cast(list[str], d.pop("additional_tool_ids", UNSET))

        _entry_behavior = d.pop("entry_behavior", UNSET)
        entry_behavior: EntryBehavior | Unset
        if isinstance(_entry_behavior, Unset):
            entry_behavior = UNSET
        else:
            entry_behavior = check_entry_behavior(_entry_behavior)

        workflow_override_agent_node_model_input = cls(
            label=label,
            type_=type_,
            position=position,
            edge_order=edge_order,
            conversation_config=conversation_config,
            additional_prompt=additional_prompt,
            additional_knowledge_base=additional_knowledge_base,
            additional_tool_ids=additional_tool_ids,
            entry_behavior=entry_behavior,
        )

        workflow_override_agent_node_model_input.additional_properties = d
        return workflow_override_agent_node_model_input

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
        ConversationalConfigAPIModelWorkflowOverrideInput, \
        PositionInput
    from ..models.convai_knowledge_base_locator import ConvaiKnowledgeBaseLocator  # noqa: F401
    from ..models.conversational_config_api_model_workflow_override_input import (
        ConversationalConfigAPIModelWorkflowOverrideInput,  # noqa: F401
    )
    from ..models.position_input import PositionInput  # noqa: F401

    _nested_models_loaded = True
