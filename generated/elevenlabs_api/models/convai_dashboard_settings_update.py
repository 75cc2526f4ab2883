from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_dashboard_call_success_chart import ConvaiDashboardCallSuccessChart
    from ..models.convai_dashboard_criteria_chart import ConvaiDashboardCriteriaChart
    from ..models.convai_dashboard_data_collection_chart import ConvaiDashboardDataCollectionChart


T = TypeVar("T", bound="ConvaiDashboardSettingsUpdate")


@_attrs_define
class ConvaiDashboardSettingsUpdate:
    """New list of dashboard charts.

    Attributes:
        charts (list[ConvaiDashboardCallSuccessChart | ConvaiDashboardCriteriaChart |
            ConvaiDashboardDataCollectionChart] | Unset):
    """

    charts: (
        list[ConvaiDashboardCallSuccessChart | ConvaiDashboardCriteriaChart | ConvaiDashboardDataCollectionChart]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        charts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.charts, Unset):
            charts = []
            for charts_item_data in self.charts:
                charts_item: dict[str, Any]
                if isinstance(charts_item_data, ConvaiDashboardCallSuccessChart):
                    charts_item = charts_item_data.to_dict()
                elif isinstance(charts_item_data, ConvaiDashboardCriteriaChart):
                    charts_item = charts_item_data.to_dict()
                else:
                    charts_item = charts_item_data.to_dict()

                charts.append(charts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charts is not UNSET:
            field_dict["charts"] = charts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _charts = d.pop("charts", UNSET)
        charts: (
            list[ConvaiDashboardCallSuccessChart | ConvaiDashboardCriteriaChart | ConvaiDashboardDataCollectionChart]
            | Unset
        ) = UNSET
        if _charts is not UNSET:
            charts = []
            for charts_item_data in _charts:

                def _parse_charts_item(
                    data: object,
                ) -> (
                    ConvaiDashboardCallSuccessChart | ConvaiDashboardCriteriaChart | ConvaiDashboardDataCollectionChart
                ):
                    if isinstance(data, dict):
                        if data.get("type") == "call_success":
                            componentsschemas_convai_dashboard_chart_type_0 = ConvaiDashboardCallSuccessChart.from_dict(
                                data
                            )

                            return componentsschemas_convai_dashboard_chart_type_0
                        if data.get("type") == "criteria":
                            componentsschemas_convai_dashboard_chart_type_1 = ConvaiDashboardCriteriaChart.from_dict(
                                data
                            )

                            return componentsschemas_convai_dashboard_chart_type_1
                        if data.get("type") == "data_collection":
                            componentsschemas_convai_dashboard_chart_type_2 = (
                                ConvaiDashboardDataCollectionChart.from_dict(data)
                            )

                            return componentsschemas_convai_dashboard_chart_type_2

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_convai_dashboard_chart_type_0 = ConvaiDashboardCallSuccessChart.from_dict(
                            data
                        )

                        return componentsschemas_convai_dashboard_chart_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_convai_dashboard_chart_type_1 = ConvaiDashboardCriteriaChart.from_dict(data)

                        return componentsschemas_convai_dashboard_chart_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_convai_dashboard_chart_type_2 = ConvaiDashboardDataCollectionChart.from_dict(data)

                    return componentsschemas_convai_dashboard_chart_type_2

                charts_item = _parse_charts_item(charts_item_data)

                charts.append(charts_item)

        convai_dashboard_settings_update = cls(
            charts=charts,
        )

        convai_dashboard_settings_update.additional_properties = d
        return convai_dashboard_settings_update

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
        ConvaiDashboardCallSuccessChart, \
        ConvaiDashboardCriteriaChart, \
        ConvaiDashboardDataCollectionChart
    from ..models.convai_dashboard_call_success_chart import ConvaiDashboardCallSuccessChart  # noqa: F401
    from ..models.convai_dashboard_criteria_chart import ConvaiDashboardCriteriaChart  # noqa: F401
    from ..models.convai_dashboard_data_collection_chart import ConvaiDashboardDataCollectionChart  # noqa: F401

    _nested_models_loaded = True
