from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ast_addition_operator_node_input import ASTAdditionOperatorNodeInput
    from ..models.ast_and_operator_node_input import ASTAndOperatorNodeInput
    from ..models.ast_boolean_node_input import ASTBooleanNodeInput
    from ..models.ast_conditional_operator_node_input import ASTConditionalOperatorNodeInput
    from ..models.ast_division_operator_node_input import ASTDivisionOperatorNodeInput
    from ..models.ast_dynamic_variable_node_input import ASTDynamicVariableNodeInput
    from ..models.ast_equals_operator_node_input import ASTEqualsOperatorNodeInput
    from ..models.ast_greater_than_operator_node_input import ASTGreaterThanOperatorNodeInput
    from ..models.ast_greater_than_or_equals_operator_node_input import ASTGreaterThanOrEqualsOperatorNodeInput
    from ..models.ast_less_than_operator_node_input import ASTLessThanOperatorNodeInput
    from ..models.ast_less_than_or_equals_operator_node_input import ASTLessThanOrEqualsOperatorNodeInput
    from ..models.ast_not_equals_operator_node_input import ASTNotEqualsOperatorNodeInput
    from ..models.ast_null_node_input import ASTNullNodeInput
    from ..models.ast_number_node_input import ASTNumberNodeInput
    from ..models.ast_or_operator_node_input import ASTOrOperatorNodeInput
    from ..models.ast_string_node_input import ASTStringNodeInput
    from ..models.ast_subtraction_operator_node_input import ASTSubtractionOperatorNodeInput
    from ..models.astllm_node_input_type_0 import ASTLLMNodeInputType0
    from ..models.astllm_node_input_type_1 import ASTLLMNodeInputType1


T = TypeVar("T", bound="ASTMultiplicationOperatorNodeInput")


