from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_running_total_charge_per_feature import AnalysisRunningTotalChargePerFeature
    from ..models.analysis_running_total_price_per_feature import AnalysisRunningTotalPricePerFeature


T = TypeVar("T", bound="AnalysisRunningTotal")


@_attrs_define
class AnalysisRunningTotal:
    """
    Attributes:
        price (float | Unset):  Default: 0.0.
        charge (int | Unset):  Default: 0.
        runs (int | Unset):  Default: 0.
        price_per_feature (AnalysisRunningTotalPricePerFeature | Unset):
        charge_per_feature (AnalysisRunningTotalChargePerFeature | Unset):
    """

    price: float | Unset = 0.0
    charge: int | Unset = 0
    runs: int | Unset = 0
    price_per_feature: AnalysisRunningTotalPricePerFeature | Unset = UNSET
    charge_per_feature: AnalysisRunningTotalChargePerFeature | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        price = self.price

        charge = self.charge

        runs = self.runs

        price_per_feature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_per_feature, Unset):
            price_per_feature = self.price_per_feature.to_dict()

        charge_per_feature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge_per_feature, Unset):
            charge_per_feature = self.charge_per_feature.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price is not UNSET:
            field_dict["price"] = price
        if charge is not UNSET:
            field_dict["charge"] = charge
        if runs is not UNSET:
            field_dict["runs"] = runs
        if price_per_feature is not UNSET:
            field_dict["price_per_feature"] = price_per_feature
        if charge_per_feature is not UNSET:
            field_dict["charge_per_feature"] = charge_per_feature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        price = d.pop("price", UNSET)

        charge = d.pop("charge", UNSET)

        runs = d.pop("runs", UNSET)

        _price_per_feature = d.pop("price_per_feature", UNSET)
        price_per_feature: AnalysisRunningTotalPricePerFeature | Unset
        if isinstance(_price_per_feature, Unset):
            price_per_feature = UNSET
        else:
            price_per_feature = AnalysisRunningTotalPricePerFeature.from_dict(_price_per_feature)

        _charge_per_feature = d.pop("charge_per_feature", UNSET)
        charge_per_feature: AnalysisRunningTotalChargePerFeature | Unset
        if isinstance(_charge_per_feature, Unset):
            charge_per_feature = UNSET
        else:
            charge_per_feature = AnalysisRunningTotalChargePerFeature.from_dict(_charge_per_feature)

        analysis_running_total = cls(
            price=price,
            charge=charge,
            runs=runs,
            price_per_feature=price_per_feature,
            charge_per_feature=charge_per_feature,
        )

        analysis_running_total.additional_properties = d
        return analysis_running_total

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
    global _nested_models_loaded, AnalysisRunningTotalChargePerFeature, AnalysisRunningTotalPricePerFeature
    from ..models.analysis_running_total_charge_per_feature import AnalysisRunningTotalChargePerFeature  # noqa: F401
    from ..models.analysis_running_total_price_per_feature import AnalysisRunningTotalPricePerFeature  # noqa: F401

    _nested_models_loaded = True
