from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_test_run_status import ConvaiTestRunStatus, check_convai_test_run_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_test_condition_result import ConvaiTestConditionResult
    from ..models.convai_transcript_entry_output import ConvaiTranscriptEntryOutput


T = TypeVar("T", bound="ConvaiTestRun")


@_attrs_define
class ConvaiTestRun:
    """One test run within an invocation.

    Attributes:
        test_run_id (str):
        test_invocation_id (str):
        agent_id (str):
        status (ConvaiTestRunStatus):
        test_id (str):
        agent_responses (list[ConvaiTranscriptEntryOutput] | None | Unset):
        condition_result (ConvaiTestConditionResult | None | Unset):
        last_updated_at_unix (int | Unset):
    """

    test_run_id: str
    test_invocation_id: str
    agent_id: str
    status: ConvaiTestRunStatus
    test_id: str
    agent_responses: list[ConvaiTranscriptEntryOutput] | None | Unset = UNSET
    condition_result: ConvaiTestConditionResult | None | Unset = UNSET
    last_updated_at_unix: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        test_run_id = self.test_run_id

        test_invocation_id = self.test_invocation_id

        agent_id = self.agent_id

        status: str = self.status

        test_id = self.test_id

        agent_responses: list[dict[str, Any]] | None | Unset
        if isinstance(self.agent_responses, Unset):
            agent_responses = UNSET
        elif isinstance(self.agent_responses, list):
            agent_responses = []
            for agent_responses_type_0_item_data in self.agent_responses:
                agent_responses_type_0_item = agent_responses_type_0_item_data.to_dict()
                agent_responses.append(agent_responses_type_0_item)

        else:
            agent_responses = self.agent_responses

        condition_result: dict[str, Any] | None | Unset
        if isinstance(self.condition_result, Unset):
            condition_result = UNSET
        elif isinstance(self.condition_result, ConvaiTestConditionResult):
            condition_result = self.condition_result.to_dict()
        else:
            condition_result = self.condition_result

        last_updated_at_unix = self.last_updated_at_unix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_run_id": test_run_id,
                "test_invocation_id": test_invocation_id,
                "agent_id": agent_id,
                "status": status,
                "test_id": test_id,
            }
        )
        if agent_responses is not UNSET:
            field_dict["agent_responses"] = agent_responses
        if condition_result is not UNSET:
            field_dict["condition_result"] = condition_result
        if last_updated_at_unix is not UNSET:
            field_dict["last_updated_at_unix"] = last_updated_at_unix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        test_run_id = d.pop("test_run_id")

        test_invocation_id = d.pop("test_invocation_id")

        agent_id = d.pop("agent_id")

        status = check_convai_test_run_status(d.pop("status"))

        test_id = d.pop("test_id")

        def _parse_agent_responses(data: object) -> list[ConvaiTranscriptEntryOutput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                agent_responses_type_0 = []
                _agent_responses_type_0 = data
                for agent_responses_type_0_item_data in _agent_responses_type_0:
                    agent_responses_type_0_item = ConvaiTranscriptEntryOutput.from_dict(
                        agent_responses_type_0_item_data
                    )

                    agent_responses_type_0.append(agent_responses_type_0_item)

                return agent_responses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConvaiTranscriptEntryOutput] | None | Unset, data)

        agent_responses = _parse_agent_responses(d.pop("agent_responses", UNSET))

        def _parse_condition_result(data: object) -> ConvaiTestConditionResult | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                condition_result_type_0 = ConvaiTestConditionResult.from_dict(data)

                return condition_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiTestConditionResult | None | Unset, data)

        condition_result = _parse_condition_result(d.pop("condition_result", UNSET))

        last_updated_at_unix = d.pop("last_updated_at_unix", UNSET)

        convai_test_run = cls(
            test_run_id=test_run_id,
            test_invocation_id=test_invocation_id,
            agent_id=agent_id,
            status=status,
            test_id=test_id,
            agent_responses=agent_responses,
            condition_result=condition_result,
            last_updated_at_unix=last_updated_at_unix,
        )

        convai_test_run.additional_properties = d
        return convai_test_run

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
    global _nested_models_loaded, ConvaiTestConditionResult, ConvaiTranscriptEntryOutput
    from ..models.convai_test_condition_result import ConvaiTestConditionResult  # noqa: F401
    from ..models.convai_transcript_entry_output import ConvaiTranscriptEntryOutput  # noqa: F401

    _nested_models_loaded = True
