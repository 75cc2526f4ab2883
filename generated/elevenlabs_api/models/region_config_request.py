from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.twilio_edge_location import TwilioEdgeLocation, check_twilio_edge_location
from ..models.twilio_region_id import TwilioRegionId, check_twilio_region_id

T = TypeVar("T", bound="RegionConfigRequest")


@_attrs_define
class RegionConfigRequest:
    """
    Attributes:
        region_id (TwilioRegionId):
        token (str):
        edge_location (TwilioEdgeLocation):
    """

    region_id: TwilioRegionId
    token: str
    edge_location: TwilioEdgeLocation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region_id: str = self.region_id

        token = self.token

        edge_location: str = self.edge_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "region_id": region_id,
                "token": token,
                "edge_location": edge_location,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        region_id = check_twilio_region_id(d.pop("region_id"))

        token = d.pop("token")

        edge_location = check_twilio_edge_location(d.pop("edge_location"))

        region_config_request = cls(
            region_id=region_id,
            token=token,
            edge_location=edge_location,
        )

        region_config_request.additional_properties = d
        return region_config_request

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
