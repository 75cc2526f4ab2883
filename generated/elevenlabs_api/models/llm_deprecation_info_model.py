from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_llm import ConvaiLlm, check_convai_llm
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.llm_deprecation_config_model import LLMDeprecationConfigModel


T = TypeVar("T", bound="LLMDeprecationInfoModel")


@_attrs_define
class LLMDeprecationInfoModel:
    """
    Attributes:
        llm (ConvaiLlm): A language model an agent can use.
        is_deprecated (bool):
        is_in_warning_period (bool | Unset):  Default: False.
        is_in_fallback_period (bool | Unset):  Default: False.
        fallback_percentage (int | Unset):  Default: 0.
        provider_deprecation_date (datetime.datetime | None | Unset):
        replacement_model (ConvaiLlm | None | Unset):
        deprecation_config (LLMDeprecationConfigModel | None | Unset):
    """

    llm: ConvaiLlm
    is_deprecated: bool
    is_in_warning_period: bool | Unset = False
    is_in_fallback_period: bool | Unset = False
    fallback_percentage: int | Unset = 0
    provider_deprecation_date: datetime.datetime | None | Unset = UNSET
    replacement_model: ConvaiLlm | None | Unset = UNSET
    deprecation_config: LLMDeprecationConfigModel | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        llm: str = self.llm

        is_deprecated = self.is_deprecated

        is_in_warning_period = self.is_in_warning_period

        is_in_fallback_period = self.is_in_fallback_period

        fallback_percentage = self.fallback_percentage

        provider_deprecation_date: None | str | Unset
        if isinstance(self.provider_deprecation_date, Unset):
            provider_deprecation_date = UNSET
        elif isinstance(self.provider_deprecation_date, datetime.datetime):
            provider_deprecation_date = self.provider_deprecation_date.isoformat()
        else:
            provider_deprecation_date = self.provider_deprecation_date

        replacement_model: None | str | Unset
        if isinstance(self.replacement_model, Unset):
            replacement_model = UNSET
        elif isinstance(self.replacement_model, str):
            replacement_model = self.replacement_model
        else:
            replacement_model = self.replacement_model

        deprecation_config: dict[str, Any] | None | Unset
        if isinstance(self.deprecation_config, Unset):
            deprecation_config = UNSET
        elif isinstance(self.deprecation_config, LLMDeprecationConfigModel):
            deprecation_config = self.deprecation_config.to_dict()
        else:
            deprecation_config = self.deprecation_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "llm": llm,
                "is_deprecated": is_deprecated,
            }
        )
        if is_in_warning_period is not UNSET:
            field_dict["is_in_warning_period"] = is_in_warning_period
        if is_in_fallback_period is not UNSET:
            field_dict["is_in_fallback_period"] = is_in_fallback_period
        if fallback_percentage is not UNSET:
            field_dict["fallback_percentage"] = fallback_percentage
        if provider_deprecation_date is not UNSET:
            field_dict["provider_deprecation_date"] = provider_deprecation_date
        if replacement_model is not UNSET:
            field_dict["replacement_model"] = replacement_model
        if deprecation_config is not UNSET:
            field_dict["deprecation_config"] = deprecation_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        llm = check_convai_llm(d.pop("llm"))

        is_deprecated = d.pop("is_deprecated")

        is_in_warning_period = d.pop("is_in_warning_period", UNSET)

        is_in_fallback_period = d.pop("is_in_fallback_period", UNSET)

        fallback_percentage = d.pop("fallback_percentage", UNSET)

        def _parse_provider_deprecation_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                provider_deprecation_date_type_0 = datetime.datetime.fromisoformat(data)

                return provider_deprecation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        provider_deprecation_date = _parse_provider_deprecation_date(d.pop("provider_deprecation_date", UNSET))

        def _parse_replacement_model(data: object) -> ConvaiLlm | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                replacement_model_type_0 = check_convai_llm(data)

                return replacement_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiLlm | None | Unset, data)

        replacement_model = _parse_replacement_model(d.pop("replacement_model", UNSET))

        def _parse_deprecation_config(data: object) -> LLMDeprecationConfigModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deprecation_config_type_0 = LLMDeprecationConfigModel.from_dict(data)

                return deprecation_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LLMDeprecationConfigModel | None | Unset, data)

        deprecation_config = _parse_deprecation_config(d.pop("deprecation_config", UNSET))

        llm_deprecation_info_model = cls(
            llm=llm,
            is_deprecated=is_deprecated,
            is_in_warning_period=is_in_warning_period,
            is_in_fallback_period=is_in_fallback_period,
            fallback_percentage=fallback_percentage,
            provider_deprecation_date=provider_deprecation_date,
            replacement_model=replacement_model,
            deprecation_config=deprecation_config,
        )

        llm_deprecation_info_model.additional_properties = d
        return llm_deprecation_info_model

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
    global _nested_models_loaded, LLMDeprecationConfigModel
    from ..models.llm_deprecation_config_model import LLMDeprecationConfigModel  # noqa: F401

    _nested_models_loaded = True
