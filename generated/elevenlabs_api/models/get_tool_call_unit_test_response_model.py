from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_conversation_init_source import ConvaiConversationInitSource, check_convai_conversation_init_source
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_history_transcript_common_model_output import (
        ConversationHistoryTranscriptCommonModelOutput,
    )
    from ..models.get_tool_call_unit_test_response_model_dynamic_variables import (
        GetToolCallUnitTestResponseModelDynamicVariables,
    )
    from ..models.test_from_conversation_metadata_output import TestFromConversationMetadataOutput
    from ..models.unit_test_tool_call_evaluation_model_output import UnitTestToolCallEvaluationModelOutput


T = TypeVar("T", bound="GetToolCallUnitTestResponseModel")


@_attrs_define
class GetToolCallUnitTestResponseModel:
    """
    Attributes:
        id (str):
        name (str):
        from_conversation_metadata (None | TestFromConversationMetadataOutput | Unset):
        dynamic_variables (GetToolCallUnitTestResponseModelDynamicVariables | Unset):
        chat_history (list[ConversationHistoryTranscriptCommonModelOutput] | Unset):
        conversation_initiation_source (ConvaiConversationInitSource | None | Unset):
        environment (None | str | Unset):
        type_ (Literal['tool'] | Unset):  Default: 'tool'.
        tool_call_parameters (None | UnitTestToolCallEvaluationModelOutput | Unset):
        check_any_tool_matches (bool | None | Unset):
    """

    id: str
    name: str
    from_conversation_metadata: None | TestFromConversationMetadataOutput | Unset = UNSET
    dynamic_variables: GetToolCallUnitTestResponseModelDynamicVariables | Unset = UNSET
    chat_history: list[ConversationHistoryTranscriptCommonModelOutput] | Unset = UNSET
    conversation_initiation_source: ConvaiConversationInitSource | None | Unset = UNSET
    environment: None | str | Unset = UNSET
    type_: Literal["tool"] | Unset = "tool"
    tool_call_parameters: None | UnitTestToolCallEvaluationModelOutput | Unset = UNSET
    check_any_tool_matches: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        name = self.name

        from_conversation_metadata: dict[str, Any] | None | Unset
        if isinstance(self.from_conversation_metadata, Unset):
            from_conversation_metadata = UNSET
        elif isinstance(self.from_conversation_metadata, TestFromConversationMetadataOutput):
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

        tool_call_parameters: dict[str, Any] | None | Unset
        if isinstance(self.tool_call_parameters, Unset):
            tool_call_parameters = UNSET
        elif isinstance(self.tool_call_parameters, UnitTestToolCallEvaluationModelOutput):
            tool_call_parameters = self.tool_call_parameters.to_dict()
        else:
            tool_call_parameters = self.tool_call_parameters

        check_any_tool_matches: bool | None | Unset
        if isinstance(self.check_any_tool_matches, Unset):
            check_any_tool_matches = UNSET
        else:
            check_any_tool_matches = self.check_any_tool_matches

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
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
        if tool_call_parameters is not UNSET:
            field_dict["tool_call_parameters"] = tool_call_parameters
        if check_any_tool_matches is not UNSET:
            field_dict["check_any_tool_matches"] = check_any_tool_matches

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_from_conversation_metadata(data: object) -> None | TestFromConversationMetadataOutput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                from_conversation_metadata_type_0 = TestFromConversationMetadataOutput.from_dict(data)

                return from_conversation_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TestFromConversationMetadataOutput | Unset, data)

        from_conversation_metadata = _parse_from_conversation_metadata(d.pop("from_conversation_metadata", UNSET))

        _dynamic_variables = d.pop("dynamic_variables", UNSET)
        dynamic_variables: GetToolCallUnitTestResponseModelDynamicVariables | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = GetToolCallUnitTestResponseModelDynamicVariables.from_dict(_dynamic_variables)

        _chat_history = d.pop("chat_history", UNSET)
        chat_history: list[ConversationHistoryTranscriptCommonModelOutput] | Unset = UNSET
        if _chat_history is not UNSET:
            chat_history = []
            for chat_history_item_data in _chat_history:
                chat_history_item = ConversationHistoryTranscriptCommonModelOutput.from_dict(chat_history_item_data)

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

        type_ = cast(Literal["tool"] | Unset, d.pop("type", UNSET))
        if type_ != "tool" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'tool', got '{type_}'")

        def _parse_tool_call_parameters(data: object) -> None | UnitTestToolCallEvaluationModelOutput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_call_parameters_type_0 = UnitTestToolCallEvaluationModelOutput.from_dict(data)

                return tool_call_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UnitTestToolCallEvaluationModelOutput | Unset, data)

        tool_call_parameters = _parse_tool_call_parameters(d.pop("tool_call_parameters", UNSET))

        def _parse_check_any_tool_matches(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        check_any_tool_matches = _parse_check_any_tool_matches(d.pop("check_any_tool_matches", UNSET))

        get_tool_call_unit_test_response_model = cls(
            id=id,
            name=name,
            from_conversation_metadata=from_conversation_metadata,
            dynamic_variables=dynamic_variables,
            chat_history=chat_history,
            conversation_initiation_source=conversation_initiation_source,
            environment=environment,
            type_=type_,
            tool_call_parameters=tool_call_parameters,
            check_any_tool_matches=check_any_tool_matches,
        )

        get_tool_call_unit_test_response_model.additional_properties = d
        return get_tool_call_unit_test_response_model

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
        ConversationHistoryTranscriptCommonModelOutput, \
        GetToolCallUnitTestResponseModelDynamicVariables, \
        TestFromConversationMetadataOutput, \
        UnitTestToolCallEvaluationModelOutput
    from ..models.conversation_history_transcript_common_model_output import (
        ConversationHistoryTranscriptCommonModelOutput,  # noqa: F401
    )
    from ..models.get_tool_call_unit_test_response_model_dynamic_variables import (
        GetToolCallUnitTestResponseModelDynamicVariables,  # noqa: F401
    )
    from ..models.test_from_conversation_metadata_output import TestFromConversationMetadataOutput  # noqa: F401
    from ..models.unit_test_tool_call_evaluation_model_output import UnitTestToolCallEvaluationModelOutput  # noqa: F401

    _nested_models_loaded = True
