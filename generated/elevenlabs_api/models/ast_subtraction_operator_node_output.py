from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ast_addition_operator_node_output import ASTAdditionOperatorNodeOutput
    from ..models.ast_and_operator_node_output import ASTAndOperatorNodeOutput
    from ..models.ast_boolean_node_output import ASTBooleanNodeOutput
    from ..models.ast_conditional_operator_node_output import ASTConditionalOperatorNodeOutput
    from ..models.ast_division_operator_node_output import ASTDivisionOperatorNodeOutput
    from ..models.ast_dynamic_variable_node_output import ASTDynamicVariableNodeOutput
    from ..models.ast_equals_operator_node_output import ASTEqualsOperatorNodeOutput
    from ..models.ast_greater_than_operator_node_output import ASTGreaterThanOperatorNodeOutput
    from ..models.ast_greater_than_or_equals_operator_node_output import ASTGreaterThanOrEqualsOperatorNodeOutput
    from ..models.ast_less_than_operator_node_output import ASTLessThanOperatorNodeOutput
    from ..models.ast_less_than_or_equals_operator_node_output import ASTLessThanOrEqualsOperatorNodeOutput
    from ..models.ast_multiplication_operator_node_output import ASTMultiplicationOperatorNodeOutput
    from ..models.ast_not_equals_operator_node_output import ASTNotEqualsOperatorNodeOutput
    from ..models.ast_null_node_output import ASTNullNodeOutput
    from ..models.ast_number_node_output import ASTNumberNodeOutput
    from ..models.ast_or_operator_node_output import ASTOrOperatorNodeOutput
    from ..models.ast_string_node_output import ASTStringNodeOutput
    from ..models.astllm_node_output import ASTLLMNodeOutput


T = TypeVar("T", bound="ASTSubtractionOperatorNodeOutput")


