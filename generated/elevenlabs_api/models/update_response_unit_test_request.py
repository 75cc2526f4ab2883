from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_conversation_init_source import ConvaiConversationInitSource, check_convai_conversation_init_source
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_failure_response_example import AgentFailureResponseExample
    from ..models.agent_successful_response_example import AgentSuccessfulResponseExample
    from ..models.convai_transcript_entry_input import ConvaiTranscriptEntryInput
    from ..models.test_from_conversation_metadata_input import TestFromConversationMetadataInput
    from ..models.update_response_unit_test_request_dynamic_variables import (
        UpdateResponseUnitTestRequestDynamicVariables,
    )


T = TypeVar("T", bound="UpdateResponseUnitTestRequest")


@_attrs_define
class UpdateResponseUnitTestRequest:
    """
    Attributes:
        name (str):
        from_conversation_metadata (None | TestFromConversationMetadataInput | Unset):
        dynamic_variables (UpdateResponseUnitTestRequestDynamicVariables | Unset):
        chat_history (list[ConvaiTranscriptEntryInput] | Unset):
        conversation_initiation_source (ConvaiConversationInitSource | None | Unset):
        environment (None | str | Unset):
        type_ (Literal['llm'] | Unset):  Default: 'llm'.
        success_condition (str | Unset):  Default: ''.
        success_examples (list[AgentSuccessfulResponseExample] | Unset):
        failure_examples (list[AgentFailureResponseExample] | Unset):
        parent_folder_id (None | str | Unset):
    """

    name: str
    from_conversation_metadata: None | TestFromConversationMetadataInput | Unset = UNSET
    dynamic_variables: UpdateResponseUnitTestRequestDynamicVariables | Unset = UNSET
    chat_history: list[ConvaiTranscriptEntryInput] | Unset = UNSET
    conversation_initiation_source: ConvaiConversationInitSource | None | Unset = UNSET
    environment: None | str | Unset = UNSET
    type_: Literal["llm"] | Unset = "llm"
    success_condition: str | Unset = ""
    success_examples: list[AgentSuccessfulResponseExample] | Unset = UNSET
    failure_examples: list[AgentFailureResponseExample] | Unset = UNSET
    parent_folder_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        name = self.name

        from_conversation_metadata: dict[str, Any] | None | Unset
        if isinstance(self.from_conversation_metadata, Unset):
            from_conversation_metadata = UNSET
        elif isinstance(self.from_conversation_metadata, TestFromConversationMetadataInput):
            from_conversation_metadata = self.from_conversation_metadata.to_dict()
        else:
            from_conversation_metadata = self.from_conversation_metadata

        dynamic_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_variables, Unset):
            dynamic_variables = self.dynamic_variables.to_dict()

        chat_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chat_history, Unset):
            chat_history = []
            for chat_history_item_data in self.chat_history:
                chat_history_item = chat_history_item_data.to_dict()
                chat_history.append(chat_history_item)

        conversation_initiation_source: None | str | Unset
        if isinstance(self.conversation_initiation_source, Unset):
            conversation_initiation_source = UNSET
        elif isinstance(self.conversation_initiation_source, str):
            conversation_initiation_source = self.conversation_initiation_source
        else:
            conversation_initiation_source = self.conversation_initiation_source

        environment: None | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        else:
            environment = self.environment

        type_ = self.type_

        success_condition = self.success_condition

        success_examples: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.success_examples, Unset):
            success_examples = []
            for success_examples_item_data in self.success_examples:
                success_examples_item = success_examples_item_data.to_dict()
                success_examples.append(success_examples_item)

        failure_examples: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failure_examples, Unset):
            failure_examples = []
            for failure_examples_item_data in self.failure_examples:
                failure_examples_item = failure_examples_item_data.to_dict()
                failure_examples.append(failure_examples_item)

        parent_folder_id: None | str | Unset
        if isinstance(self.parent_folder_id, Unset):
            parent_folder_id = UNSET
        else:
            parent_folder_id = self.parent_folder_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if from_conversation_metadata is not UNSET:
            field_dict["from_conversation_metadata"] = from_conversation_metadata
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables
        if chat_history is not UNSET:
            field_dict["chat_history"] = chat_history
        if conversation_initiation_source is not UNSET:
            field_dict["conversation_initiation_source"] = conversation_initiation_source
        if environment is not UNSET:
            field_dict["environment"] = environment
        if type_ is not UNSET:
            field_dict["type"] = type_
        if success_condition is not UNSET:
            field_dict["success_condition"] = success_condition
        if success_examples is not UNSET:
            field_dict["success_examples"] = success_examples
        if failure_examples is not UNSET:
            field_dict["failure_examples"] = failure_examples
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_from_conversation_metadata(data: object) -> None | TestFromConversationMetadataInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                from_conversation_metadata_type_0 = TestFromConversationMetadataInput.from_dict(data)

                return from_conversation_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TestFromConversationMetadataInput | Unset, data)

        from_conversation_metadata = _parse_from_conversation_metadata(d.pop("from_conversation_metadata", UNSET))

        _dynamic_variables = d.pop("dynamic_variables", UNSET)
        dynamic_variables: UpdateResponseUnitTestRequestDynamicVariables | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = UpdateResponseUnitTestRequestDynamicVariables.from_dict(_dynamic_variables)

        _chat_history = d.pop("chat_history", UNSET)
        chat_history: list[ConvaiTranscriptEntryInput] | Unset = UNSET
        if _chat_history is not UNSET:
            chat_history = []
            for chat_history_item_data in _chat_history:
                chat_history_item = ConvaiTranscriptEntryInput.from_dict(chat_history_item_data)

                chat_history.append(chat_history_item)

        def _parse_conversation_initiation_source(data: object) -> ConvaiConversationInitSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conversation_initiation_source_type_0 = check_convai_conversation_init_source(data)

                return conversation_initiation_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiConversationInitSource | None | Unset, data)

        conversation_initiation_source = _parse_conversation_initiation_source(
            d.pop("conversation_initiation_source", UNSET)
        )

        def _parse_environment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        environment = _parse_environment(d.pop("environment", UNSET))

        type_ = cast(Literal["llm"] | Unset, d.pop("type", UNSET))
        if type_ != "llm" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'llm', got '{type_}'")

        success_condition = d.pop("success_condition", UNSET)

        _success_examples = d.pop("success_examples", UNSET)
        success_examples: list[AgentSuccessfulResponseExample] | Unset = UNSET
        if _success_examples is not UNSET:
            success_examples = []
            for success_examples_item_data in _success_examples:
                success_examples_item = AgentSuccessfulResponseExample.from_dict(success_examples_item_data)

                success_examples.append(success_examples_item)

        _failure_examples = d.pop("failure_examples", UNSET)
        failure_examples: list[AgentFailureResponseExample] | Unset = UNSET
        if _failure_examples is not UNSET:
            failure_examples = []
            for failure_examples_item_data in _failure_examples:
                failure_examples_item = AgentFailureResponseExample.from_dict(failure_examples_item_data)

                failure_examples.append(failure_examples_item)

        def _parse_parent_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_folder_id = _parse_parent_folder_id(d.pop("parent_folder_id", UNSET))

        update_response_unit_test_request = cls(
            name=name,
            from_conversation_metadata=from_conversation_metadata,
            dynamic_variables=dynamic_variables,
            chat_history=chat_history,
            conversation_initiation_source=conversation_initiation_source,
            environment=environment,
            type_=type_,
            success_condition=success_condition,
            success_examples=success_examples,
            failure_examples=failure_examples,
            parent_folder_id=parent_folder_id,
        )

        update_response_unit_test_request.additional_properties = d
        return update_response_unit_test_request

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
        AgentFailureResponseExample, \
        AgentSuccessfulResponseExample, \
        ConvaiTranscriptEntryInput, \
        TestFromConversationMetadataInput, \
        UpdateResponseUnitTestRequestDynamicVariables
    from ..models.agent_failure_response_example import AgentFailureResponseExample  # noqa: F401
    from ..models.agent_successful_response_example import AgentSuccessfulResponseExample  # noqa: F401
    from ..models.convai_transcript_entry_input import ConvaiTranscriptEntryInput  # noqa: F401
    from ..models.test_from_conversation_metadata_input import TestFromConversationMetadataInput  # noqa: F401
    from ..models.update_response_unit_test_request_dynamic_variables import (
        UpdateResponseUnitTestRequestDynamicVariables,  # noqa: F401
    )

    _nested_models_loaded = True
