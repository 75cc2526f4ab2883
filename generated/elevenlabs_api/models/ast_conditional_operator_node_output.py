from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ast_addition_operator_node_output import ASTAdditionOperatorNodeOutput
    from ..models.ast_and_operator_node_output import ASTAndOperatorNodeOutput
    from ..models.ast_boolean_node_output import ASTBooleanNodeOutput
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
    from ..models.ast_subtraction_operator_node_output import ASTSubtractionOperatorNodeOutput
    from ..models.astllm_node_output import ASTLLMNodeOutput


T = TypeVar("T", bound="ASTConditionalOperatorNodeOutput")


@_attrs_define
class ASTConditionalOperatorNodeOutput:
    """
    Attributes:
        type_ (Literal['conditional_operator']):  Default: 'conditional_operator'.
        condition (ASTAdditionOperatorNodeOutput | ASTAndOperatorNodeOutput | ASTBooleanNodeOutput |
            ASTConditionalOperatorNodeOutput | ASTDivisionOperatorNodeOutput | ASTDynamicVariableNodeOutput |
            ASTEqualsOperatorNodeOutput | ASTGreaterThanOperatorNodeOutput | ASTGreaterThanOrEqualsOperatorNodeOutput |
            ASTLessThanOperatorNodeOutput | ASTLessThanOrEqualsOperatorNodeOutput | ASTLLMNodeOutput |
            ASTMultiplicationOperatorNodeOutput | ASTNotEqualsOperatorNodeOutput | ASTNullNodeOutput | ASTNumberNodeOutput |
            ASTOrOperatorNodeOutput | ASTStringNodeOutput | ASTSubtractionOperatorNodeOutput):
        true_expression (ASTAdditionOperatorNodeOutput | ASTAndOperatorNodeOutput | ASTBooleanNodeOutput |
            ASTConditionalOperatorNodeOutput | ASTDivisionOperatorNodeOutput | ASTDynamicVariableNodeOutput |
            ASTEqualsOperatorNodeOutput | ASTGreaterThanOperatorNodeOutput | ASTGreaterThanOrEqualsOperatorNodeOutput |
            ASTLessThanOperatorNodeOutput | ASTLessThanOrEqualsOperatorNodeOutput | ASTLLMNodeOutput |
            ASTMultiplicationOperatorNodeOutput | ASTNotEqualsOperatorNodeOutput | ASTNullNodeOutput | ASTNumberNodeOutput |
            ASTOrOperatorNodeOutput | ASTStringNodeOutput | ASTSubtractionOperatorNodeOutput):
        false_expression (ASTAdditionOperatorNodeOutput | ASTAndOperatorNodeOutput | ASTBooleanNodeOutput |
            ASTConditionalOperatorNodeOutput | ASTDivisionOperatorNodeOutput | ASTDynamicVariableNodeOutput |
            ASTEqualsOperatorNodeOutput | ASTGreaterThanOperatorNodeOutput | ASTGreaterThanOrEqualsOperatorNodeOutput |
            ASTLessThanOperatorNodeOutput | ASTLessThanOrEqualsOperatorNodeOutput | ASTLLMNodeOutput |
            ASTMultiplicationOperatorNodeOutput | ASTNotEqualsOperatorNodeOutput | ASTNullNodeOutput | ASTNumberNodeOutput |
            ASTOrOperatorNodeOutput | ASTStringNodeOutput | ASTSubtractionOperatorNodeOutput):
    """

    condition: (
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
    true_expression: (
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
    false_expression: (
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
    type_: Literal["conditional_operator"] = "conditional_operator"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        condition: dict[str, Any]
        if isinstance(self.condition, ASTStringNodeOutput):
            condition = self.condition.to_dict()
        elif isinstance(self.condition, ASTNumberNodeOutput):
            condition = self.condition.to_dict()
        elif isinstance(self.condition, ASTBooleanNodeOutput):
            condition = self.condition.to_dict()
        elif isinstance(self.condition, ASTNullNodeOutput):
            condition = self.condition.to_dict()
        elif isinstance(self.condition, ASTLLMNodeOutput):
            condition = self.condition.to_dict()
        elif isinstance(self.condition, ASTDynamicVariableNodeOutput):
            condition = self.condition.to_dict()
        elif isinstance(self.condition, ASTOrOperatorNodeOutput):
            condition = self.condition.to_dict()
        elif isinstance(self.condition, ASTAndOperatorNodeOutput):
            condition = self.condition.to_dict()
        elif isinstance(self.condition, ASTEqualsOperatorNodeOutput):
            condition = self.condition.to_dict()
        elif isinstance(self.condition, ASTNotEqualsOperatorNodeOutput):
            condition = self.condition.to_dict()
        elif isinstance(self.condition, ASTGreaterThanOperatorNodeOutput):
            condition = self.condition.to_dict()
        elif isinstance(self.condition, ASTLessThanOperatorNodeOutput):
            condition = self.condition.to_dict()
        elif isinstance(self.condition, ASTGreaterThanOrEqualsOperatorNodeOutput):
            condition = self.condition.to_dict()
        elif isinstance(self.condition, ASTLessThanOrEqualsOperatorNodeOutput):
            condition = self.condition.to_dict()
        elif isinstance(self.condition, ASTAdditionOperatorNodeOutput):
            condition = self.condition.to_dict()
        elif isinstance(self.condition, ASTSubtractionOperatorNodeOutput):
            condition = self.condition.to_dict()
        elif isinstance(self.condition, ASTMultiplicationOperatorNodeOutput):
            condition = self.condition.to_dict()
        elif isinstance(self.condition, ASTDivisionOperatorNodeOutput):
            condition = self.condition.to_dict()
        else:
            condition = self.condition.to_dict()

        true_expression: dict[str, Any]
        if isinstance(self.true_expression, ASTStringNodeOutput):
            true_expression = self.true_expression.to_dict()
        elif isinstance(self.true_expression, ASTNumberNodeOutput):
            true_expression = self.true_expression.to_dict()
        elif isinstance(self.true_expression, ASTBooleanNodeOutput):
            true_expression = self.true_expression.to_dict()
        elif isinstance(self.true_expression, ASTNullNodeOutput):
            true_expression = self.true_expression.to_dict()
        elif isinstance(self.true_expression, ASTLLMNodeOutput):
            true_expression = self.true_expression.to_dict()
        elif isinstance(self.true_expression, ASTDynamicVariableNodeOutput):
            true_expression = self.true_expression.to_dict()
        elif isinstance(self.true_expression, ASTOrOperatorNodeOutput):
            true_expression = self.true_expression.to_dict()
        elif isinstance(self.true_expression, ASTAndOperatorNodeOutput):
            true_expression = self.true_expression.to_dict()
        elif isinstance(self.true_expression, ASTEqualsOperatorNodeOutput):
            true_expression = self.true_expression.to_dict()
        elif isinstance(self.true_expression, ASTNotEqualsOperatorNodeOutput):
            true_expression = self.true_expression.to_dict()
        elif isinstance(self.true_expression, ASTGreaterThanOperatorNodeOutput):
            true_expression = self.true_expression.to_dict()
        elif isinstance(self.true_expression, ASTLessThanOperatorNodeOutput):
            true_expression = self.true_expression.to_dict()
        elif isinstance(self.true_expression, ASTGreaterThanOrEqualsOperatorNodeOutput):
            true_expression = self.true_expression.to_dict()
        elif isinstance(self.true_expression, ASTLessThanOrEqualsOperatorNodeOutput):
            true_expression = self.true_expression.to_dict()
        elif isinstance(self.true_expression, ASTAdditionOperatorNodeOutput):
            true_expression = self.true_expression.to_dict()
        elif isinstance(self.true_expression, ASTSubtractionOperatorNodeOutput):
            true_expression = self.true_expression.to_dict()
        elif isinstance(self.true_expression, ASTMultiplicationOperatorNodeOutput):
            true_expression = self.true_expression.to_dict()
        elif isinstance(self.true_expression, ASTDivisionOperatorNodeOutput):
            true_expression = self.true_expression.to_dict()
        else:
            true_expression = self.true_expression.to_dict()

        false_expression: dict[str, Any]
        if isinstance(self.false_expression, ASTStringNodeOutput):
            false_expression = self.false_expression.to_dict()
        elif isinstance(self.false_expression, ASTNumberNodeOutput):
            false_expression = self.false_expression.to_dict()
        elif isinstance(self.false_expression, ASTBooleanNodeOutput):
            false_expression = self.false_expression.to_dict()
        elif isinstance(self.false_expression, ASTNullNodeOutput):
            false_expression = self.false_expression.to_dict()
        elif isinstance(self.false_expression, ASTLLMNodeOutput):
            false_expression = self.false_expression.to_dict()
        elif isinstance(self.false_expression, ASTDynamicVariableNodeOutput):
            false_expression = self.false_expression.to_dict()
        elif isinstance(self.false_expression, ASTOrOperatorNodeOutput):
            false_expression = self.false_expression.to_dict()
        elif isinstance(self.false_expression, ASTAndOperatorNodeOutput):
            false_expression = self.false_expression.to_dict()
        elif isinstance(self.false_expression, ASTEqualsOperatorNodeOutput):
            false_expression = self.false_expression.to_dict()
        elif isinstance(self.false_expression, ASTNotEqualsOperatorNodeOutput):
            false_expression = self.false_expression.to_dict()
        elif isinstance(self.false_expression, ASTGreaterThanOperatorNodeOutput):
            false_expression = self.false_expression.to_dict()
        elif isinstance(self.false_expression, ASTLessThanOperatorNodeOutput):
            false_expression = self.false_expression.to_dict()
        elif isinstance(self.false_expression, ASTGreaterThanOrEqualsOperatorNodeOutput):
            false_expression = self.false_expression.to_dict()
        elif isinstance(self.false_expression, ASTLessThanOrEqualsOperatorNodeOutput):
            false_expression = self.false_expression.to_dict()
        elif isinstance(self.false_expression, ASTAdditionOperatorNodeOutput):
            false_expression = self.false_expression.to_dict()
        elif isinstance(self.false_expression, ASTSubtractionOperatorNodeOutput):
            false_expression = self.false_expression.to_dict()
        elif isinstance(self.false_expression, ASTMultiplicationOperatorNodeOutput):
            false_expression = self.false_expression.to_dict()
        elif isinstance(self.false_expression, ASTDivisionOperatorNodeOutput):
            false_expression = self.false_expression.to_dict()
        else:
            false_expression = self.false_expression.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "condition": condition,
                "trueExpression": true_expression,
                "falseExpression": false_expression,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["conditional_operator"], d.pop("type"))
        if type_ != "conditional_operator":
            raise ValueError(f"type must match const 'conditional_operator', got '{type_}'")

        def _parse_condition(
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

        condition = _parse_condition(d.pop("condition"))

        def _parse_true_expression(
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

        true_expression = _parse_true_expression(d.pop("trueExpression"))

        def _parse_false_expression(
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

        false_expression = _parse_false_expression(d.pop("falseExpression"))

        ast_conditional_operator_node_output = cls(
            type_=type_,
            condition=condition,
            true_expression=true_expression,
            false_expression=false_expression,
        )

        ast_conditional_operator_node_output.additional_properties = d
        return ast_conditional_operator_node_output

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
        ASTSubtractionOperatorNodeOutput, \
        ASTLLMNodeOutput
    from ..models.ast_addition_operator_node_output import ASTAdditionOperatorNodeOutput  # noqa: F401
    from ..models.ast_and_operator_node_output import ASTAndOperatorNodeOutput  # noqa: F401
    from ..models.ast_boolean_node_output import ASTBooleanNodeOutput  # noqa: F401
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
    from ..models.ast_subtraction_operator_node_output import ASTSubtractionOperatorNodeOutput  # noqa: F401
    from ..models.astllm_node_output import ASTLLMNodeOutput  # noqa: F401

    _nested_models_loaded = True