@_attrs_define
class ASTSubtractionOperatorNodeOutput:
    """
    Attributes:
        type_ (Literal['sub_operator']):  Default: 'sub_operator'.
        left (ASTAdditionOperatorNodeOutput | ASTAndOperatorNodeOutput | ASTBooleanNodeOutput |
            ASTConditionalOperatorNodeOutput | ASTDivisionOperatorNodeOutput | ASTDynamicVariableNodeOutput |
            ASTEqualsOperatorNodeOutput | ASTGreaterThanOperatorNodeOutput | ASTGreaterThanOrEqualsOperatorNodeOutput |
            ASTLessThanOperatorNodeOutput | ASTLessThanOrEqualsOperatorNodeOutput | ASTLLMNodeOutput |
            ASTMultiplicationOperatorNodeOutput | ASTNotEqualsOperatorNodeOutput | ASTNullNodeOutput | ASTNumberNodeOutput |
            ASTOrOperatorNodeOutput | ASTStringNodeOutput | ASTSubtractionOperatorNodeOutput):
        right (ASTAdditionOperatorNodeOutput | ASTAndOperatorNodeOutput | ASTBooleanNodeOutput |
            ASTConditionalOperatorNodeOutput | ASTDivisionOperatorNodeOutput | ASTDynamicVariableNodeOutput |
            ASTEqualsOperatorNodeOutput | ASTGreaterThanOperatorNodeOutput | ASTGreaterThanOrEqualsOperatorNodeOutput |
            ASTLessThanOperatorNodeOutput | ASTLessThanOrEqualsOperatorNodeOutput | ASTLLMNodeOutput |
            ASTMultiplicationOperatorNodeOutput | ASTNotEqualsOperatorNodeOutput | ASTNullNodeOutput | ASTNumberNodeOutput |
            ASTOrOperatorNodeOutput | ASTStringNodeOutput | ASTSubtractionOperatorNodeOutput):
    """

    left: (
        ASTAdditionOperatorNodeOutput
        | ASTAndOperatorNodeOutput
        | ASTBooleanNodeOutput
        | ASTConditionalOperatorNodeOutput
        | ASTDivisionOperatorNodeOutput
        | ASTDynamicVariableNodeOutput
        | ASTEqualsOperatorNodeOutput
        | ASTGreaterThanOperatorNodeOutput
        | ASTGreaterThanOrEqualsOperatorNodeOutput
        | ASTLessThanOperatorNodeOutput
        | ASTLessThanOrEqualsOperatorNodeOutput
        | ASTLLMNodeOutput
        | ASTMultiplicationOperatorNodeOutput
        | ASTNotEqualsOperatorNodeOutput
        | ASTNullNodeOutput
        | ASTNumberNodeOutput
        | ASTOrOperatorNodeOutput
        | ASTStringNodeOutput
        | ASTSubtractionOperatorNodeOutput
    )
    right: (
        ASTAdditionOperatorNodeOutput
        | ASTAndOperatorNodeOutput
        | ASTBooleanNodeOutput
        | ASTConditionalOperatorNodeOutput
        | ASTDivisionOperatorNodeOutput
        | ASTDynamicVariableNodeOutput
        | ASTEqualsOperatorNodeOutput
        | ASTGreaterThanOperatorNodeOutput
        | ASTGreaterThanOrEqualsOperatorNodeOutput
        | ASTLessThanOperatorNodeOutput
        | ASTLessThanOrEqualsOperatorNodeOutput
        | ASTLLMNodeOutput
        | ASTMultiplicationOperatorNodeOutput
        | ASTNotEqualsOperatorNodeOutput
        | ASTNullNodeOutput
        | ASTNumberNodeOutput
        | ASTOrOperatorNodeOutput
        | ASTStringNodeOutput
        | ASTSubtractionOperatorNodeOutput
    )
    type_: Literal["sub_operator"] = "sub_operator"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        left: dict[str, Any]
        if isinstance(self.left, ASTStringNodeOutput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTNumberNodeOutput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTBooleanNodeOutput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTNullNodeOutput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTLLMNodeOutput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTDynamicVariableNodeOutput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTOrOperatorNodeOutput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTAndOperatorNodeOutput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTEqualsOperatorNodeOutput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTNotEqualsOperatorNodeOutput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTGreaterThanOperatorNodeOutput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTLessThanOperatorNodeOutput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTGreaterThanOrEqualsOperatorNodeOutput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTLessThanOrEqualsOperatorNodeOutput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTAdditionOperatorNodeOutput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTSubtractionOperatorNodeOutput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTMultiplicationOperatorNodeOutput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTDivisionOperatorNodeOutput):
            left = self.left.to_dict()
        else:
            left = self.left.to_dict()

        right: dict[str, Any]
        if isinstance(self.right, ASTStringNodeOutput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTNumberNodeOutput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTBooleanNodeOutput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTNullNodeOutput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTLLMNodeOutput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTDynamicVariableNodeOutput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTOrOperatorNodeOutput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTAndOperatorNodeOutput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTEqualsOperatorNodeOutput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTNotEqualsOperatorNodeOutput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTGreaterThanOperatorNodeOutput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTLessThanOperatorNodeOutput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTGreaterThanOrEqualsOperatorNodeOutput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTLessThanOrEqualsOperatorNodeOutput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTAdditionOperatorNodeOutput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTSubtractionOperatorNodeOutput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTMultiplicationOperatorNodeOutput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTDivisionOperatorNodeOutput):
            right = self.right.to_dict()
        else:
            right = self.right.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "left": left,
                "right": right,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["sub_operator"], d.pop("type"))
        if type_ != "sub_operator":
            raise ValueError(f"type must match const 'sub_operator', got '{type_}'")

        def _parse_left(
            data: object,
        ) -> (
            ASTAdditionOperatorNodeOutput
            | ASTAndOperatorNodeOutput
            | ASTBooleanNodeOutput
            | ASTConditionalOperatorNodeOutput
            | ASTDivisionOperatorNodeOutput
            | ASTDynamicVariableNodeOutput
            | ASTEqualsOperatorNodeOutput
            | ASTGreaterThanOperatorNodeOutput
            | ASTGreaterThanOrEqualsOperatorNodeOutput
            | ASTLessThanOperatorNodeOutput
            | ASTLessThanOrEqualsOperatorNodeOutput
            | ASTLLMNodeOutput
            | ASTMultiplicationOperatorNodeOutput
            | ASTNotEqualsOperatorNodeOutput
            | ASTNullNodeOutput
            | ASTNumberNodeOutput
            | ASTOrOperatorNodeOutput
            | ASTStringNodeOutput
            | ASTSubtractionOperatorNodeOutput
        ):
            if isinstance(data, dict):
                if data.get("type") == "string_literal":
                    componentsschemas_ast_node_output_type_0 = ASTStringNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_0
                if data.get("type") == "number_literal":
                    componentsschemas_ast_node_output_type_1 = ASTNumberNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_1
                if data.get("type") == "boolean_literal":
                    componentsschemas_ast_node_output_type_2 = ASTBooleanNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_2
                if data.get("type") == "null_literal":
                    componentsschemas_ast_node_output_type_3 = ASTNullNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_3
                if data.get("type") == "llm":
                    componentsschemas_ast_node_output_type_4 = ASTLLMNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_4
                if data.get("type") == "dynamic_variable":
                    componentsschemas_ast_node_output_type_5 = ASTDynamicVariableNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_5
                if data.get("type") == "or_operator":
                    componentsschemas_ast_node_output_type_6 = ASTOrOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_6
                if data.get("type") == "and_operator":
                    componentsschemas_ast_node_output_type_7 = ASTAndOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_7
                if data.get("type") == "eq_operator":
                    componentsschemas_ast_node_output_type_8 = ASTEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_8
                if data.get("type") == "neq_operator":
                    componentsschemas_ast_node_output_type_9 = ASTNotEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_9
                if data.get("type") == "gt_operator":
                    componentsschemas_ast_node_output_type_10 = ASTGreaterThanOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_10
                if data.get("type") == "lt_operator":
                    componentsschemas_ast_node_output_type_11 = ASTLessThanOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_11
                if data.get("type") == "gte_operator":
                    componentsschemas_ast_node_output_type_12 = ASTGreaterThanOrEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_12
                if data.get("type") == "lte_operator":
                    componentsschemas_ast_node_output_type_13 = ASTLessThanOrEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_13
                if data.get("type") == "add_operator":
                    componentsschemas_ast_node_output_type_14 = ASTAdditionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_14
                if data.get("type") == "sub_operator":
                    componentsschemas_ast_node_output_type_15 = ASTSubtractionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_15
                if data.get("type") == "mul_operator":
                    componentsschemas_ast_node_output_type_16 = ASTMultiplicationOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_16
                if data.get("type") == "div_operator":
                    componentsschemas_ast_node_output_type_17 = ASTDivisionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_17
                if data.get("type") == "conditional_operator":
                    componentsschemas_ast_node_output_type_18 = ASTConditionalOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_18

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_0 = ASTStringNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_1 = ASTNumberNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_2 = ASTBooleanNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_3 = ASTNullNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_4 = ASTLLMNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_5 = ASTDynamicVariableNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_6 = ASTOrOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_7 = ASTAndOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_8 = ASTEqualsOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_9 = ASTNotEqualsOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_10 = ASTGreaterThanOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_11 = ASTLessThanOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_12 = ASTGreaterThanOrEqualsOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_13 = ASTLessThanOrEqualsOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_14 = ASTAdditionOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_15 = ASTSubtractionOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_16 = ASTMultiplicationOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_17 = ASTDivisionOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_ast_node_output_type_18 = ASTConditionalOperatorNodeOutput.from_dict(data)

            return componentsschemas_ast_node_output_type_18

        left = _parse_left(d.pop("left"))

        def _parse_right(
            data: object,
        ) -> (
            ASTAdditionOperatorNodeOutput
            | ASTAndOperatorNodeOutput
            | ASTBooleanNodeOutput
            | ASTConditionalOperatorNodeOutput
            | ASTDivisionOperatorNodeOutput
            | ASTDynamicVariableNodeOutput
            | ASTEqualsOperatorNodeOutput
            | ASTGreaterThanOperatorNodeOutput
            | ASTGreaterThanOrEqualsOperatorNodeOutput
            | ASTLessThanOperatorNodeOutput
            | ASTLessThanOrEqualsOperatorNodeOutput
            | ASTLLMNodeOutput
            | ASTMultiplicationOperatorNodeOutput
            | ASTNotEqualsOperatorNodeOutput
            | ASTNullNodeOutput
            | ASTNumberNodeOutput
            | ASTOrOperatorNodeOutput
            | ASTStringNodeOutput
            | ASTSubtractionOperatorNodeOutput
        ):
            if isinstance(data, dict):
                if data.get("type") == "string_literal":
                    componentsschemas_ast_node_output_type_0 = ASTStringNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_0
                if data.get("type") == "number_literal":
                    componentsschemas_ast_node_output_type_1 = ASTNumberNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_1
                if data.get("type") == "boolean_literal":
                    componentsschemas_ast_node_output_type_2 = ASTBooleanNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_2
                if data.get("type") == "null_literal":
                    componentsschemas_ast_node_output_type_3 = ASTNullNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_3
                if data.get("type") == "llm":
                    componentsschemas_ast_node_output_type_4 = ASTLLMNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_4
                if data.get("type") == "dynamic_variable":
                    componentsschemas_ast_node_output_type_5 = ASTDynamicVariableNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_5
                if data.get("type") == "or_operator":
                    componentsschemas_ast_node_output_type_6 = ASTOrOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_6
                if data.get("type") == "and_operator":
                    componentsschemas_ast_node_output_type_7 = ASTAndOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_7
                if data.get("type") == "eq_operator":
                    componentsschemas_ast_node_output_type_8 = ASTEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_8
                if data.get("type") == "neq_operator":
                    componentsschemas_ast_node_output_type_9 = ASTNotEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_9
                if data.get("type") == "gt_operator":
                    componentsschemas_ast_node_output_type_10 = ASTGreaterThanOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_10
                if data.get("type") == "lt_operator":
                    componentsschemas_ast_node_output_type_11 = ASTLessThanOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_11
                if data.get("type") == "gte_operator":
                    componentsschemas_ast_node_output_type_12 = ASTGreaterThanOrEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_12
                if data.get("type") == "lte_operator":
                    componentsschemas_ast_node_output_type_13 = ASTLessThanOrEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_13
                if data.get("type") == "add_operator":
                    componentsschemas_ast_node_output_type_14 = ASTAdditionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_14
                if data.get("type") == "sub_operator":
                    componentsschemas_ast_node_output_type_15 = ASTSubtractionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_15
                if data.get("type") == "mul_operator":
                    componentsschemas_ast_node_output_type_16 = ASTMultiplicationOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_16
                if data.get("type") == "div_operator":
                    componentsschemas_ast_node_output_type_17 = ASTDivisionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_17
                if data.get("type") == "conditional_operator":
                    componentsschemas_ast_node_output_type_18 = ASTConditionalOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_18

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_0 = ASTStringNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_1 = ASTNumberNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_2 = ASTBooleanNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_3 = ASTNullNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_4 = ASTLLMNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_5 = ASTDynamicVariableNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_6 = ASTOrOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_7 = ASTAndOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_8 = ASTEqualsOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_9 = ASTNotEqualsOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_10 = ASTGreaterThanOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_11 = ASTLessThanOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_12 = ASTGreaterThanOrEqualsOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_13 = ASTLessThanOrEqualsOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_14 = ASTAdditionOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_15 = ASTSubtractionOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_16 = ASTMultiplicationOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_output_type_17 = ASTDivisionOperatorNodeOutput.from_dict(data)

                return componentsschemas_ast_node_output_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_ast_node_output_type_18 = ASTConditionalOperatorNodeOutput.from_dict(data)

            return componentsschemas_ast_node_output_type_18

        right = _parse_right(d.pop("right"))

        ast_subtraction_operator_node_output = cls(
            type_=type_,
            left=left,
            right=right,
        )

        ast_subtraction_operator_node_output.additional_properties = d
        return ast_subtraction_operator_node_output

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
        ASTAdditionOperatorNodeOutput, \
        ASTAndOperatorNodeOutput, \
        ASTBooleanNodeOutput, \
        ASTConditionalOperatorNodeOutput, \
        ASTDivisionOperatorNodeOutput, \
        ASTDynamicVariableNodeOutput, \
        ASTEqualsOperatorNodeOutput, \
        ASTGreaterThanOperatorNodeOutput, \
        ASTGreaterThanOrEqualsOperatorNodeOutput, \
        ASTLessThanOperatorNodeOutput, \
        ASTLessThanOrEqualsOperatorNodeOutput, \
        ASTMultiplicationOperatorNodeOutput, \
        ASTNotEqualsOperatorNodeOutput, \
        ASTNullNodeOutput, \
        ASTNumberNodeOutput, \
        ASTOrOperatorNodeOutput, \
        ASTStringNodeOutput, \
        ASTLLMNodeOutput
    from ..models.ast_addition_operator_node_output import ASTAdditionOperatorNodeOutput  # noqa: F401
    from ..models.ast_and_operator_node_output import ASTAndOperatorNodeOutput  # noqa: F401
    from ..models.ast_boolean_node_output import ASTBooleanNodeOutput  # noqa: F401
    from ..models.ast_conditional_operator_node_output import ASTConditionalOperatorNodeOutput  # noqa: F401
    from ..models.ast_division_operator_node_output import ASTDivisionOperatorNodeOutput  # noqa: F401
    from ..models.ast_dynamic_variable_node_output import ASTDynamicVariableNodeOutput  # noqa: F401
    from ..models.ast_equals_operator_node_output import ASTEqualsOperatorNodeOutput  # noqa: F401
    from ..models.ast_greater_than_operator_node_output import ASTGreaterThanOperatorNodeOutput  # noqa: F401
    from ..models.ast_greater_than_or_equals_operator_node_output import ASTGreaterThanOrEqualsOperatorNodeOutput  # noqa: F401
    from ..models.ast_less_than_operator_node_output import ASTLessThanOperatorNodeOutput  # noqa: F401
    from ..models.ast_less_than_or_equals_operator_node_output import ASTLessThanOrEqualsOperatorNodeOutput  # noqa: F401
    from ..models.ast_multiplication_operator_node_output import ASTMultiplicationOperatorNodeOutput  # noqa: F401
    from ..models.ast_not_equals_operator_node_output import ASTNotEqualsOperatorNodeOutput  # noqa: F401
    from ..models.ast_null_node_output import ASTNullNodeOutput  # noqa: F401
    from ..models.ast_number_node_output import ASTNumberNodeOutput  # noqa: F401
    from ..models.ast_or_operator_node_output import ASTOrOperatorNodeOutput  # noqa: F401
    from ..models.ast_string_node_output import ASTStringNodeOutput  # noqa: F401
    from ..models.astllm_node_output import ASTLLMNodeOutput  # noqa: F401

    _nested_models_loaded = True