@_attrs_define
class ASTMultiplicationOperatorNodeInput:
    """
    Attributes:
        left (ASTAdditionOperatorNodeInput | ASTAndOperatorNodeInput | ASTBooleanNodeInput |
            ASTConditionalOperatorNodeInput | ASTDivisionOperatorNodeInput | ASTDynamicVariableNodeInput |
            ASTEqualsOperatorNodeInput | ASTGreaterThanOperatorNodeInput | ASTGreaterThanOrEqualsOperatorNodeInput |
            ASTLessThanOperatorNodeInput | ASTLessThanOrEqualsOperatorNodeInput | ASTLLMNodeInputType0 |
            ASTLLMNodeInputType1 | ASTMultiplicationOperatorNodeInput | ASTNotEqualsOperatorNodeInput | ASTNullNodeInput |
            ASTNumberNodeInput | ASTOrOperatorNodeInput | ASTStringNodeInput | ASTSubtractionOperatorNodeInput):
        right (ASTAdditionOperatorNodeInput | ASTAndOperatorNodeInput | ASTBooleanNodeInput |
            ASTConditionalOperatorNodeInput | ASTDivisionOperatorNodeInput | ASTDynamicVariableNodeInput |
            ASTEqualsOperatorNodeInput | ASTGreaterThanOperatorNodeInput | ASTGreaterThanOrEqualsOperatorNodeInput |
            ASTLessThanOperatorNodeInput | ASTLessThanOrEqualsOperatorNodeInput | ASTLLMNodeInputType0 |
            ASTLLMNodeInputType1 | ASTMultiplicationOperatorNodeInput | ASTNotEqualsOperatorNodeInput | ASTNullNodeInput |
            ASTNumberNodeInput | ASTOrOperatorNodeInput | ASTStringNodeInput | ASTSubtractionOperatorNodeInput):
        type_ (Literal['mul_operator'] | Unset):  Default: 'mul_operator'.
    """

    left: (
        ASTAdditionOperatorNodeInput
        | ASTAndOperatorNodeInput
        | ASTBooleanNodeInput
        | ASTConditionalOperatorNodeInput
        | ASTDivisionOperatorNodeInput
        | ASTDynamicVariableNodeInput
        | ASTEqualsOperatorNodeInput
        | ASTGreaterThanOperatorNodeInput
        | ASTGreaterThanOrEqualsOperatorNodeInput
        | ASTLessThanOperatorNodeInput
        | ASTLessThanOrEqualsOperatorNodeInput
        | ASTLLMNodeInputType0
        | ASTLLMNodeInputType1
        | ASTMultiplicationOperatorNodeInput
        | ASTNotEqualsOperatorNodeInput
        | ASTNullNodeInput
        | ASTNumberNodeInput
        | ASTOrOperatorNodeInput
        | ASTStringNodeInput
        | ASTSubtractionOperatorNodeInput
    )
    right: (
        ASTAdditionOperatorNodeInput
        | ASTAndOperatorNodeInput
        | ASTBooleanNodeInput
        | ASTConditionalOperatorNodeInput
        | ASTDivisionOperatorNodeInput
        | ASTDynamicVariableNodeInput
        | ASTEqualsOperatorNodeInput
        | ASTGreaterThanOperatorNodeInput
        | ASTGreaterThanOrEqualsOperatorNodeInput
        | ASTLessThanOperatorNodeInput
        | ASTLessThanOrEqualsOperatorNodeInput
        | ASTLLMNodeInputType0
        | ASTLLMNodeInputType1
        | ASTMultiplicationOperatorNodeInput
        | ASTNotEqualsOperatorNodeInput
        | ASTNullNodeInput
        | ASTNumberNodeInput
        | ASTOrOperatorNodeInput
        | ASTStringNodeInput
        | ASTSubtractionOperatorNodeInput
    )
    type_: Literal["mul_operator"] | Unset = "mul_operator"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        left: dict[str, Any]
        if isinstance(self.left, ASTStringNodeInput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTNumberNodeInput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTBooleanNodeInput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTNullNodeInput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTLLMNodeInputType0):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTLLMNodeInputType1):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTDynamicVariableNodeInput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTOrOperatorNodeInput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTAndOperatorNodeInput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTEqualsOperatorNodeInput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTNotEqualsOperatorNodeInput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTGreaterThanOperatorNodeInput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTLessThanOperatorNodeInput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTGreaterThanOrEqualsOperatorNodeInput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTLessThanOrEqualsOperatorNodeInput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTAdditionOperatorNodeInput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTSubtractionOperatorNodeInput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTMultiplicationOperatorNodeInput):
            left = self.left.to_dict()
        elif isinstance(self.left, ASTDivisionOperatorNodeInput):
            left = self.left.to_dict()
        else:
            left = self.left.to_dict()

        right: dict[str, Any]
        if isinstance(self.right, ASTStringNodeInput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTNumberNodeInput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTBooleanNodeInput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTNullNodeInput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTLLMNodeInputType0):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTLLMNodeInputType1):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTDynamicVariableNodeInput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTOrOperatorNodeInput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTAndOperatorNodeInput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTEqualsOperatorNodeInput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTNotEqualsOperatorNodeInput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTGreaterThanOperatorNodeInput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTLessThanOperatorNodeInput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTGreaterThanOrEqualsOperatorNodeInput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTLessThanOrEqualsOperatorNodeInput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTAdditionOperatorNodeInput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTSubtractionOperatorNodeInput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTMultiplicationOperatorNodeInput):
            right = self.right.to_dict()
        elif isinstance(self.right, ASTDivisionOperatorNodeInput):
            right = self.right.to_dict()
        else:
            right = self.right.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "left": left,
                "right": right,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_left(
            data: object,
        ) -> (
            ASTAdditionOperatorNodeInput
            | ASTAndOperatorNodeInput
            | ASTBooleanNodeInput
            | ASTConditionalOperatorNodeInput
            | ASTDivisionOperatorNodeInput
            | ASTDynamicVariableNodeInput
            | ASTEqualsOperatorNodeInput
            | ASTGreaterThanOperatorNodeInput
            | ASTGreaterThanOrEqualsOperatorNodeInput
            | ASTLessThanOperatorNodeInput
            | ASTLessThanOrEqualsOperatorNodeInput
            | ASTLLMNodeInputType0
            | ASTLLMNodeInputType1
            | ASTMultiplicationOperatorNodeInput
            | ASTNotEqualsOperatorNodeInput
            | ASTNullNodeInput
            | ASTNumberNodeInput
            | ASTOrOperatorNodeInput
            | ASTStringNodeInput
            | ASTSubtractionOperatorNodeInput
        ):
            if isinstance(data, dict):
                if data.get("type") == "string_literal":
                    componentsschemas_ast_node_input_type_0 = ASTStringNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_0
                if data.get("type") == "number_literal":
                    componentsschemas_ast_node_input_type_1 = ASTNumberNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_1
                if data.get("type") == "boolean_literal":
                    componentsschemas_ast_node_input_type_2 = ASTBooleanNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_2
                if data.get("type") == "null_literal":
                    componentsschemas_ast_node_input_type_3 = ASTNullNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_3
                if data.get("type") == "dynamic_variable":
                    componentsschemas_ast_node_input_type_5 = ASTDynamicVariableNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_5
                if data.get("type") == "or_operator":
                    componentsschemas_ast_node_input_type_6 = ASTOrOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_6
                if data.get("type") == "and_operator":
                    componentsschemas_ast_node_input_type_7 = ASTAndOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_7
                if data.get("type") == "eq_operator":
                    componentsschemas_ast_node_input_type_8 = ASTEqualsOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_8
                if data.get("type") == "neq_operator":
                    componentsschemas_ast_node_input_type_9 = ASTNotEqualsOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_9
                if data.get("type") == "gt_operator":
                    componentsschemas_ast_node_input_type_10 = ASTGreaterThanOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_10
                if data.get("type") == "lt_operator":
                    componentsschemas_ast_node_input_type_11 = ASTLessThanOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_11
                if data.get("type") == "gte_operator":
                    componentsschemas_ast_node_input_type_12 = ASTGreaterThanOrEqualsOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_12
                if data.get("type") == "lte_operator":
                    componentsschemas_ast_node_input_type_13 = ASTLessThanOrEqualsOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_13
                if data.get("type") == "add_operator":
                    componentsschemas_ast_node_input_type_14 = ASTAdditionOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_14
                if data.get("type") == "sub_operator":
                    componentsschemas_ast_node_input_type_15 = ASTSubtractionOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_15
                if data.get("type") == "mul_operator":
                    componentsschemas_ast_node_input_type_16 = ASTMultiplicationOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_16
                if data.get("type") == "div_operator":
                    componentsschemas_ast_node_input_type_17 = ASTDivisionOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_17
                if data.get("type") == "conditional_operator":
                    componentsschemas_ast_node_input_type_18 = ASTConditionalOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_18

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_0 = ASTStringNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_1 = ASTNumberNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_2 = ASTBooleanNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_3 = ASTNullNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_astllm_node_input_type_0 = ASTLLMNodeInputType0.from_dict(data)

                return componentsschemas_astllm_node_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_astllm_node_input_type_1 = ASTLLMNodeInputType1.from_dict(data)

                return componentsschemas_astllm_node_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_5 = ASTDynamicVariableNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_6 = ASTOrOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_7 = ASTAndOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_8 = ASTEqualsOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_9 = ASTNotEqualsOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_10 = ASTGreaterThanOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_11 = ASTLessThanOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_12 = ASTGreaterThanOrEqualsOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_13 = ASTLessThanOrEqualsOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_14 = ASTAdditionOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_15 = ASTSubtractionOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_16 = ASTMultiplicationOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_17 = ASTDivisionOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_ast_node_input_type_18 = ASTConditionalOperatorNodeInput.from_dict(data)

            return componentsschemas_ast_node_input_type_18

        left = _parse_left(d.pop("left"))

        def _parse_right(
            data: object,
        ) -> (
            ASTAdditionOperatorNodeInput
            | ASTAndOperatorNodeInput
            | ASTBooleanNodeInput
            | ASTConditionalOperatorNodeInput
            | ASTDivisionOperatorNodeInput
            | ASTDynamicVariableNodeInput
            | ASTEqualsOperatorNodeInput
            | ASTGreaterThanOperatorNodeInput
            | ASTGreaterThanOrEqualsOperatorNodeInput
            | ASTLessThanOperatorNodeInput
            | ASTLessThanOrEqualsOperatorNodeInput
            | ASTLLMNodeInputType0
            | ASTLLMNodeInputType1
            | ASTMultiplicationOperatorNodeInput
            | ASTNotEqualsOperatorNodeInput
            | ASTNullNodeInput
            | ASTNumberNodeInput
            | ASTOrOperatorNodeInput
            | ASTStringNodeInput
            | ASTSubtractionOperatorNodeInput
        ):
            if isinstance(data, dict):
                if data.get("type") == "string_literal":
                    componentsschemas_ast_node_input_type_0 = ASTStringNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_0
                if data.get("type") == "number_literal":
                    componentsschemas_ast_node_input_type_1 = ASTNumberNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_1
                if data.get("type") == "boolean_literal":
                    componentsschemas_ast_node_input_type_2 = ASTBooleanNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_2
                if data.get("type") == "null_literal":
                    componentsschemas_ast_node_input_type_3 = ASTNullNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_3
                if data.get("type") == "dynamic_variable":
                    componentsschemas_ast_node_input_type_5 = ASTDynamicVariableNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_5
                if data.get("type") == "or_operator":
                    componentsschemas_ast_node_input_type_6 = ASTOrOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_6
                if data.get("type") == "and_operator":
                    componentsschemas_ast_node_input_type_7 = ASTAndOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_7
                if data.get("type") == "eq_operator":
                    componentsschemas_ast_node_input_type_8 = ASTEqualsOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_8
                if data.get("type") == "neq_operator":
                    componentsschemas_ast_node_input_type_9 = ASTNotEqualsOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_9
                if data.get("type") == "gt_operator":
                    componentsschemas_ast_node_input_type_10 = ASTGreaterThanOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_10
                if data.get("type") == "lt_operator":
                    componentsschemas_ast_node_input_type_11 = ASTLessThanOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_11
                if data.get("type") == "gte_operator":
                    componentsschemas_ast_node_input_type_12 = ASTGreaterThanOrEqualsOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_12
                if data.get("type") == "lte_operator":
                    componentsschemas_ast_node_input_type_13 = ASTLessThanOrEqualsOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_13
                if data.get("type") == "add_operator":
                    componentsschemas_ast_node_input_type_14 = ASTAdditionOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_14
                if data.get("type") == "sub_operator":
                    componentsschemas_ast_node_input_type_15 = ASTSubtractionOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_15
                if data.get("type") == "mul_operator":
                    componentsschemas_ast_node_input_type_16 = ASTMultiplicationOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_16
                if data.get("type") == "div_operator":
                    componentsschemas_ast_node_input_type_17 = ASTDivisionOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_17
                if data.get("type") == "conditional_operator":
                    componentsschemas_ast_node_input_type_18 = ASTConditionalOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_18

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_0 = ASTStringNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_1 = ASTNumberNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_2 = ASTBooleanNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_3 = ASTNullNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_astllm_node_input_type_0 = ASTLLMNodeInputType0.from_dict(data)

                return componentsschemas_astllm_node_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_astllm_node_input_type_1 = ASTLLMNodeInputType1.from_dict(data)

                return componentsschemas_astllm_node_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_5 = ASTDynamicVariableNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_6 = ASTOrOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_7 = ASTAndOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_8 = ASTEqualsOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_9 = ASTNotEqualsOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_10 = ASTGreaterThanOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_11 = ASTLessThanOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_12 = ASTGreaterThanOrEqualsOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_13 = ASTLessThanOrEqualsOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_14 = ASTAdditionOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_15 = ASTSubtractionOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_16 = ASTMultiplicationOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ast_node_input_type_17 = ASTDivisionOperatorNodeInput.from_dict(data)

                return componentsschemas_ast_node_input_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_ast_node_input_type_18 = ASTConditionalOperatorNodeInput.from_dict(data)

            return componentsschemas_ast_node_input_type_18

        right = _parse_right(d.pop("right"))

        type_ = cast(Literal["mul_operator"] | Unset, d.pop("type", UNSET))
        if type_ != "mul_operator" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'mul_operator', got '{type_}'")

        ast_multiplication_operator_node_input = cls(
            left=left,
            right=right,
            type_=type_,
        )

        ast_multiplication_operator_node_input.additional_properties = d
        return ast_multiplication_operator_node_input

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
        ASTAdditionOperatorNodeInput, \
        ASTAndOperatorNodeInput, \
        ASTBooleanNodeInput, \
        ASTConditionalOperatorNodeInput, \
        ASTDivisionOperatorNodeInput, \
        ASTDynamicVariableNodeInput, \
        ASTEqualsOperatorNodeInput, \
        ASTGreaterThanOperatorNodeInput, \
        ASTGreaterThanOrEqualsOperatorNodeInput, \
        ASTLessThanOperatorNodeInput, \
        ASTLessThanOrEqualsOperatorNodeInput, \
        ASTNotEqualsOperatorNodeInput, \
        ASTNullNodeInput, \
        ASTNumberNodeInput, \
        ASTOrOperatorNodeInput, \
        ASTStringNodeInput, \
        ASTSubtractionOperatorNodeInput, \
        ASTLLMNodeInputType0, \
        ASTLLMNodeInputType1
    from ..models.ast_addition_operator_node_input import ASTAdditionOperatorNodeInput  # noqa: F401
    from ..models.ast_and_operator_node_input import ASTAndOperatorNodeInput  # noqa: F401
    from ..models.ast_boolean_node_input import ASTBooleanNodeInput  # noqa: F401
    from ..models.ast_conditional_operator_node_input import ASTConditionalOperatorNodeInput  # noqa: F401
    from ..models.ast_division_operator_node_input import ASTDivisionOperatorNodeInput  # noqa: F401
    from ..models.ast_dynamic_variable_node_input import ASTDynamicVariableNodeInput  # noqa: F401
    from ..models.ast_equals_operator_node_input import ASTEqualsOperatorNodeInput  # noqa: F401
    from ..models.ast_greater_than_operator_node_input import ASTGreaterThanOperatorNodeInput  # noqa: F401
    from ..models.ast_greater_than_or_equals_operator_node_input import ASTGreaterThanOrEqualsOperatorNodeInput  # noqa: F401
    from ..models.ast_less_than_operator_node_input import ASTLessThanOperatorNodeInput  # noqa: F401
    from ..models.ast_less_than_or_equals_operator_node_input import ASTLessThanOrEqualsOperatorNodeInput  # noqa: F401
    from ..models.ast_not_equals_operator_node_input import ASTNotEqualsOperatorNodeInput  # noqa: F401
    from ..models.ast_null_node_input import ASTNullNodeInput  # noqa: F401
    from ..models.ast_number_node_input import ASTNumberNodeInput  # noqa: F401
    from ..models.ast_or_operator_node_input import ASTOrOperatorNodeInput  # noqa: F401
    from ..models.ast_string_node_input import ASTStringNodeInput  # noqa: F401
    from ..models.ast_subtraction_operator_node_input import ASTSubtractionOperatorNodeInput  # noqa: F401
    from ..models.astllm_node_input_type_0 import ASTLLMNodeInputType0  # noqa: F401
    from ..models.astllm_node_input_type_1 import ASTLLMNodeInputType1  # noqa: F401

    _nested_models_loaded = True
