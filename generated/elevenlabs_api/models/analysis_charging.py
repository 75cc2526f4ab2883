from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.analysis_run_snapshot import AnalysisRunSnapshot
    from ..models.analysis_running_total import AnalysisRunningTotal


T = TypeVar("T", bound="AnalysisCharging")


@_attrs_define
class AnalysisCharging:
    """
    Attributes:
        total (AnalysisRunningTotal):
        last_run (AnalysisRunSnapshot):
    """

    total: AnalysisRunningTotal
    last_run: AnalysisRunSnapshot
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        total = self.total.to_dict()

        last_run = self.last_run.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "last_run": last_run,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        total = AnalysisRunningTotal.from_dict(d.pop("total"))

        last_run = AnalysisRunSnapshot.from_dict(d.pop("last_run"))

        analysis_charging = cls(
            total=total,
            last_run=last_run,
        )

        analysis_charging.additional_properties = d
        return analysis_charging

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
    global _nested_models_loaded, AnalysisRunSnapshot, AnalysisRunningTotal
    from ..models.analysis_run_snapshot import AnalysisRunSnapshot  # noqa: F401
    from ..models.analysis_running_total import AnalysisRunningTotal  # noqa: F401

    _nested_models_loaded = True
