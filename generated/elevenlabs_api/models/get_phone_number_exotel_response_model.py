from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_phone_agent_info import ConvaiPhoneAgentInfo


T = TypeVar("T", bound="GetPhoneNumberExotelResponseModel")


@_attrs_define
class GetPhoneNumberExotelResponseModel:
    """
    Attributes:
        phone_number (str):
        label (str):
        phone_number_id (str):
        supports_inbound (bool | Unset):  Default: True.
        supports_outbound (bool | Unset):  Default: True.
        assigned_agent (ConvaiPhoneAgentInfo | None | Unset):
        provider (Literal['exotel'] | Unset):  Default: 'exotel'.
    """

    phone_number: str
    label: str
    phone_number_id: str
    supports_inbound: bool | Unset = True
    supports_outbound: bool | Unset = True
    assigned_agent: ConvaiPhoneAgentInfo | None | Unset = UNSET
    provider: Literal["exotel"] | Unset = "exotel"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        phone_number = self.phone_number

        label = self.label

        phone_number_id = self.phone_number_id

        supports_inbound = self.supports_inbound

        supports_outbound = self.supports_outbound

        assigned_agent: dict[str, Any] | None | Unset
        if isinstance(self.assigned_agent, Unset):
            assigned_agent = UNSET
        elif isinstance(self.assigned_agent, ConvaiPhoneAgentInfo):
            assigned_agent = self.assigned_agent.to_dict()
        else:
            assigned_agent = self.assigned_agent

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
                "label": label,
                "phone_number_id": phone_number_id,
            }
        )
        if supports_inbound is not UNSET:
            field_dict["supports_inbound"] = supports_inbound
        if supports_outbound is not UNSET:
            field_dict["supports_outbound"] = supports_outbound
        if assigned_agent is not UNSET:
            field_dict["assigned_agent"] = assigned_agent
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        label = d.pop("label")

        phone_number_id = d.pop("phone_number_id")

        supports_inbound = d.pop("supports_inbound", UNSET)

        supports_outbound = d.pop("supports_outbound", UNSET)

        def _parse_assigned_agent(data: object) -> ConvaiPhoneAgentInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assigned_agent_type_0 = ConvaiPhoneAgentInfo.from_dict(data)

                return assigned_agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiPhoneAgentInfo | None | Unset, data)

        assigned_agent = _parse_assigned_agent(d.pop("assigned_agent", UNSET))

        provider = cast(Literal["exotel"] | Unset, d.pop("provider", UNSET))
        if provider != "exotel" and not isinstance(provider, Unset):
            raise ValueError(f"provider must match const 'exotel', got '{provider}'")

        get_phone_number_exotel_response_model = cls(
            phone_number=phone_number,
            label=label,
            phone_number_id=phone_number_id,
            supports_inbound=supports_inbound,
            supports_outbound=supports_outbound,
            assigned_agent=assigned_agent,
            provider=provider,
        )

        get_phone_number_exotel_response_model.additional_properties = d
        return get_phone_number_exotel_response_model

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
    global _nested_models_loaded, ConvaiPhoneAgentInfo
    from ..models.convai_phone_agent_info import ConvaiPhoneAgentInfo  # noqa: F401

    _nested_models_loaded = True
