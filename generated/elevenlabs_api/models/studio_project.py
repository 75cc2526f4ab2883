from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.studio_access_level import StudioAccessLevel, check_studio_access_level
from ..models.studio_fiction import StudioFiction, check_studio_fiction
from ..models.studio_project_aspect_ratio_type_0 import (
    StudioProjectAspectRatioType0,
    check_studio_project_aspect_ratio_type_0,
)
from ..models.studio_project_state import StudioProjectState, check_studio_project_state
from ..models.studio_source_type import StudioSourceType, check_studio_source_type
from ..models.studio_target_audience import StudioTargetAudience, check_studio_target_audience
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.studio_agent_settings_model import StudioAgentSettingsModel
    from ..models.studio_caption_style import StudioCaptionStyle
    from ..models.studio_project_caption_style_template_overrides_type_0 import (
        StudioProjectCaptionStyleTemplateOverridesType0,
    )
    from ..models.studio_project_creation_meta import StudioProjectCreationMeta


T = TypeVar("T", bound="StudioProject")


@_attrs_define
class StudioProject:
    """A Studio project (long-form audio such as a book, article or podcast).

    Attributes:
        project_id (str):
        name (str):
        create_date_unix (int):
        created_by_user_id (None | str):
        default_title_voice_ref_id (str):
        default_paragraph_voice_ref_id (str):
        default_model_id (str):
        can_be_downloaded (bool): Whether the converted audio may be downloaded.
        volume_normalization (bool): Loudness normalised to audiobook (ACX) standards.
        state (StudioProjectState): Where a project is in its life cycle.
        access_level (StudioAccessLevel): What the caller may do with the resource.
        quality_check_on (bool):
        quality_check_on_when_bulk_convert (bool):
        default_title_voice_id (str):
        default_paragraph_voice_id (str):
        last_conversion_date_unix (int | None | Unset):
        title (None | str | Unset): Title shown in the metadata of downloads.
        author (None | str | Unset):
        description (None | str | Unset):
        genres (list[str] | None | Unset):
        cover_image_url (None | str | Unset):
        target_audience (None | StudioTargetAudience | Unset):
        language (None | str | Unset): ISO 639-1 code.
        content_type (None | str | Unset): Kind of content, e.g. Book or Article.
        original_publication_date (None | str | Unset):
        mature_content (bool | None | Unset):
        isbn_number (None | str | Unset):
        fiction (None | StudioFiction | Unset):
        creation_meta (None | StudioProjectCreationMeta | Unset):
        source_type (None | StudioSourceType | Unset):
        chapters_enabled (bool | None | Unset):  Default: True.
        captions_enabled (bool | None | Unset):  Default: True.
        caption_style (None | StudioCaptionStyle | Unset):
        caption_style_template_overrides (None | StudioProjectCaptionStyleTemplateOverridesType0 | Unset):
        public_share_id (None | str | Unset):
        aspect_ratio (None | StudioProjectAspectRatioType0 | Unset):
        agent_settings (None | StudioAgentSettingsModel | Unset):
    """

    project_id: str
    name: str
    create_date_unix: int
    created_by_user_id: None | str
    default_title_voice_ref_id: str
    default_paragraph_voice_ref_id: str
    default_model_id: str
    can_be_downloaded: bool
    volume_normalization: bool
    state: StudioProjectState
    access_level: StudioAccessLevel
    quality_check_on: bool
    quality_check_on_when_bulk_convert: bool
    default_title_voice_id: str
    default_paragraph_voice_id: str
    last_conversion_date_unix: int | None | Unset = UNSET
    title: None | str | Unset = UNSET
    author: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    genres: list[str] | None | Unset = UNSET
    cover_image_url: None | str | Unset = UNSET
    target_audience: None | StudioTargetAudience | Unset = UNSET
    language: None | str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    original_publication_date: None | str | Unset = UNSET
    mature_content: bool | None | Unset = UNSET
    isbn_number: None | str | Unset = UNSET
    fiction: None | StudioFiction | Unset = UNSET
    creation_meta: None | StudioProjectCreationMeta | Unset = UNSET
    source_type: None | StudioSourceType | Unset = UNSET
    chapters_enabled: bool | None | Unset = True
    captions_enabled: bool | None | Unset = True
    caption_style: None | StudioCaptionStyle | Unset = UNSET
    caption_style_template_overrides: None | StudioProjectCaptionStyleTemplateOverridesType0 | Unset = UNSET
    public_share_id: None | str | Unset = UNSET
    aspect_ratio: None | StudioProjectAspectRatioType0 | Unset = UNSET
    agent_settings: None | StudioAgentSettingsModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        project_id = self.project_id

        name = self.name

        create_date_unix = self.create_date_unix

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        default_title_voice_ref_id = self.default_title_voice_ref_id

        default_paragraph_voice_ref_id = self.default_paragraph_voice_ref_id

        default_model_id = self.default_model_id

        can_be_downloaded = self.can_be_downloaded

        volume_normalization = self.volume_normalization

        state: str = self.state

        access_level: str = self.access_level

        quality_check_on = self.quality_check_on

        quality_check_on_when_bulk_convert = self.quality_check_on_when_bulk_convert

        default_title_voice_id = self.default_title_voice_id

        default_paragraph_voice_id = self.default_paragraph_voice_id

        last_conversion_date_unix: int | None | Unset
        if isinstance(self.last_conversion_date_unix, Unset):
            last_conversion_date_unix = UNSET
        else:
            last_conversion_date_unix = self.last_conversion_date_unix

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        genres: list[str] | None | Unset
        if isinstance(self.genres, Unset):
            genres = UNSET
        elif isinstance(self.genres, list):
            genres = self.genres

        else:
            genres = self.genres

        cover_image_url: None | str | Unset
        if isinstance(self.cover_image_url, Unset):
            cover_image_url = UNSET
        else:
            cover_image_url = self.cover_image_url

        target_audience: None | str | Unset
        if isinstance(self.target_audience, Unset):
            target_audience = UNSET
        elif isinstance(self.target_audience, str):
            target_audience = self.target_audience
        else:
            target_audience = self.target_audience

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        original_publication_date: None | str | Unset
        if isinstance(self.original_publication_date, Unset):
            original_publication_date = UNSET
        else:
            original_publication_date = self.original_publication_date

        mature_content: bool | None | Unset
        if isinstance(self.mature_content, Unset):
            mature_content = UNSET
        else:
            mature_content = self.mature_content

        isbn_number: None | str | Unset
        if isinstance(self.isbn_number, Unset):
            isbn_number = UNSET
        else:
            isbn_number = self.isbn_number

        fiction: None | str | Unset
        if isinstance(self.fiction, Unset):
            fiction = UNSET
        elif isinstance(self.fiction, str):
            fiction = self.fiction
        else:
            fiction = self.fiction

        creation_meta: dict[str, Any] | None | Unset
        if isinstance(self.creation_meta, Unset):
            creation_meta = UNSET
        elif isinstance(self.creation_meta, StudioProjectCreationMeta):
            creation_meta = self.creation_meta.to_dict()
        else:
            creation_meta = self.creation_meta

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        elif isinstance(self.source_type, str):
            source_type = self.source_type
        else:
            source_type = self.source_type

        chapters_enabled: bool | None | Unset
        if isinstance(self.chapters_enabled, Unset):
            chapters_enabled = UNSET
        else:
            chapters_enabled = self.chapters_enabled

        captions_enabled: bool | None | Unset
        if isinstance(self.captions_enabled, Unset):
            captions_enabled = UNSET
        else:
            captions_enabled = self.captions_enabled

        caption_style: dict[str, Any] | None | Unset
        if isinstance(self.caption_style, Unset):
            caption_style = UNSET
        elif isinstance(self.caption_style, StudioCaptionStyle):
            caption_style = self.caption_style.to_dict()
        else:
            caption_style = self.caption_style

        caption_style_template_overrides: dict[str, Any] | None | Unset
        if isinstance(self.caption_style_template_overrides, Unset):
            caption_style_template_overrides = UNSET
        elif isinstance(self.caption_style_template_overrides, StudioProjectCaptionStyleTemplateOverridesType0):
            caption_style_template_overrides = self.caption_style_template_overrides.to_dict()
        else:
            caption_style_template_overrides = self.caption_style_template_overrides

        public_share_id: None | str | Unset
        if isinstance(self.public_share_id, Unset):
            public_share_id = UNSET
        else:
            public_share_id = self.public_share_id

        aspect_ratio: None | str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        elif isinstance(self.aspect_ratio, str):
            aspect_ratio = self.aspect_ratio
        else:
            aspect_ratio = self.aspect_ratio

        agent_settings: dict[str, Any] | None | Unset
        if isinstance(self.agent_settings, Unset):
            agent_settings = UNSET
        elif isinstance(self.agent_settings, StudioAgentSettingsModel):
            agent_settings = self.agent_settings.to_dict()
        else:
            agent_settings = self.agent_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "name": name,
                "create_date_unix": create_date_unix,
                "created_by_user_id": created_by_user_id,
                "default_title_voice_ref_id": default_title_voice_ref_id,
                "default_paragraph_voice_ref_id": default_paragraph_voice_ref_id,
                "default_model_id": default_model_id,
                "can_be_downloaded": can_be_downloaded,
                "volume_normalization": volume_normalization,
                "state": state,
                "access_level": access_level,
                "quality_check_on": quality_check_on,
                "quality_check_on_when_bulk_convert": quality_check_on_when_bulk_convert,
                "default_title_voice_id": default_title_voice_id,
                "default_paragraph_voice_id": default_paragraph_voice_id,
            }
        )
        if last_conversion_date_unix is not UNSET:
            field_dict["last_conversion_date_unix"] = last_conversion_date_unix
        if title is not UNSET:
            field_dict["title"] = title
        if author is not UNSET:
            field_dict["author"] = author
        if description is not UNSET:
            field_dict["description"] = description
        if genres is not UNSET:
            field_dict["genres"] = genres
        if cover_image_url is not UNSET:
            field_dict["cover_image_url"] = cover_image_url
        if target_audience is not UNSET:
            field_dict["target_audience"] = target_audience
        if language is not UNSET:
            field_dict["language"] = language
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if original_publication_date is not UNSET:
            field_dict["original_publication_date"] = original_publication_date
        if mature_content is not UNSET:
            field_dict["mature_content"] = mature_content
        if isbn_number is not UNSET:
            field_dict["isbn_number"] = isbn_number
        if fiction is not UNSET:
            field_dict["fiction"] = fiction
        if creation_meta is not UNSET:
            field_dict["creation_meta"] = creation_meta
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if chapters_enabled is not UNSET:
            field_dict["chapters_enabled"] = chapters_enabled
        if captions_enabled is not UNSET:
            field_dict["captions_enabled"] = captions_enabled
        if caption_style is not UNSET:
            field_dict["caption_style"] = caption_style
        if caption_style_template_overrides is not UNSET:
            field_dict["caption_style_template_overrides"] = caption_style_template_overrides
        if public_share_id is not UNSET:
            field_dict["public_share_id"] = public_share_id
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if agent_settings is not UNSET:
            field_dict["agent_settings"] = agent_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        project_id = d.pop("project_id")

        name = d.pop("name")

        create_date_unix = d.pop("create_date_unix")

        def _parse_created_by_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by_user_id = _parse_created_by_user_id(d.pop("created_by_user_id"))

        default_title_voice_ref_id = d.pop("default_title_voice_ref_id")

        default_paragraph_voice_ref_id = d.pop("default_paragraph_voice_ref_id")

        default_model_id = d.pop("default_model_id")

        can_be_downloaded = d.pop("can_be_downloaded")

        volume_normalization = d.pop("volume_normalization")

        state = check_studio_project_state(d.pop("state"))

        access_level = check_studio_access_level(d.pop("access_level"))

        quality_check_on = d.pop("quality_check_on")

        quality_check_on_when_bulk_convert = d.pop("quality_check_on_when_bulk_convert")

        default_title_voice_id = d.pop("default_title_voice_id")

        default_paragraph_voice_id = d.pop("default_paragraph_voice_id")

        def _parse_last_conversion_date_unix(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_conversion_date_unix = _parse_last_conversion_date_unix(d.pop("last_conversion_date_unix", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_author(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author = _parse_author(d.pop("author", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_genres(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                genres_type_0 = cast(list[str], data)

                return genres_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        genres = _parse_genres(d.pop("genres", UNSET))

        def _parse_cover_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cover_image_url = _parse_cover_image_url(d.pop("cover_image_url", UNSET))

        def _parse_target_audience(data: object) -> None | StudioTargetAudience | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_audience_type_0 = check_studio_target_audience(data)

                return target_audience_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioTargetAudience | Unset, data)

        target_audience = _parse_target_audience(d.pop("target_audience", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("content_type", UNSET))

        def _parse_original_publication_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_publication_date = _parse_original_publication_date(d.pop("original_publication_date", UNSET))

        def _parse_mature_content(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        mature_content = _parse_mature_content(d.pop("mature_content", UNSET))

        def _parse_isbn_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        isbn_number = _parse_isbn_number(d.pop("isbn_number", UNSET))

        def _parse_fiction(data: object) -> None | StudioFiction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fiction_type_0 = check_studio_fiction(data)

                return fiction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioFiction | Unset, data)

        fiction = _parse_fiction(d.pop("fiction", UNSET))

        def _parse_creation_meta(data: object) -> None | StudioProjectCreationMeta | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creation_meta_type_0 = StudioProjectCreationMeta.from_dict(data)

                return creation_meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioProjectCreationMeta | Unset, data)

        creation_meta = _parse_creation_meta(d.pop("creation_meta", UNSET))

        def _parse_source_type(data: object) -> None | StudioSourceType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_type_0 = check_studio_source_type(data)

                return source_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioSourceType | Unset, data)

        source_type = _parse_source_type(d.pop("source_type", UNSET))

        def _parse_chapters_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        chapters_enabled = _parse_chapters_enabled(d.pop("chapters_enabled", UNSET))

        def _parse_captions_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        captions_enabled = _parse_captions_enabled(d.pop("captions_enabled", UNSET))

        def _parse_caption_style(data: object) -> None | StudioCaptionStyle | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caption_style_type_0 = StudioCaptionStyle.from_dict(data)

                return caption_style_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioCaptionStyle | Unset, data)

        caption_style = _parse_caption_style(d.pop("caption_style", UNSET))

        def _parse_caption_style_template_overrides(
            data: object,
        ) -> None | StudioProjectCaptionStyleTemplateOverridesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caption_style_template_overrides_type_0 = StudioProjectCaptionStyleTemplateOverridesType0.from_dict(
                    data
                )

                return caption_style_template_overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioProjectCaptionStyleTemplateOverridesType0 | Unset, data)

        caption_style_template_overrides = _parse_caption_style_template_overrides(
            d.pop("caption_style_template_overrides", UNSET)
        )

        def _parse_public_share_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_share_id = _parse_public_share_id(d.pop("public_share_id", UNSET))

        def _parse_aspect_ratio(data: object) -> None | StudioProjectAspectRatioType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aspect_ratio_type_0 = check_studio_project_aspect_ratio_type_0(data)

                return aspect_ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioProjectAspectRatioType0 | Unset, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspect_ratio", UNSET))

        def _parse_agent_settings(data: object) -> None | StudioAgentSettingsModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_settings_type_0 = StudioAgentSettingsModel.from_dict(data)

                return agent_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioAgentSettingsModel | Unset, data)

        agent_settings = _parse_agent_settings(d.pop("agent_settings", UNSET))

        studio_project = cls(
            project_id=project_id,
            name=name,
            create_date_unix=create_date_unix,
            created_by_user_id=created_by_user_id,
            default_title_voice_ref_id=default_title_voice_ref_id,
            default_paragraph_voice_ref_id=default_paragraph_voice_ref_id,
            default_model_id=default_model_id,
            can_be_downloaded=can_be_downloaded,
            volume_normalization=volume_normalization,
            state=state,
            access_level=access_level,
            quality_check_on=quality_check_on,
            quality_check_on_when_bulk_convert=quality_check_on_when_bulk_convert,
            default_title_voice_id=default_title_voice_id,
            default_paragraph_voice_id=default_paragraph_voice_id,
            last_conversion_date_unix=last_conversion_date_unix,
            title=title,
            author=author,
            description=description,
            genres=genres,
            cover_image_url=cover_image_url,
            target_audience=target_audience,
            language=language,
            content_type=content_type,
            original_publication_date=original_publication_date,
            mature_content=mature_content,
            isbn_number=isbn_number,
            fiction=fiction,
            creation_meta=creation_meta,
            source_type=source_type,
            chapters_enabled=chapters_enabled,
            captions_enabled=captions_enabled,
            caption_style=caption_style,
            caption_style_template_overrides=caption_style_template_overrides,
            public_share_id=public_share_id,
            aspect_ratio=aspect_ratio,
            agent_settings=agent_settings,
        )

        studio_project.additional_properties = d
        return studio_project

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
        StudioAgentSettingsModel, \
        StudioCaptionStyle, \
        StudioProjectCaptionStyleTemplateOverridesType0, \
        StudioProjectCreationMeta
    from ..models.studio_agent_settings_model import StudioAgentSettingsModel  # noqa: F401
    from ..models.studio_caption_style import StudioCaptionStyle  # noqa: F401
    from ..models.studio_project_caption_style_template_overrides_type_0 import (
        StudioProjectCaptionStyleTemplateOverridesType0,  # noqa: F401
    )
    from ..models.studio_project_creation_meta import StudioProjectCreationMeta  # noqa: F401

    _nested_models_loaded = True
