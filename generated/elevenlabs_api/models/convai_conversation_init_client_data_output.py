from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_conversation_init_client_data_output_custom_llm_extra_body import (
        ConvaiConversationInitClientDataOutputCustomLlmExtraBody,
    )
    from ..models.convai_conversation_init_config_override_output import ConvaiConversationInitConfigOverrideOutput
    from ..models.convai_conversation_init_source_info import ConvaiConversationInitSourceInfo
    from ..models.convai_test_dynamic_variables import ConvaiTestDynamicVariables


T = TypeVar("T", bound="ConvaiConversationInitClientDataOutput")


@_attrs_define
class ConvaiConversationInitClientDataOutput:
    """Data the client sent when starting the conversation (response form).

    Attributes:
        conversation_config_override (ConvaiConversationInitConfigOverrideOutput | Unset): Per-conversation overrides of
            the agent's settings (as returned).
        custom_llm_extra_body (ConvaiConversationInitClientDataOutputCustomLlmExtraBody | Unset): Extra fields forwarded
            to a custom LLM.
        user_id (None | str | Unset):
        source_info (ConvaiConversationInitSourceInfo | Unset): Which client started the conversation, and its version.
            Example: {'source': 'python_sdk', 'version': '1.2.0'}.
        branch_id (None | str | Unset):
        environment (None | str | Unset):
        starting_workflow_node_id (None | str | Unset):
        procedure_ids (list[str] | None | Unset):
        dynamic_variables (ConvaiTestDynamicVariables | Unset): Dynamic variable values by name.
    """

    conversation_config_override: ConvaiConversationInitConfigOverrideOutput | Unset = UNSET
    custom_llm_extra_body: ConvaiConversationInitClientDataOutputCustomLlmExtraBody | Unset = UNSET
    user_id: None | str | Unset = UNSET
    source_info: ConvaiConversationInitSourceInfo | Unset = UNSET
    branch_id: None | str | Unset = UNSET
    environment: None | str | Unset = UNSET
    starting_workflow_node_id: None | str | Unset = UNSET
    procedure_ids: list[str] | None | Unset = UNSET
    dynamic_variables: ConvaiTestDynamicVariables | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        conversation_config_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_config_override, Unset):
            conversation_config_override = self.conversation_config_override.to_dict()

        custom_llm_extra_body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_llm_extra_body, Unset):
            custom_llm_extra_body = self.custom_llm_extra_body.to_dict()

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        source_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_info, Unset):
            source_info = self.source_info.to_dict()

        branch_id: None | str | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        environment: None | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        else:
            environment = self.environment

        starting_workflow_node_id: None | str | Unset
        if isinstance(self.starting_workflow_node_id, Unset):
            starting_workflow_node_id = UNSET
        else:
            starting_workflow_node_id = self.starting_workflow_node_id

        procedure_ids: list[str] | None | Unset
        if isinstance(self.procedure_ids, Unset):
            procedure_ids = UNSET
        elif isinstance(self.procedure_ids, list):
            procedure_ids = self.procedure_ids

        else:
            procedure_ids = self.procedure_ids

        dynamic_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_variables, Unset):
            dynamic_variables = self.dynamic_variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_config_override is not UNSET:
            field_dict["conversation_config_override"] = conversation_config_override
        if custom_llm_extra_body is not UNSET:
            field_dict["custom_llm_extra_body"] = custom_llm_extra_body
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if source_info is not UNSET:
            field_dict["source_info"] = source_info
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if environment is not UNSET:
            field_dict["environment"] = environment
        if starting_workflow_node_id is not UNSET:
            field_dict["starting_workflow_node_id"] = starting_workflow_node_id
        if procedure_ids is not UNSET:
            field_dict["procedure_ids"] = procedure_ids
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _conversation_config_override = d.pop("conversation_config_override", UNSET)
        conversation_config_override: ConvaiConversationInitConfigOverrideOutput | Unset
        if isinstance(_conversation_config_override, Unset):
            conversation_config_override = UNSET
        else:
            conversation_config_override = ConvaiConversationInitConfigOverrideOutput.from_dict(
                _conversation_config_override
            )

        _custom_llm_extra_body = d.pop("custom_llm_extra_body", UNSET)
        custom_llm_extra_body: ConvaiConversationInitClientDataOutputCustomLlmExtraBody | Unset
        if isinstance(_custom_llm_extra_body, Unset):
            custom_llm_extra_body = UNSET
        else:
            custom_llm_extra_body = ConvaiConversationInitClientDataOutputCustomLlmExtraBody.from_dict(
                _custom_llm_extra_body
            )

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        _source_info = d.pop("source_info", UNSET)
        source_info: ConvaiConversationInitSourceInfo | Unset
        if isinstance(_source_info, Unset):
            source_info = UNSET
        else:
            source_info = ConvaiConversationInitSourceInfo.from_dict(_source_info)

        def _parse_branch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        def _parse_environment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        environment = _parse_environment(d.pop("environment", UNSET))

        def _parse_starting_workflow_node_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        starting_workflow_node_id = _parse_starting_workflow_node_id(d.pop("starting_workflow_node_id", UNSET))

        def _parse_procedure_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                procedure_ids_type_0 = cast(list[str], data)

                return procedure_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        procedure_ids = _parse_procedure_ids(d.pop("procedure_ids", UNSET))

        _dynamic_variables = d.pop("dynamic_variables", UNSET)
        dynamic_variables: ConvaiTestDynamicVariables | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = ConvaiTestDynamicVariables.from_dict(_dynamic_variables)

        convai_conversation_init_client_data_output = cls(
            conversation_config_override=conversation_config_override,
            custom_llm_extra_body=custom_llm_extra_body,
            user_id=user_id,
            source_info=source_info,
            branch_id=branch_id,
            environment=environment,
            starting_workflow_node_id=starting_workflow_node_id,
            procedure_ids=procedure_ids,
            dynamic_variables=dynamic_variables,
        )

        convai_conversation_init_client_data_output.additional_properties = d
        return convai_conversation_init_client_data_output

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
        ConvaiConversationInitClientDataOutputCustomLlmExtraBody, \
        ConvaiConversationInitConfigOverrideOutput, \
        ConvaiConversationInitSourceInfo, \
        ConvaiTestDynamicVariables
    from ..models.convai_conversation_init_client_data_output_custom_llm_extra_body import (
        ConvaiConversationInitClientDataOutputCustomLlmExtraBody,  # noqa: F401
    )
    from ..models.convai_conversation_init_config_override_output import ConvaiConversationInitConfigOverrideOutput  # noqa: F401
    from ..models.convai_conversation_init_source_info import ConvaiConversationInitSourceInfo  # noqa: F401
    from ..models.convai_test_dynamic_variables import ConvaiTestDynamicVariables  # noqa: F401

    _nested_models_loaded = True
