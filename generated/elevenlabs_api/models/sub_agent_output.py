from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_object_json_schema_property_output import ConvaiObjectJsonSchemaPropertyOutput


T = TypeVar("T", bound="SubAgentOutput")


@_attrs_define
class SubAgentOutput:
    """
    Attributes:
        agent_id (str):
        description (str):
        branch_id (None | str | Unset):
        parameters (ConvaiObjectJsonSchemaPropertyOutput | None | Unset):
    """

    agent_id: str
    description: str
    branch_id: None | str | Unset = UNSET
    parameters: ConvaiObjectJsonSchemaPropertyOutput | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        agent_id = self.agent_id

        description = self.description

        branch_id: None | str | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, ConvaiObjectJsonSchemaPropertyOutput):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "description": description,
            }
        )
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        description = d.pop("description")

        def _parse_branch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

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

        sub_agent_output = cls(
            agent_id=agent_id,
            description=description,
            branch_id=branch_id,
            parameters=parameters,
        )

        sub_agent_output.additional_properties = d
        return sub_agent_output

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
    global _nested_models_loaded, ConvaiObjectJsonSchemaPropertyOutput
    from ..models.convai_object_json_schema_property_output import ConvaiObjectJsonSchemaPropertyOutput  # noqa: F401

    _nested_models_loaded = True
