from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_referenced_tool import ConvaiReferencedTool
    from ..models.convai_test_tool_call_parameter import ConvaiTestToolCallParameter


T = TypeVar("T", bound="ConvaiTestToolCallEvaluationOutput")


@_attrs_define
class ConvaiTestToolCallEvaluationOutput:
    """The tool call a test expects (response form).

    Attributes:
        referenced_tool (ConvaiReferencedTool):
        parameters (list[ConvaiTestToolCallParameter] | Unset):
    """

    referenced_tool: ConvaiReferencedTool
    parameters: list[ConvaiTestToolCallParameter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        referenced_tool = self.referenced_tool.to_dict()

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referenced_tool": referenced_tool,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        referenced_tool = ConvaiReferencedTool.from_dict(d.pop("referenced_tool"))

        _parameters = d.pop("parameters", UNSET)
        parameters: list[ConvaiTestToolCallParameter] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = ConvaiTestToolCallParameter.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        convai_test_tool_call_evaluation_output = cls(
            referenced_tool=referenced_tool,
            parameters=parameters,
        )

        convai_test_tool_call_evaluation_output.additional_properties = d
        return convai_test_tool_call_evaluation_output

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
    global _nested_models_loaded, ConvaiReferencedTool, ConvaiTestToolCallParameter
    from ..models.convai_referenced_tool import ConvaiReferencedTool  # noqa: F401
    from ..models.convai_test_tool_call_parameter import ConvaiTestToolCallParameter  # noqa: F401

    _nested_models_loaded = True
