from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convai_conversation_analysis import ConvaiConversationAnalysis
    from ..models.convai_transcript_entry_output import ConvaiTranscriptEntryOutput


T = TypeVar("T", bound="ConvaiSimulationResult")


@_attrs_define
class ConvaiSimulationResult:
    """The simulated conversation and its analysis.

    Attributes:
        simulated_conversation (list[ConvaiTranscriptEntryOutput]):
        analysis (ConvaiConversationAnalysis): Evaluation and data collection results after the call.
    """

    simulated_conversation: list[ConvaiTranscriptEntryOutput]
    analysis: ConvaiConversationAnalysis
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        simulated_conversation = []
        for simulated_conversation_item_data in self.simulated_conversation:
            simulated_conversation_item = simulated_conversation_item_data.to_dict()
            simulated_conversation.append(simulated_conversation_item)

        analysis = self.analysis.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "simulated_conversation": simulated_conversation,
                "analysis": analysis,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        simulated_conversation = []
        _simulated_conversation = d.pop("simulated_conversation")
        for simulated_conversation_item_data in _simulated_conversation:
            simulated_conversation_item = ConvaiTranscriptEntryOutput.from_dict(simulated_conversation_item_data)

            simulated_conversation.append(simulated_conversation_item)

        analysis = ConvaiConversationAnalysis.from_dict(d.pop("analysis"))

        convai_simulation_result = cls(
            simulated_conversation=simulated_conversation,
            analysis=analysis,
        )

        convai_simulation_result.additional_properties = d
        return convai_simulation_result

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
    global _nested_models_loaded, ConvaiConversationAnalysis, ConvaiTranscriptEntryOutput
    from ..models.convai_conversation_analysis import ConvaiConversationAnalysis  # noqa: F401
    from ..models.convai_transcript_entry_output import ConvaiTranscriptEntryOutput  # noqa: F401

    _nested_models_loaded = True
