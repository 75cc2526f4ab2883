from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_category import VoiceCategory, check_voice_category
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.verified_voice_language import VerifiedVoiceLanguage


T = TypeVar("T", bound="LibraryVoice")


@_attrs_define
class LibraryVoice:
    """A voice published in the public voice library.

    Attributes:
        public_owner_id (str): Publisher's public id; needed to add the voice to an account.
        voice_id (str):
        date_unix (int): When it was published, Unix seconds.
        name (str):
        accent (str):
        gender (str):
        age (str):
        descriptive (str):
        use_case (str):
        category (VoiceCategory): Where a voice comes from.
        usage_character_count_1y (int):
        usage_character_count_7d (int):
        play_api_usage_character_count_1y (int):
        cloned_by_count (int):
        free_users_allowed (bool):
        live_moderation_enabled (bool):
        featured (bool):
        language (None | str | Unset):
        locale (None | str | Unset):
        description (None | str | Unset):
        preview_url (None | str | Unset):
        rate (float | None | Unset):
        fiat_rate (float | None | Unset): Price in USD per 1000 credits; null for the standard price.
        verified_languages (list[VerifiedVoiceLanguage] | None | Unset):
        notice_period (int | None | Unset):
        instagram_username (None | str | Unset):
        twitter_username (None | str | Unset):
        youtube_username (None | str | Unset):
        tiktok_username (None | str | Unset):
        image_url (None | str | Unset):
        is_added_by_user (bool | None | Unset):
        is_bookmarked (bool | None | Unset):
    """

    public_owner_id: str
    voice_id: str
    date_unix: int
    name: str
    accent: str
    gender: str
    age: str
    descriptive: str
    use_case: str
    category: VoiceCategory
    usage_character_count_1y: int
    usage_character_count_7d: int
    play_api_usage_character_count_1y: int
    cloned_by_count: int
    free_users_allowed: bool
    live_moderation_enabled: bool
    featured: bool
    language: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    preview_url: None | str | Unset = UNSET
    rate: float | None | Unset = UNSET
    fiat_rate: float | None | Unset = UNSET
    verified_languages: list[VerifiedVoiceLanguage] | None | Unset = UNSET
    notice_period: int | None | Unset = UNSET
    instagram_username: None | str | Unset = UNSET
    twitter_username: None | str | Unset = UNSET
    youtube_username: None | str | Unset = UNSET
    tiktok_username: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    is_added_by_user: bool | None | Unset = UNSET
    is_bookmarked: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        public_owner_id = self.public_owner_id

        voice_id = self.voice_id

        date_unix = self.date_unix

        name = self.name

        accent = self.accent

        gender = self.gender

        age = self.age

        descriptive = self.descriptive

        use_case = self.use_case

        category: str = self.category

        usage_character_count_1y = self.usage_character_count_1y

        usage_character_count_7d = self.usage_character_count_7d

        play_api_usage_character_count_1y = self.play_api_usage_character_count_1y

        cloned_by_count = self.cloned_by_count

        free_users_allowed = self.free_users_allowed

        live_moderation_enabled = self.live_moderation_enabled

        featured = self.featured

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        preview_url: None | str | Unset
        if isinstance(self.preview_url, Unset):
            preview_url = UNSET
        else:
            preview_url = self.preview_url

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

        verified_languages: list[dict[str, Any]] | None | Unset
        if isinstance(self.verified_languages, Unset):
            verified_languages = UNSET
        elif isinstance(self.verified_languages, list):
            verified_languages = []
            for verified_languages_type_0_item_data in self.verified_languages:
                verified_languages_type_0_item = verified_languages_type_0_item_data.to_dict()
                verified_languages.append(verified_languages_type_0_item)

        else:
            verified_languages = self.verified_languages

        notice_period: int | None | Unset
        if isinstance(self.notice_period, Unset):
            notice_period = UNSET
        else:
            notice_period = self.notice_period

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

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        is_added_by_user: bool | None | Unset
        if isinstance(self.is_added_by_user, Unset):
            is_added_by_user = UNSET
        else:
            is_added_by_user = self.is_added_by_user

        is_bookmarked: bool | None | Unset
        if isinstance(self.is_bookmarked, Unset):
            is_bookmarked = UNSET
        else:
            is_bookmarked = self.is_bookmarked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "public_owner_id": public_owner_id,
                "voice_id": voice_id,
                "date_unix": date_unix,
                "name": name,
                "accent": accent,
                "gender": gender,
                "age": age,
                "descriptive": descriptive,
                "use_case": use_case,
                "category": category,
                "usage_character_count_1y": usage_character_count_1y,
                "usage_character_count_7d": usage_character_count_7d,
                "play_api_usage_character_count_1y": play_api_usage_character_count_1y,
                "cloned_by_count": cloned_by_count,
                "free_users_allowed": free_users_allowed,
                "live_moderation_enabled": live_moderation_enabled,
                "featured": featured,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if locale is not UNSET:
            field_dict["locale"] = locale
        if description is not UNSET:
            field_dict["description"] = description
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        if rate is not UNSET:
            field_dict["rate"] = rate
        if fiat_rate is not UNSET:
            field_dict["fiat_rate"] = fiat_rate
        if verified_languages is not UNSET:
            field_dict["verified_languages"] = verified_languages
        if notice_period is not UNSET:
            field_dict["notice_period"] = notice_period
        if instagram_username is not UNSET:
            field_dict["instagram_username"] = instagram_username
        if twitter_username is not UNSET:
            field_dict["twitter_username"] = twitter_username
        if youtube_username is not UNSET:
            field_dict["youtube_username"] = youtube_username
        if tiktok_username is not UNSET:
            field_dict["tiktok_username"] = tiktok_username
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if is_added_by_user is not UNSET:
            field_dict["is_added_by_user"] = is_added_by_user
        if is_bookmarked is not UNSET:
            field_dict["is_bookmarked"] = is_bookmarked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        public_owner_id = d.pop("public_owner_id")

        voice_id = d.pop("voice_id")

        date_unix = d.pop("date_unix")

        name = d.pop("name")

        accent = d.pop("accent")

        gender = d.pop("gender")

        age = d.pop("age")

        descriptive = d.pop("descriptive")

        use_case = d.pop("use_case")

        category = check_voice_category(d.pop("category"))

        usage_character_count_1y = d.pop("usage_character_count_1y")

        usage_character_count_7d = d.pop("usage_character_count_7d")

        play_api_usage_character_count_1y = d.pop("play_api_usage_character_count_1y")

        cloned_by_count = d.pop("cloned_by_count")

        free_users_allowed = d.pop("free_users_allowed")

        live_moderation_enabled = d.pop("live_moderation_enabled")

        featured = d.pop("featured")

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_preview_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_url = _parse_preview_url(d.pop("preview_url", UNSET))

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

        def _parse_verified_languages(data: object) -> list[VerifiedVoiceLanguage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                verified_languages_type_0 = []
                _verified_languages_type_0 = data
                for verified_languages_type_0_item_data in _verified_languages_type_0:
                    verified_languages_type_0_item = VerifiedVoiceLanguage.from_dict(
                        verified_languages_type_0_item_data
                    )

                    verified_languages_type_0.append(verified_languages_type_0_item)

                return verified_languages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VerifiedVoiceLanguage] | None | Unset, data)

        verified_languages = _parse_verified_languages(d.pop("verified_languages", UNSET))

        def _parse_notice_period(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        notice_period = _parse_notice_period(d.pop("notice_period", UNSET))

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

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_is_added_by_user(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_added_by_user = _parse_is_added_by_user(d.pop("is_added_by_user", UNSET))

        def _parse_is_bookmarked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_bookmarked = _parse_is_bookmarked(d.pop("is_bookmarked", UNSET))

        library_voice = cls(
            public_owner_id=public_owner_id,
            voice_id=voice_id,
            date_unix=date_unix,
            name=name,
            accent=accent,
            gender=gender,
            age=age,
            descriptive=descriptive,
            use_case=use_case,
            category=category,
            usage_character_count_1y=usage_character_count_1y,
            usage_character_count_7d=usage_character_count_7d,
            play_api_usage_character_count_1y=play_api_usage_character_count_1y,
            cloned_by_count=cloned_by_count,
            free_users_allowed=free_users_allowed,
            live_moderation_enabled=live_moderation_enabled,
            featured=featured,
            language=language,
            locale=locale,
            description=description,
            preview_url=preview_url,
            rate=rate,
            fiat_rate=fiat_rate,
            verified_languages=verified_languages,
            notice_period=notice_period,
            instagram_username=instagram_username,
            twitter_username=twitter_username,
            youtube_username=youtube_username,
            tiktok_username=tiktok_username,
            image_url=image_url,
            is_added_by_user=is_added_by_user,
            is_bookmarked=is_bookmarked,
        )

        library_voice.additional_properties = d
        return library_voice

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
    global _nested_models_loaded, VerifiedVoiceLanguage
    from ..models.verified_voice_language import VerifiedVoiceLanguage  # noqa: F401

    _nested_models_loaded = True
