from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convai_exact_parameter_eval import ConvaiExactParameterEval
    from ..models.convai_llm_parameter_eval import ConvaiLlmParameterEval
    from ..models.convai_regex_parameter_eval import ConvaiRegexParameterEval


T = TypeVar("T", bound="ConvaiTestToolCallParameter")


@_attrs_define
class ConvaiTestToolCallParameter:
    """
    Attributes:
        eval_ (ConvaiExactParameterEval | ConvaiLlmParameterEval | ConvaiRegexParameterEval):
        path (str): Path of the parameter inside the tool call.
    """

    eval_: ConvaiExactParameterEval | ConvaiLlmParameterEval | ConvaiRegexParameterEval
    path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        eval_: dict[str, Any]
        if isinstance(self.eval_, ConvaiLlmParameterEval):
            eval_ = self.eval_.to_dict()
        elif isinstance(self.eval_, ConvaiRegexParameterEval):
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

        def _parse_eval_(data: object) -> ConvaiExactParameterEval | ConvaiLlmParameterEval | ConvaiRegexParameterEval:
            if isinstance(data, dict):
                if data.get("type") == "llm":
                    eval_type_0 = ConvaiLlmParameterEval.from_dict(data)

                    return eval_type_0
                if data.get("type") == "regex":
                    eval_type_1 = ConvaiRegexParameterEval.from_dict(data)

                    return eval_type_1
                if data.get("type") == "exact":
                    eval_type_2 = ConvaiExactParameterEval.from_dict(data)

                    return eval_type_2

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                eval_type_0 = ConvaiLlmParameterEval.from_dict(data)

                return eval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                eval_type_1 = ConvaiRegexParameterEval.from_dict(data)

                return eval_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            eval_type_2 = ConvaiExactParameterEval.from_dict(data)

            return eval_type_2

        eval_ = _parse_eval_(d.pop("eval"))

        path = d.pop("path")

        convai_test_tool_call_parameter = cls(
            eval_=eval_,
            path=path,
        )

        convai_test_tool_call_parameter.additional_properties = d
        return convai_test_tool_call_parameter

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
    global _nested_models_loaded, ConvaiExactParameterEval, ConvaiLlmParameterEval, ConvaiRegexParameterEval
    from ..models.convai_exact_parameter_eval import ConvaiExactParameterEval  # noqa: F401
    from ..models.convai_llm_parameter_eval import ConvaiLlmParameterEval  # noqa: F401
    from ..models.convai_regex_parameter_eval import ConvaiRegexParameterEval  # noqa: F401

    _nested_models_loaded = True
