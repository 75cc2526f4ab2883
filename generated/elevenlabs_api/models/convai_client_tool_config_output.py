from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_dynamic_variable_assignment import ConvaiDynamicVariableAssignment
    from ..models.convai_dynamic_variables_config import ConvaiDynamicVariablesConfig
    from ..models.convai_object_json_schema_property_output import ConvaiObjectJsonSchemaPropertyOutput


T = TypeVar("T", bound="ConvaiClientToolConfigOutput")


@_attrs_define
class ConvaiClientToolConfigOutput:
    """A tool run by the client application, as returned.

    Attributes:
        name (str):
        description (str):
        type_ (Literal['client'] | Unset):  Default: 'client'.
        response_timeout_secs (int | Unset):  Default: 20.
        disable_interruptions (bool | Unset):  Default: False.
        force_pre_tool_speech (bool | Unset):  Default: False.
        assignments (list[ConvaiDynamicVariableAssignment] | Unset):
        parameters (ConvaiObjectJsonSchemaPropertyOutput | None | Unset):
        expects_response (bool | Unset):  Default: False.
        dynamic_variables (ConvaiDynamicVariablesConfig | Unset): Placeholder values of dynamic variables.
    """

    name: str
    description: str
    type_: Literal["client"] | Unset = "client"
    response_timeout_secs: int | Unset = 20
    disable_interruptions: bool | Unset = False
    force_pre_tool_speech: bool | Unset = False
    assignments: list[ConvaiDynamicVariableAssignment] | Unset = UNSET
    parameters: ConvaiObjectJsonSchemaPropertyOutput | None | Unset = UNSET
    expects_response: bool | Unset = False
    dynamic_variables: ConvaiDynamicVariablesConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        name = self.name

        description = self.description

        type_ = self.type_

        response_timeout_secs = self.response_timeout_secs

        disable_interruptions = self.disable_interruptions

        force_pre_tool_speech = self.force_pre_tool_speech

        assignments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assignments, Unset):
            assignments = []
            for assignments_item_data in self.assignments:
                assignments_item = assignments_item_data.to_dict()
                assignments.append(assignments_item)

        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, ConvaiObjectJsonSchemaPropertyOutput):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        expects_response = self.expects_response

        dynamic_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_variables, Unset):
            dynamic_variables = self.dynamic_variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if response_timeout_secs is not UNSET:
            field_dict["response_timeout_secs"] = response_timeout_secs
        if disable_interruptions is not UNSET:
            field_dict["disable_interruptions"] = disable_interruptions
        if force_pre_tool_speech is not UNSET:
            field_dict["force_pre_tool_speech"] = force_pre_tool_speech
        if assignments is not UNSET:
            field_dict["assignments"] = assignments
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if expects_response is not UNSET:
            field_dict["expects_response"] = expects_response
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        type_ = cast(Literal["client"] | Unset, d.pop("type", UNSET))
        if type_ != "client" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'client', got '{type_}'")

        response_timeout_secs = d.pop("response_timeout_secs", UNSET)

        disable_interruptions = d.pop("disable_interruptions", UNSET)

        force_pre_tool_speech = d.pop("force_pre_tool_speech", UNSET)

        _assignments = d.pop("assignments", UNSET)
        assignments: list[ConvaiDynamicVariableAssignment] | Unset = UNSET
        if _assignments is not UNSET:
            assignments = []
            for assignments_item_data in _assignments:
                assignments_item = ConvaiDynamicVariableAssignment.from_dict(assignments_item_data)

                assignments.append(assignments_item)

        def _parse_parameters(data: object) -> ConvaiObjectJsonSchemaPropertyOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parameters_type_0 = ConvaiObjectJsonSchemaPropertyOutput.from_dict(data)

                return parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiObjectJsonSchemaPropertyOutput | None | Unset, data)

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        expects_response = d.pop("expects_response", UNSET)

        _dynamic_variables = d.pop("dynamic_variables", UNSET)
        dynamic_variables: ConvaiDynamicVariablesConfig | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = ConvaiDynamicVariablesConfig.from_dict(_dynamic_variables)

        convai_client_tool_config_output = cls(
            name=name,
            description=description,
            type_=type_,
            response_timeout_secs=response_timeout_secs,
            disable_interruptions=disable_interruptions,
            force_pre_tool_speech=force_pre_tool_speech,
            assignments=assignments,
            parameters=parameters,
            expects_response=expects_response,
            dynamic_variables=dynamic_variables,
        )

        convai_client_tool_config_output.additional_properties = d
        return convai_client_tool_config_output

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
        ConvaiDynamicVariableAssignment, \
        ConvaiDynamicVariablesConfig, \
        ConvaiObjectJsonSchemaPropertyOutput
    from ..models.convai_dynamic_variable_assignment import ConvaiDynamicVariableAssignment  # noqa: F401
    from ..models.convai_dynamic_variables_config import ConvaiDynamicVariablesConfig  # noqa: F401
    from ..models.convai_object_json_schema_property_output import ConvaiObjectJsonSchemaPropertyOutput  # noqa: F401

    _nested_models_loaded = True
