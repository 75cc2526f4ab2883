from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_agent_config_input import ConvaiAgentConfigInput
    from ..models.convai_simulation_specification_tool_mock_config import ConvaiSimulationSpecificationToolMockConfig
    from ..models.convai_test_dynamic_variables import ConvaiTestDynamicVariables
    from ..models.convai_transcript_entry_input import ConvaiTranscriptEntryInput


T = TypeVar("T", bound="ConvaiSimulationSpecification")


@_attrs_define
class ConvaiSimulationSpecification:
    """How the simulated user behaves and where the conversation starts.

    Attributes:
        simulated_user_config (ConvaiAgentConfigInput): What the agent says first, its language, variables and prompt
            (request form).
        tool_mock_config (ConvaiSimulationSpecificationToolMockConfig | Unset): Mocks by tool name.
        partial_conversation_history (list[ConvaiTranscriptEntryInput] | Unset):
        dynamic_variables (ConvaiTestDynamicVariables | Unset): Dynamic variable values by name.
    """

    simulated_user_config: ConvaiAgentConfigInput
    tool_mock_config: ConvaiSimulationSpecificationToolMockConfig | Unset = UNSET
    partial_conversation_history: list[ConvaiTranscriptEntryInput] | Unset = UNSET
    dynamic_variables: ConvaiTestDynamicVariables | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        simulated_user_config = self.simulated_user_config.to_dict()

        tool_mock_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_mock_config, Unset):
            tool_mock_config = self.tool_mock_config.to_dict()

        partial_conversation_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partial_conversation_history, Unset):
            partial_conversation_history = []
            for partial_conversation_history_item_data in self.partial_conversation_history:
                partial_conversation_history_item = partial_conversation_history_item_data.to_dict()
                partial_conversation_history.append(partial_conversation_history_item)

        dynamic_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_variables, Unset):
            dynamic_variables = self.dynamic_variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "simulated_user_config": simulated_user_config,
            }
        )
        if tool_mock_config is not UNSET:
            field_dict["tool_mock_config"] = tool_mock_config
        if partial_conversation_history is not UNSET:
            field_dict["partial_conversation_history"] = partial_conversation_history
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        simulated_user_config = ConvaiAgentConfigInput.from_dict(d.pop("simulated_user_config"))

        _tool_mock_config = d.pop("tool_mock_config", UNSET)
        tool_mock_config: ConvaiSimulationSpecificationToolMockConfig | Unset
        if isinstance(_tool_mock_config, Unset):
            tool_mock_config = UNSET
        else:
            tool_mock_config = ConvaiSimulationSpecificationToolMockConfig.from_dict(_tool_mock_config)

        _partial_conversation_history = d.pop("partial_conversation_history", UNSET)
        partial_conversation_history: list[ConvaiTranscriptEntryInput] | Unset = UNSET
        if _partial_conversation_history is not UNSET:
            partial_conversation_history = []
            for partial_conversation_history_item_data in _partial_conversation_history:
                partial_conversation_history_item = ConvaiTranscriptEntryInput.from_dict(
                    partial_conversation_history_item_data
                )

                partial_conversation_history.append(partial_conversation_history_item)

        _dynamic_variables = d.pop("dynamic_variables", UNSET)
        dynamic_variables: ConvaiTestDynamicVariables | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = ConvaiTestDynamicVariables.from_dict(_dynamic_variables)

        convai_simulation_specification = cls(
            simulated_user_config=simulated_user_config,
            tool_mock_config=tool_mock_config,
            partial_conversation_history=partial_conversation_history,
            dynamic_variables=dynamic_variables,
        )

        convai_simulation_specification.additional_properties = d
        return convai_simulation_specification

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
        ConvaiAgentConfigInput, \
        ConvaiSimulationSpecificationToolMockConfig, \
        ConvaiTestDynamicVariables, \
        ConvaiTranscriptEntryInput
    from ..models.convai_agent_config_input import ConvaiAgentConfigInput  # noqa: F401
    from ..models.convai_simulation_specification_tool_mock_config import ConvaiSimulationSpecificationToolMockConfig  # noqa: F401
    from ..models.convai_test_dynamic_variables import ConvaiTestDynamicVariables  # noqa: F401
    from ..models.convai_transcript_entry_input import ConvaiTranscriptEntryInput  # noqa: F401

    _nested_models_loaded = True
