from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_test_run_status import ConvaiTestRunStatus, check_convai_test_run_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_test_condition_result import ConvaiTestConditionResult
    from ..models.conversation_history_transcript_common_model_output import (
        ConversationHistoryTranscriptCommonModelOutput,
    )
    from ..models.response_unit_test_model import ResponseUnitTestModel
    from ..models.simulation_test_model import SimulationTestModel
    from ..models.test_run_metadata import TestRunMetadata
    from ..models.tool_call_unit_test_model import ToolCallUnitTestModel


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
        test_info (None | ResponseUnitTestModel | SimulationTestModel | ToolCallUnitTestModel | Unset):
        branch_id (None | str | Unset):
        workflow_node_id (None | str | Unset):
        agent_responses (list[ConversationHistoryTranscriptCommonModelOutput] | None | Unset):
        test_name (str | Unset):  Default: 'Unknown Test'.
        condition_result (ConvaiTestConditionResult | None | Unset):
        last_updated_at_unix (int | Unset):
        metadata (None | TestRunMetadata | Unset):
        root_folder_id (None | str | Unset):
        root_folder_name (None | str | Unset):
        environment (None | str | Unset):
    """

    test_run_id: str
    test_invocation_id: str
    agent_id: str
    status: ConvaiTestRunStatus
    test_id: str
    test_info: None | ResponseUnitTestModel | SimulationTestModel | ToolCallUnitTestModel | Unset = UNSET
    branch_id: None | str | Unset = UNSET
    workflow_node_id: None | str | Unset = UNSET
    agent_responses: list[ConversationHistoryTranscriptCommonModelOutput] | None | Unset = UNSET
    test_name: str | Unset = "Unknown Test"
    condition_result: ConvaiTestConditionResult | None | Unset = UNSET
    last_updated_at_unix: int | Unset = UNSET
    metadata: None | TestRunMetadata | Unset = UNSET
    root_folder_id: None | str | Unset = UNSET
    root_folder_name: None | str | Unset = UNSET
    environment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        test_run_id = self.test_run_id

        test_invocation_id = self.test_invocation_id

        agent_id = self.agent_id

        status: str = self.status

        test_id = self.test_id

        test_info: dict[str, Any] | None | Unset
        if isinstance(self.test_info, Unset):
            test_info = UNSET
        elif isinstance(self.test_info, ResponseUnitTestModel):
            test_info = self.test_info.to_dict()
        elif isinstance(self.test_info, ToolCallUnitTestModel):
            test_info = self.test_info.to_dict()
        elif isinstance(self.test_info, SimulationTestModel):
            test_info = self.test_info.to_dict()
        else:
            test_info = self.test_info

        branch_id: None | str | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        workflow_node_id: None | str | Unset
        if isinstance(self.workflow_node_id, Unset):
            workflow_node_id = UNSET
        else:
            workflow_node_id = self.workflow_node_id

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

        test_name = self.test_name

        condition_result: dict[str, Any] | None | Unset
        if isinstance(self.condition_result, Unset):
            condition_result = UNSET
        elif isinstance(self.condition_result, ConvaiTestConditionResult):
            condition_result = self.condition_result.to_dict()
        else:
            condition_result = self.condition_result

        last_updated_at_unix = self.last_updated_at_unix

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, TestRunMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        root_folder_id: None | str | Unset
        if isinstance(self.root_folder_id, Unset):
            root_folder_id = UNSET
        else:
            root_folder_id = self.root_folder_id

        root_folder_name: None | str | Unset
        if isinstance(self.root_folder_name, Unset):
            root_folder_name = UNSET
        else:
            root_folder_name = self.root_folder_name

        environment: None | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        else:
            environment = self.environment

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
        if test_info is not UNSET:
            field_dict["test_info"] = test_info
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if workflow_node_id is not UNSET:
            field_dict["workflow_node_id"] = workflow_node_id
        if agent_responses is not UNSET:
            field_dict["agent_responses"] = agent_responses
        if test_name is not UNSET:
            field_dict["test_name"] = test_name
        if condition_result is not UNSET:
            field_dict["condition_result"] = condition_result
        if last_updated_at_unix is not UNSET:
            field_dict["last_updated_at_unix"] = last_updated_at_unix
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if root_folder_id is not UNSET:
            field_dict["root_folder_id"] = root_folder_id
        if root_folder_name is not UNSET:
            field_dict["root_folder_name"] = root_folder_name
        if environment is not UNSET:
            field_dict["environment"] = environment

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

        def _parse_test_info(
            data: object,
        ) -> None | ResponseUnitTestModel | SimulationTestModel | ToolCallUnitTestModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                if data.get("type") == "llm":
                    test_info_type_0_type_0 = ResponseUnitTestModel.from_dict(data)

                    return test_info_type_0_type_0
                if data.get("type") == "tool":
                    test_info_type_0_type_1 = ToolCallUnitTestModel.from_dict(data)

                    return test_info_type_0_type_1
                if data.get("type") == "simulation":
                    test_info_type_0_type_2 = SimulationTestModel.from_dict(data)

                    return test_info_type_0_type_2

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                test_info_type_0_type_0 = ResponseUnitTestModel.from_dict(data)

                return test_info_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                test_info_type_0_type_1 = ToolCallUnitTestModel.from_dict(data)

                return test_info_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                test_info_type_0_type_2 = SimulationTestModel.from_dict(data)

                return test_info_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseUnitTestModel | SimulationTestModel | ToolCallUnitTestModel | Unset, data)

        test_info = _parse_test_info(d.pop("test_info", UNSET))

        def _parse_branch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        def _parse_workflow_node_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_node_id = _parse_workflow_node_id(d.pop("workflow_node_id", UNSET))

        def _parse_agent_responses(data: object) -> list[ConversationHistoryTranscriptCommonModelOutput] | None | Unset:
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
                    agent_responses_type_0_item = ConversationHistoryTranscriptCommonModelOutput.from_dict(
                        agent_responses_type_0_item_data
                    )

                    agent_responses_type_0.append(agent_responses_type_0_item)

                return agent_responses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConversationHistoryTranscriptCommonModelOutput] | None | Unset, data)

        agent_responses = _parse_agent_responses(d.pop("agent_responses", UNSET))

        test_name = d.pop("test_name", UNSET)

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

        def _parse_metadata(data: object) -> None | TestRunMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = TestRunMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TestRunMetadata | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_root_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        root_folder_id = _parse_root_folder_id(d.pop("root_folder_id", UNSET))

        def _parse_root_folder_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        root_folder_name = _parse_root_folder_name(d.pop("root_folder_name", UNSET))

        def _parse_environment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        environment = _parse_environment(d.pop("environment", UNSET))

        convai_test_run = cls(
            test_run_id=test_run_id,
            test_invocation_id=test_invocation_id,
            agent_id=agent_id,
            status=status,
            test_id=test_id,
            test_info=test_info,
            branch_id=branch_id,
            workflow_node_id=workflow_node_id,
            agent_responses=agent_responses,
            test_name=test_name,
            condition_result=condition_result,
            last_updated_at_unix=last_updated_at_unix,
            metadata=metadata,
            root_folder_id=root_folder_id,
            root_folder_name=root_folder_name,
            environment=environment,
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
    global \
        _nested_models_loaded, \
        ConvaiTestConditionResult, \
        ConversationHistoryTranscriptCommonModelOutput, \
        ResponseUnitTestModel, \
        SimulationTestModel, \
        TestRunMetadata, \
        ToolCallUnitTestModel
    from ..models.convai_test_condition_result import ConvaiTestConditionResult  # noqa: F401
    from ..models.conversation_history_transcript_common_model_output import (
        ConversationHistoryTranscriptCommonModelOutput,  # noqa: F401
    )
    from ..models.response_unit_test_model import ResponseUnitTestModel  # noqa: F401
    from ..models.simulation_test_model import SimulationTestModel  # noqa: F401
    from ..models.test_run_metadata import TestRunMetadata  # noqa: F401
    from ..models.tool_call_unit_test_model import ToolCallUnitTestModel  # noqa: F401

    _nested_models_loaded = True
