from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.llm_deprecation_config_model import LLMDeprecationConfigModel
    from ..models.llm_info_model_input import LLMInfoModelInput


T = TypeVar("T", bound="LLMListResponseModelInput")


@_attrs_define
class LLMListResponseModelInput:
    """
    Attributes:
        llms (list[LLMInfoModelInput]):
        default_deprecation_config (LLMDeprecationConfigModel):
    """

    llms: list[LLMInfoModelInput]
    default_deprecation_config: LLMDeprecationConfigModel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        llms = []
        for llms_item_data in self.llms:
            llms_item = llms_item_data.to_dict()
            llms.append(llms_item)

        default_deprecation_config = self.default_deprecation_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "llms": llms,
                "default_deprecation_config": default_deprecation_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        llms = []
        _llms = d.pop("llms")
        for llms_item_data in _llms:
            llms_item = LLMInfoModelInput.from_dict(llms_item_data)

            llms.append(llms_item)

        default_deprecation_config = LLMDeprecationConfigModel.from_dict(d.pop("default_deprecation_config"))

        llm_list_response_model_input = cls(
            llms=llms,
            default_deprecation_config=default_deprecation_config,
        )

        llm_list_response_model_input.additional_properties = d
        return llm_list_response_model_input

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
    global _nested_models_loaded, LLMDeprecationConfigModel, LLMInfoModelInput
    from ..models.llm_deprecation_config_model import LLMDeprecationConfigModel  # noqa: F401
    from ..models.llm_info_model_input import LLMInfoModelInput  # noqa: F401

    _nested_models_loaded = True
