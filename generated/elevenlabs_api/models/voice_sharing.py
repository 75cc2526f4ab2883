from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_category import VoiceCategory, check_voice_category
from ..models.voice_sharing_review_status import VoiceSharingReviewStatus, check_voice_sharing_review_status
from ..models.voice_sharing_status import VoiceSharingStatus, check_voice_sharing_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reader_resource import ReaderResource
    from ..models.voice_moderation_check import VoiceModerationCheck
    from ..models.voice_sharing_labels import VoiceSharingLabels


T = TypeVar("T", bound="VoiceSharing")


@_attrs_define
class VoiceSharing:
    """How a voice is published in the voice library.

    Attributes:
        status (VoiceSharingStatus):
        date_unix (int):
        whitelisted_emails (list[str]):
        public_owner_id (str):
        original_voice_id (str):
        financial_rewards_enabled (bool):
        free_users_allowed (bool):
        live_moderation_enabled (bool):
        notice_period (int): Days of notice the owner gives before withdrawing the voice.
        voice_mixing_allowed (bool):
        featured (bool):
        category (VoiceCategory): Where a voice comes from.
        liked_by_count (int):
        cloned_by_count (int):
        name (str):
        labels (VoiceSharingLabels):
        review_status (VoiceSharingReviewStatus):
        enabled_in_library (bool):
        history_item_sample_id (None | str | Unset):
        rate (float | None | Unset):
        fiat_rate (float | None | Unset): Price in USD per 1000 credits.
        disable_at_unix (int | None | Unset): When the voice will be withdrawn, if scheduled.
        reader_app_enabled (bool | None | Unset):
        image_url (None | str | Unset):
        ban_reason (None | str | Unset):
        description (None | str | Unset):
        review_message (None | str | Unset):
        instagram_username (None | str | Unset):
        twitter_username (None | str | Unset):
        youtube_username (None | str | Unset):
        tiktok_username (None | str | Unset):
        moderation_check (None | Unset | VoiceModerationCheck):
        reader_restricted_on (list[ReaderResource] | None | Unset): Reader content on which the voice may not be used.
    """

    status: VoiceSharingStatus
    date_unix: int
    whitelisted_emails: list[str]
    public_owner_id: str
    original_voice_id: str
    financial_rewards_enabled: bool
    free_users_allowed: bool
    live_moderation_enabled: bool
    notice_period: int
    voice_mixing_allowed: bool
    featured: bool
    category: VoiceCategory
    liked_by_count: int
    cloned_by_count: int
    name: str
    labels: VoiceSharingLabels
    review_status: VoiceSharingReviewStatus
    enabled_in_library: bool
    history_item_sample_id: None | str | Unset = UNSET
    rate: float | None | Unset = UNSET
    fiat_rate: float | None | Unset = UNSET
    disable_at_unix: int | None | Unset = UNSET
    reader_app_enabled: bool | None | Unset = UNSET
    image_url: None | str | Unset = UNSET
    ban_reason: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    review_message: None | str | Unset = UNSET
    instagram_username: None | str | Unset = UNSET
    twitter_username: None | str | Unset = UNSET
    youtube_username: None | str | Unset = UNSET
    tiktok_username: None | str | Unset = UNSET
    moderation_check: None | Unset | VoiceModerationCheck = UNSET
    reader_restricted_on: list[ReaderResource] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        status: str = self.status

        date_unix = self.date_unix

        whitelisted_emails = self.whitelisted_emails

        public_owner_id = self.public_owner_id

        original_voice_id = self.original_voice_id

        financial_rewards_enabled = self.financial_rewards_enabled

        free_users_allowed = self.free_users_allowed

        live_moderation_enabled = self.live_moderation_enabled

        notice_period = self.notice_period

        voice_mixing_allowed = self.voice_mixing_allowed

        featured = self.featured

        category: str = self.category

        liked_by_count = self.liked_by_count

        cloned_by_count = self.cloned_by_count

        name = self.name

        labels = self.labels.to_dict()

        review_status: str = self.review_status

        enabled_in_library = self.enabled_in_library

        history_item_sample_id: None | str | Unset
        if isinstance(self.history_item_sample_id, Unset):
            history_item_sample_id = UNSET
        else:
            history_item_sample_id = self.history_item_sample_id

        rate: float | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        fiat_rate: float | None | Unset
        if isinstance(self.fiat_rate, Unset):
            fiat_rate = UNSET
        else:
            fiat_rate = self.fiat_rate

        disable_at_unix: int | None | Unset
        if isinstance(self.disable_at_unix, Unset):
            disable_at_unix = UNSET
        else:
            disable_at_unix = self.disable_at_unix

        reader_app_enabled: bool | None | Unset
        if isinstance(self.reader_app_enabled, Unset):
            reader_app_enabled = UNSET
        else:
            reader_app_enabled = self.reader_app_enabled

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        ban_reason: None | str | Unset
        if isinstance(self.ban_reason, Unset):
            ban_reason = UNSET
        else:
            ban_reason = self.ban_reason

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        review_message: None | str | Unset
        if isinstance(self.review_message, Unset):
            review_message = UNSET
        else:
            review_message = self.review_message

        instagram_username: None | str | Unset
        if isinstance(self.instagram_username, Unset):
            instagram_username = UNSET
        else:
            instagram_username = self.instagram_username

        twitter_username: None | str | Unset
        if isinstance(self.twitter_username, Unset):
            twitter_username = UNSET
        else:
            twitter_username = self.twitter_username

        youtube_username: None | str | Unset
        if isinstance(self.youtube_username, Unset):
            youtube_username = UNSET
        else:
            youtube_username = self.youtube_username

        tiktok_username: None | str | Unset
        if isinstance(self.tiktok_username, Unset):
            tiktok_username = UNSET
        else:
            tiktok_username = self.tiktok_username

        moderation_check: dict[str, Any] | None | Unset
        if isinstance(self.moderation_check, Unset):
            moderation_check = UNSET
        elif isinstance(self.moderation_check, VoiceModerationCheck):
            moderation_check = self.moderation_check.to_dict()
        else:
            moderation_check = self.moderation_check

        reader_restricted_on: list[dict[str, Any]] | None | Unset
        if isinstance(self.reader_restricted_on, Unset):
            reader_restricted_on = UNSET
        elif isinstance(self.reader_restricted_on, list):
            reader_restricted_on = []
            for reader_restricted_on_type_0_item_data in self.reader_restricted_on:
                reader_restricted_on_type_0_item = reader_restricted_on_type_0_item_data.to_dict()
                reader_restricted_on.append(reader_restricted_on_type_0_item)

        else:
            reader_restricted_on = self.reader_restricted_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "date_unix": date_unix,
                "whitelisted_emails": whitelisted_emails,
                "public_owner_id": public_owner_id,
                "original_voice_id": original_voice_id,
                "financial_rewards_enabled": financial_rewards_enabled,
                "free_users_allowed": free_users_allowed,
                "live_moderation_enabled": live_moderation_enabled,
                "notice_period": notice_period,
                "voice_mixing_allowed": voice_mixing_allowed,
                "featured": featured,
                "category": category,
                "liked_by_count": liked_by_count,
                "cloned_by_count": cloned_by_count,
                "name": name,
                "labels": labels,
                "review_status": review_status,
                "enabled_in_library": enabled_in_library,
            }
        )
        if history_item_sample_id is not UNSET:
            field_dict["history_item_sample_id"] = history_item_sample_id
        if rate is not UNSET:
            field_dict["rate"] = rate
        if fiat_rate is not UNSET:
            field_dict["fiat_rate"] = fiat_rate
        if disable_at_unix is not UNSET:
            field_dict["disable_at_unix"] = disable_at_unix
        if reader_app_enabled is not UNSET:
            field_dict["reader_app_enabled"] = reader_app_enabled
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if ban_reason is not UNSET:
            field_dict["ban_reason"] = ban_reason
        if description is not UNSET:
            field_dict["description"] = description
        if review_message is not UNSET:
            field_dict["review_message"] = review_message
        if instagram_username is not UNSET:
            field_dict["instagram_username"] = instagram_username
        if twitter_username is not UNSET:
            field_dict["twitter_username"] = twitter_username
        if youtube_username is not UNSET:
            field_dict["youtube_username"] = youtube_username
        if tiktok_username is not UNSET:
            field_dict["tiktok_username"] = tiktok_username
        if moderation_check is not UNSET:
            field_dict["moderation_check"] = moderation_check
        if reader_restricted_on is not UNSET:
            field_dict["reader_restricted_on"] = reader_restricted_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        status = check_voice_sharing_status(d.pop("status"))

        date_unix = d.pop("date_unix")

        whitelisted_emails = cast(list[str], d.pop("whitelisted_emails"))

        public_owner_id = d.pop("public_owner_id")

        original_voice_id = d.pop("original_voice_id")

        financial_rewards_enabled = d.pop("financial_rewards_enabled")

        free_users_allowed = d.pop("free_users_allowed")

        live_moderation_enabled = d.pop("live_moderation_enabled")

        notice_period = d.pop("notice_period")

        voice_mixing_allowed = d.pop("voice_mixing_allowed")

        featured = d.pop("featured")

        category = check_voice_category(d.pop("category"))

        liked_by_count = d.pop("liked_by_count")

        cloned_by_count = d.pop("cloned_by_count")

        name = d.pop("name")

        labels = VoiceSharingLabels.from_dict(d.pop("labels"))

        review_status = check_voice_sharing_review_status(d.pop("review_status"))

        enabled_in_library = d.pop("enabled_in_library")

        def _parse_history_item_sample_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        history_item_sample_id = _parse_history_item_sample_id(d.pop("history_item_sample_id", UNSET))

        def _parse_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rate = _parse_rate(d.pop("rate", UNSET))

        def _parse_fiat_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        fiat_rate = _parse_fiat_rate(d.pop("fiat_rate", UNSET))

        def _parse_disable_at_unix(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        disable_at_unix = _parse_disable_at_unix(d.pop("disable_at_unix", UNSET))

        def _parse_reader_app_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        reader_app_enabled = _parse_reader_app_enabled(d.pop("reader_app_enabled", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_ban_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ban_reason = _parse_ban_reason(d.pop("ban_reason", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_review_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        review_message = _parse_review_message(d.pop("review_message", UNSET))

        def _parse_instagram_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instagram_username = _parse_instagram_username(d.pop("instagram_username", UNSET))

        def _parse_twitter_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        twitter_username = _parse_twitter_username(d.pop("twitter_username", UNSET))

        def _parse_youtube_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        youtube_username = _parse_youtube_username(d.pop("youtube_username", UNSET))

        def _parse_tiktok_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tiktok_username = _parse_tiktok_username(d.pop("tiktok_username", UNSET))

        def _parse_moderation_check(data: object) -> None | Unset | VoiceModerationCheck:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                moderation_check_type_0 = VoiceModerationCheck.from_dict(data)

                return moderation_check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoiceModerationCheck, data)

        moderation_check = _parse_moderation_check(d.pop("moderation_check", UNSET))

        def _parse_reader_restricted_on(data: object) -> list[ReaderResource] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reader_restricted_on_type_0 = []
                _reader_restricted_on_type_0 = data
                for reader_restricted_on_type_0_item_data in _reader_restricted_on_type_0:
                    reader_restricted_on_type_0_item = ReaderResource.from_dict(reader_restricted_on_type_0_item_data)

                    reader_restricted_on_type_0.append(reader_restricted_on_type_0_item)

                return reader_restricted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReaderResource] | None | Unset, data)

        reader_restricted_on = _parse_reader_restricted_on(d.pop("reader_restricted_on", UNSET))

        voice_sharing = cls(
            status=status,
            date_unix=date_unix,
            whitelisted_emails=whitelisted_emails,
            public_owner_id=public_owner_id,
            original_voice_id=original_voice_id,
            financial_rewards_enabled=financial_rewards_enabled,
            free_users_allowed=free_users_allowed,
            live_moderation_enabled=live_moderation_enabled,
            notice_period=notice_period,
            voice_mixing_allowed=voice_mixing_allowed,
            featured=featured,
            category=category,
            liked_by_count=liked_by_count,
            cloned_by_count=cloned_by_count,
            name=name,
            labels=labels,
            review_status=review_status,
            enabled_in_library=enabled_in_library,
            history_item_sample_id=history_item_sample_id,
            rate=rate,
            fiat_rate=fiat_rate,
            disable_at_unix=disable_at_unix,
            reader_app_enabled=reader_app_enabled,
            image_url=image_url,
            ban_reason=ban_reason,
            description=description,
            review_message=review_message,
            instagram_username=instagram_username,
            twitter_username=twitter_username,
            youtube_username=youtube_username,
            tiktok_username=tiktok_username,
            moderation_check=moderation_check,
            reader_restricted_on=reader_restricted_on,
        )

        voice_sharing.additional_properties = d
        return voice_sharing

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
    global _nested_models_loaded, ReaderResource, VoiceModerationCheck, VoiceSharingLabels
    from ..models.reader_resource import ReaderResource  # noqa: F401
    from ..models.voice_moderation_check import VoiceModerationCheck  # noqa: F401
    from ..models.voice_sharing_labels import VoiceSharingLabels  # noqa: F401

    _nested_models_loaded = True
