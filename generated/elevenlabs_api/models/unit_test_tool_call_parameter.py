from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.exact_parameter_evaluation_strategy import ExactParameterEvaluationStrategy
    from ..models.llm_parameter_evaluation_strategy import LLMParameterEvaluationStrategy
    from ..models.match_anything_parameter_evaluation_strategy import MatchAnythingParameterEvaluationStrategy
    from ..models.regex_parameter_evaluation_strategy import RegexParameterEvaluationStrategy


T = TypeVar("T", bound="UnitTestToolCallParameter")


@_attrs_define
class UnitTestToolCallParameter:
    """
    Attributes:
        eval_ (ExactParameterEvaluationStrategy | LLMParameterEvaluationStrategy |
            MatchAnythingParameterEvaluationStrategy | RegexParameterEvaluationStrategy):
        path (str):
    """

    eval_: (
        ExactParameterEvaluationStrategy
        | LLMParameterEvaluationStrategy
        | MatchAnythingParameterEvaluationStrategy
        | RegexParameterEvaluationStrategy
    )
    path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        eval_: dict[str, Any]
        if isinstance(self.eval_, LLMParameterEvaluationStrategy):
            eval_ = self.eval_.to_dict()
        elif isinstance(self.eval_, RegexParameterEvaluationStrategy):
            eval_ = self.eval_.to_dict()
        elif isinstance(self.eval_, ExactParameterEvaluationStrategy):
            eval_ = self.eval_.to_dict()
        else:
            eval_ = self.eval_.to_dict()

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eval": eval_,
                "path": path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_eval_(
            data: object,
        ) -> (
            ExactParameterEvaluationStrategy
            | LLMParameterEvaluationStrategy
            | MatchAnythingParameterEvaluationStrategy
            | RegexParameterEvaluationStrategy
        ):
            if isinstance(data, dict):
                if data.get("type") == "llm":
                    eval_type_0 = LLMParameterEvaluationStrategy.from_dict(data)

                    return eval_type_0
                if data.get("type") == "regex":
                    eval_type_1 = RegexParameterEvaluationStrategy.from_dict(data)

                    return eval_type_1
                if data.get("type") == "exact":
                    eval_type_2 = ExactParameterEvaluationStrategy.from_dict(data)

                    return eval_type_2
                if data.get("type") == "anything":
                    eval_type_3 = MatchAnythingParameterEvaluationStrategy.from_dict(data)

                    return eval_type_3

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                eval_type_0 = LLMParameterEvaluationStrategy.from_dict(data)

                return eval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                eval_type_1 = RegexParameterEvaluationStrategy.from_dict(data)

                return eval_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                eval_type_2 = ExactParameterEvaluationStrategy.from_dict(data)

                return eval_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            eval_type_3 = MatchAnythingParameterEvaluationStrategy.from_dict(data)

            return eval_type_3

        eval_ = _parse_eval_(d.pop("eval"))

        path = d.pop("path")

        unit_test_tool_call_parameter = cls(
            eval_=eval_,
            path=path,
        )

        unit_test_tool_call_parameter.additional_properties = d
        return unit_test_tool_call_parameter

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
        ExactParameterEvaluationStrategy, \
        LLMParameterEvaluationStrategy, \
        MatchAnythingParameterEvaluationStrategy, \
        RegexParameterEvaluationStrategy
    from ..models.exact_parameter_evaluation_strategy import ExactParameterEvaluationStrategy  # noqa: F401
    from ..models.llm_parameter_evaluation_strategy import LLMParameterEvaluationStrategy  # noqa: F401
    from ..models.match_anything_parameter_evaluation_strategy import MatchAnythingParameterEvaluationStrategy  # noqa: F401
    from ..models.regex_parameter_evaluation_strategy import RegexParameterEvaluationStrategy  # noqa: F401

    _nested_models_loaded = True
