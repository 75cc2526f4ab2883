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
    from ..models.convai_phone_sip_credentials import ConvaiPhoneSipCredentials
    from ..models.convai_phone_sip_outbound_trunk_config_attributes_to_headers import (
        ConvaiPhoneSipOutboundTrunkConfigAttributesToHeaders,
    )
    from ..models.convai_phone_sip_outbound_trunk_config_headers import ConvaiPhoneSipOutboundTrunkConfigHeaders


T = TypeVar("T", bound="ConvaiPhoneSipOutboundTrunkConfig")


@_attrs_define
class ConvaiPhoneSipOutboundTrunkConfig:
    """Where and how outbound calls are sent over the trunk.

    Attributes:
        address (str): Host name or IP address of the SIP trunk.
        transport (ConvaiPhoneSipTransport | Unset): Transport protocol of SIP signalling. Default: 'auto'.
        media_encryption (ConvaiPhoneSipMediaEncryption | Unset): Whether call media is encrypted (SRTP). Default:
            'allowed'.
        headers (ConvaiPhoneSipOutboundTrunkConfigHeaders | Unset): Extra SIP headers for each INVITE.
        attributes_to_headers (ConvaiPhoneSipOutboundTrunkConfigAttributesToHeaders | Unset):
        credentials (ConvaiPhoneSipCredentials | None | Unset):
        enabled_codecs (list[MediaCodec] | Unset):
    """

    address: str
    transport: ConvaiPhoneSipTransport | Unset = "auto"
    media_encryption: ConvaiPhoneSipMediaEncryption | Unset = "allowed"
    headers: ConvaiPhoneSipOutboundTrunkConfigHeaders | Unset = UNSET
    attributes_to_headers: ConvaiPhoneSipOutboundTrunkConfigAttributesToHeaders | Unset = UNSET
    credentials: ConvaiPhoneSipCredentials | None | Unset = UNSET
    enabled_codecs: list[MediaCodec] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        address = self.address

        transport: str | Unset = UNSET
        if not isinstance(self.transport, Unset):
            transport = self.transport

        media_encryption: str | Unset = UNSET
        if not isinstance(self.media_encryption, Unset):
            media_encryption = self.media_encryption

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        attributes_to_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes_to_headers, Unset):
            attributes_to_headers = self.attributes_to_headers.to_dict()

        credentials: dict[str, Any] | None | Unset
        if isinstance(self.credentials, Unset):
            credentials = UNSET
        elif isinstance(self.credentials, ConvaiPhoneSipCredentials):
            credentials = self.credentials.to_dict()
        else:
            credentials = self.credentials

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
            }
        )
        if transport is not UNSET:
            field_dict["transport"] = transport
        if media_encryption is not UNSET:
            field_dict["media_encryption"] = media_encryption
        if headers is not UNSET:
            field_dict["headers"] = headers
        if attributes_to_headers is not UNSET:
            field_dict["attributes_to_headers"] = attributes_to_headers
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if enabled_codecs is not UNSET:
            field_dict["enabled_codecs"] = enabled_codecs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        address = d.pop("address")

        _transport = d.pop("transport", UNSET)
        transport: ConvaiPhoneSipTransport | Unset
        if isinstance(_transport, Unset):
            transport = UNSET
        else:
            transport = check_convai_phone_sip_transport(_transport)

        _media_encryption = d.pop("media_encryption", UNSET)
        media_encryption: ConvaiPhoneSipMediaEncryption | Unset
        if isinstance(_media_encryption, Unset):
            media_encryption = UNSET
        else:
            media_encryption = check_convai_phone_sip_media_encryption(_media_encryption)

        _headers = d.pop("headers", UNSET)
        headers: ConvaiPhoneSipOutboundTrunkConfigHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ConvaiPhoneSipOutboundTrunkConfigHeaders.from_dict(_headers)

        _attributes_to_headers = d.pop("attributes_to_headers", UNSET)
        attributes_to_headers: ConvaiPhoneSipOutboundTrunkConfigAttributesToHeaders | Unset
        if isinstance(_attributes_to_headers, Unset):
            attributes_to_headers = UNSET
        else:
            attributes_to_headers = ConvaiPhoneSipOutboundTrunkConfigAttributesToHeaders.from_dict(
                _attributes_to_headers
            )

        def _parse_credentials(data: object) -> ConvaiPhoneSipCredentials | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_type_0 = ConvaiPhoneSipCredentials.from_dict(data)

                return credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiPhoneSipCredentials | None | Unset, data)

        credentials = _parse_credentials(d.pop("credentials", UNSET))

        _enabled_codecs = d.pop("enabled_codecs", UNSET)
        enabled_codecs: list[MediaCodec] | Unset = UNSET
        if _enabled_codecs is not UNSET:
            enabled_codecs = []
            for enabled_codecs_item_data in _enabled_codecs:
                enabled_codecs_item = check_media_codec(enabled_codecs_item_data)

                enabled_codecs.append(enabled_codecs_item)

        convai_phone_sip_outbound_trunk_config = cls(
            address=address,
            transport=transport,
            media_encryption=media_encryption,
            headers=headers,
            attributes_to_headers=attributes_to_headers,
            credentials=credentials,
            enabled_codecs=enabled_codecs,
        )

        convai_phone_sip_outbound_trunk_config.additional_properties = d
        return convai_phone_sip_outbound_trunk_config

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
        ConvaiPhoneSipCredentials, \
        ConvaiPhoneSipOutboundTrunkConfigAttributesToHeaders, \
        ConvaiPhoneSipOutboundTrunkConfigHeaders
    from ..models.convai_phone_sip_credentials import ConvaiPhoneSipCredentials  # noqa: F401
    from ..models.convai_phone_sip_outbound_trunk_config_attributes_to_headers import (
        ConvaiPhoneSipOutboundTrunkConfigAttributesToHeaders,  # noqa: F401
    )
    from ..models.convai_phone_sip_outbound_trunk_config_headers import ConvaiPhoneSipOutboundTrunkConfigHeaders  # noqa: F401

    _nested_models_loaded = True
