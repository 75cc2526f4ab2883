from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_phone_sip_media_encryption import (
    ConvaiPhoneSipMediaEncryption,
    check_convai_phone_sip_media_encryption,
)
from ..models.convai_phone_sip_transport import ConvaiPhoneSipTransport, check_convai_phone_sip_transport
from ..models.media_codec import MediaCodec, check_media_codec
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_phone_sip_outbound_trunk_attributes_to_headers import (
        ConvaiPhoneSipOutboundTrunkAttributesToHeaders,
    )
    from ..models.convai_phone_sip_outbound_trunk_headers import ConvaiPhoneSipOutboundTrunkHeaders


T = TypeVar("T", bound="ConvaiPhoneSipOutboundTrunk")


@_attrs_define
class ConvaiPhoneSipOutboundTrunk:
    """Outbound trunk settings of a number (credentials reduced to a flag and user name).

    Attributes:
        address (str):
        transport (ConvaiPhoneSipTransport): Transport protocol of SIP signalling.
        media_encryption (ConvaiPhoneSipMediaEncryption): Whether call media is encrypted (SRTP).
        has_auth_credentials (bool):
        headers (ConvaiPhoneSipOutboundTrunkHeaders | Unset):
        attributes_to_headers (ConvaiPhoneSipOutboundTrunkAttributesToHeaders | Unset):
        username (None | str | Unset):
        has_outbound_trunk (bool | Unset):  Default: False.
        enabled_codecs (list[MediaCodec] | Unset):
    """

    address: str
    transport: ConvaiPhoneSipTransport
    media_encryption: ConvaiPhoneSipMediaEncryption
    has_auth_credentials: bool
    headers: ConvaiPhoneSipOutboundTrunkHeaders | Unset = UNSET
    attributes_to_headers: ConvaiPhoneSipOutboundTrunkAttributesToHeaders | Unset = UNSET
    username: None | str | Unset = UNSET
    has_outbound_trunk: bool | Unset = False
    enabled_codecs: list[MediaCodec] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        address = self.address

        transport: str = self.transport

        media_encryption: str = self.media_encryption

        has_auth_credentials = self.has_auth_credentials

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        attributes_to_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes_to_headers, Unset):
            attributes_to_headers = self.attributes_to_headers.to_dict()

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        has_outbound_trunk = self.has_outbound_trunk

        enabled_codecs: list[str] | Unset = UNSET
        if not isinstance(self.enabled_codecs, Unset):
            enabled_codecs = []
            for enabled_codecs_item_data in self.enabled_codecs:
                enabled_codecs_item: str = enabled_codecs_item_data
                enabled_codecs.append(enabled_codecs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "transport": transport,
                "media_encryption": media_encryption,
                "has_auth_credentials": has_auth_credentials,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if attributes_to_headers is not UNSET:
            field_dict["attributes_to_headers"] = attributes_to_headers
        if username is not UNSET:
            field_dict["username"] = username
        if has_outbound_trunk is not UNSET:
            field_dict["has_outbound_trunk"] = has_outbound_trunk
        if enabled_codecs is not UNSET:
            field_dict["enabled_codecs"] = enabled_codecs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        address = d.pop("address")

        transport = check_convai_phone_sip_transport(d.pop("transport"))

        media_encryption = check_convai_phone_sip_media_encryption(d.pop("media_encryption"))

        has_auth_credentials = d.pop("has_auth_credentials")

        _headers = d.pop("headers", UNSET)
        headers: ConvaiPhoneSipOutboundTrunkHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ConvaiPhoneSipOutboundTrunkHeaders.from_dict(_headers)

        _attributes_to_headers = d.pop("attributes_to_headers", UNSET)
        attributes_to_headers: ConvaiPhoneSipOutboundTrunkAttributesToHeaders | Unset
        if isinstance(_attributes_to_headers, Unset):
            attributes_to_headers = UNSET
        else:
            attributes_to_headers = ConvaiPhoneSipOutboundTrunkAttributesToHeaders.from_dict(_attributes_to_headers)

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        has_outbound_trunk = d.pop("has_outbound_trunk", UNSET)

        _enabled_codecs = d.pop("enabled_codecs", UNSET)
        enabled_codecs: list[MediaCodec] | Unset = UNSET
        if _enabled_codecs is not UNSET:
            enabled_codecs = []
            for enabled_codecs_item_data in _enabled_codecs:
                enabled_codecs_item = check_media_codec(enabled_codecs_item_data)

                enabled_codecs.append(enabled_codecs_item)

        convai_phone_sip_outbound_trunk = cls(
            address=address,
            transport=transport,
            media_encryption=media_encryption,
            has_auth_credentials=has_auth_credentials,
            headers=headers,
            attributes_to_headers=attributes_to_headers,
            username=username,
            has_outbound_trunk=has_outbound_trunk,
            enabled_codecs=enabled_codecs,
        )

        convai_phone_sip_outbound_trunk.additional_properties = d
        return convai_phone_sip_outbound_trunk

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
    global _nested_models_loaded, ConvaiPhoneSipOutboundTrunkAttributesToHeaders, ConvaiPhoneSipOutboundTrunkHeaders
    from ..models.convai_phone_sip_outbound_trunk_attributes_to_headers import (
        ConvaiPhoneSipOutboundTrunkAttributesToHeaders,  # noqa: F401
    )
    from ..models.convai_phone_sip_outbound_trunk_headers import ConvaiPhoneSipOutboundTrunkHeaders  # noqa: F401

    _nested_models_loaded = True
