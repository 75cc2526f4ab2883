from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_conversation_init_source import ConvaiConversationInitSource, check_convai_conversation_init_source
from ..models.convai_llm import ConvaiLlm, check_convai_llm
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_history_transcript_common_model_output import (
        ConversationHistoryTranscriptCommonModelOutput,
    )
    from ..models.get_simulation_test_response_model_dynamic_variables import (
        GetSimulationTestResponseModelDynamicVariables,
    )
    from ..models.get_simulation_test_response_model_tool_mock_overrides import (
        GetSimulationTestResponseModelToolMockOverrides,
    )
    from ..models.simulation_tool_mock_behavior_config import SimulationToolMockBehaviorConfig
    from ..models.test_from_conversation_metadata_output import TestFromConversationMetadataOutput


T = TypeVar("T", bound="GetSimulationTestResponseModel")


@_attrs_define
class GetSimulationTestResponseModel:
    """
    Attributes:
        id (str):
        name (str):
        from_conversation_metadata (None | TestFromConversationMetadataOutput | Unset):
        dynamic_variables (GetSimulationTestResponseModelDynamicVariables | Unset):
        chat_history (list[ConversationHistoryTranscriptCommonModelOutput] | Unset):
        conversation_initiation_source (ConvaiConversationInitSource | None | Unset):
        environment (None | str | Unset):
        type_ (Literal['simulation'] | Unset):  Default: 'simulation'.
        success_condition (None | str | Unset):
        success_conditions (list[str] | Unset):
        simulation_scenario (str | Unset):  Default: ''.
        simulation_max_turns (int | Unset):  Default: 5.
        simulation_environment (None | str | Unset):
        tool_mock_config (SimulationToolMockBehaviorConfig | Unset):
        tool_mock_overrides (GetSimulationTestResponseModelToolMockOverrides | Unset):
        evaluation_model (ConvaiLlm | None | Unset):  Default: 'claude-sonnet-4-6'.
        simulated_user_model (ConvaiLlm | None | Unset):  Default: 'claude-sonnet-4-6'.
    """

    id: str
    name: str
    from_conversation_metadata: None | TestFromConversationMetadataOutput | Unset = UNSET
    dynamic_variables: GetSimulationTestResponseModelDynamicVariables | Unset = UNSET
    chat_history: list[ConversationHistoryTranscriptCommonModelOutput] | Unset = UNSET
    conversation_initiation_source: ConvaiConversationInitSource | None | Unset = UNSET
    environment: None | str | Unset = UNSET
    type_: Literal["simulation"] | Unset = "simulation"
    success_condition: None | str | Unset = UNSET
    success_conditions: list[str] | Unset = UNSET
    simulation_scenario: str | Unset = ""
    simulation_max_turns: int | Unset = 5
    simulation_environment: None | str | Unset = UNSET
    tool_mock_config: SimulationToolMockBehaviorConfig | Unset = UNSET
    tool_mock_overrides: GetSimulationTestResponseModelToolMockOverrides | Unset = UNSET
    evaluation_model: ConvaiLlm | None | Unset = "claude-sonnet-4-6"
    simulated_user_model: ConvaiLlm | None | Unset = "claude-sonnet-4-6"
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

        success_condition: None | str | Unset
        if isinstance(self.success_condition, Unset):
            success_condition = UNSET
        else:
            success_condition = self.success_condition

        success_conditions: list[str] | Unset = UNSET
        if not isinstance(self.success_conditions, Unset):
            success_conditions = self.success_conditions

        simulation_scenario = self.simulation_scenario

        simulation_max_turns = self.simulation_max_turns

        simulation_environment: None | str | Unset
        if isinstance(self.simulation_environment, Unset):
            simulation_environment = UNSET
        else:
            simulation_environment = self.simulation_environment

        tool_mock_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_mock_config, Unset):
            tool_mock_config = self.tool_mock_config.to_dict()

        tool_mock_overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_mock_overrides, Unset):
            tool_mock_overrides = self.tool_mock_overrides.to_dict()

        evaluation_model: None | str | Unset
        if isinstance(self.evaluation_model, Unset):
            evaluation_model = UNSET
        elif isinstance(self.evaluation_model, str):
            evaluation_model = self.evaluation_model
        else:
            evaluation_model = self.evaluation_model

        simulated_user_model: None | str | Unset
        if isinstance(self.simulated_user_model, Unset):
            simulated_user_model = UNSET
        elif isinstance(self.simulated_user_model, str):
            simulated_user_model = self.simulated_user_model
        else:
            simulated_user_model = self.simulated_user_model

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
        if success_condition is not UNSET:
            field_dict["success_condition"] = success_condition
        if success_conditions is not UNSET:
            field_dict["success_conditions"] = success_conditions
        if simulation_scenario is not UNSET:
            field_dict["simulation_scenario"] = simulation_scenario
        if simulation_max_turns is not UNSET:
            field_dict["simulation_max_turns"] = simulation_max_turns
        if simulation_environment is not UNSET:
            field_dict["simulation_environment"] = simulation_environment
        if tool_mock_config is not UNSET:
            field_dict["tool_mock_config"] = tool_mock_config
        if tool_mock_overrides is not UNSET:
            field_dict["tool_mock_overrides"] = tool_mock_overrides
        if evaluation_model is not UNSET:
            field_dict["evaluation_model"] = evaluation_model
        if simulated_user_model is not UNSET:
            field_dict["simulated_user_model"] = simulated_user_model

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
        dynamic_variables: GetSimulationTestResponseModelDynamicVariables | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = GetSimulationTestResponseModelDynamicVariables.from_dict(_dynamic_variables)

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

        type_ = cast(Literal["simulation"] | Unset, d.pop("type", UNSET))
        if type_ != "simulation" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'simulation', got '{type_}'")

        def _parse_success_condition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        success_condition = _parse_success_condition(d.pop("success_condition", UNSET))

        success_conditions = cast(list[str], d.pop("success_conditions", UNSET))

        simulation_scenario = d.pop("simulation_scenario", UNSET)

        simulation_max_turns = d.pop("simulation_max_turns", UNSET)

        def _parse_simulation_environment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        simulation_environment = _parse_simulation_environment(d.pop("simulation_environment", UNSET))

        _tool_mock_config = d.pop("tool_mock_config", UNSET)
        tool_mock_config: SimulationToolMockBehaviorConfig | Unset
        if isinstance(_tool_mock_config, Unset):
            tool_mock_config = UNSET
        else:
            tool_mock_config = SimulationToolMockBehaviorConfig.from_dict(_tool_mock_config)

        _tool_mock_overrides = d.pop("tool_mock_overrides", UNSET)
        tool_mock_overrides: GetSimulationTestResponseModelToolMockOverrides | Unset
        if isinstance(_tool_mock_overrides, Unset):
            tool_mock_overrides = UNSET
        else:
            tool_mock_overrides = GetSimulationTestResponseModelToolMockOverrides.from_dict(_tool_mock_overrides)

        def _parse_evaluation_model(data: object) -> ConvaiLlm | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                evaluation_model_type_0 = check_convai_llm(data)

                return evaluation_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiLlm | None | Unset, data)

        evaluation_model = _parse_evaluation_model(d.pop("evaluation_model", UNSET))

        def _parse_simulated_user_model(data: object) -> ConvaiLlm | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                simulated_user_model_type_0 = check_convai_llm(data)

                return simulated_user_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiLlm | None | Unset, data)

        simulated_user_model = _parse_simulated_user_model(d.pop("simulated_user_model", UNSET))

        get_simulation_test_response_model = cls(
            id=id,
            name=name,
            from_conversation_metadata=from_conversation_metadata,
            dynamic_variables=dynamic_variables,
            chat_history=chat_history,
            conversation_initiation_source=conversation_initiation_source,
            environment=environment,
            type_=type_,
            success_condition=success_condition,
            success_conditions=success_conditions,
            simulation_scenario=simulation_scenario,
            simulation_max_turns=simulation_max_turns,
            simulation_environment=simulation_environment,
            tool_mock_config=tool_mock_config,
            tool_mock_overrides=tool_mock_overrides,
            evaluation_model=evaluation_model,
            simulated_user_model=simulated_user_model,
        )

        get_simulation_test_response_model.additional_properties = d
        return get_simulation_test_response_model

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
        GetSimulationTestResponseModelDynamicVariables, \
        GetSimulationTestResponseModelToolMockOverrides, \
        SimulationToolMockBehaviorConfig, \
        TestFromConversationMetadataOutput
    from ..models.conversation_history_transcript_common_model_output import (
        ConversationHistoryTranscriptCommonModelOutput,  # noqa: F401
    )
    from ..models.get_simulation_test_response_model_dynamic_variables import (
        GetSimulationTestResponseModelDynamicVariables,  # noqa: F401
    )
    from ..models.get_simulation_test_response_model_tool_mock_overrides import (
        GetSimulationTestResponseModelToolMockOverrides,  # noqa: F401
    )
    from ..models.simulation_tool_mock_behavior_config import SimulationToolMockBehaviorConfig  # noqa: F401
    from ..models.test_from_conversation_metadata_output import TestFromConversationMetadataOutput  # noqa: F401

    _nested_models_loaded = True
