from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_category import VoiceCategory, check_voice_category
from ..models.voice_labelling_status_type_0 import VoiceLabellingStatusType0, check_voice_labelling_status_type_0
from ..models.voice_recording_quality_type_0 import VoiceRecordingQualityType0, check_voice_recording_quality_type_0
from ..models.voice_safety_control_type_0 import VoiceSafetyControlType0, check_voice_safety_control_type_0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tuning import FineTuning
    from ..models.verified_voice_language import VerifiedVoiceLanguage
    from ..models.voice_labels import VoiceLabels
    from ..models.voice_sample import VoiceSample
    from ..models.voice_settings import VoiceSettings
    from ..models.voice_sharing import VoiceSharing
    from ..models.voice_verification import VoiceVerification


T = TypeVar("T", bound="Voice")


@_attrs_define
class Voice:
    """A voice with its samples, settings, training, sharing and verification state.

    Attributes:
        voice_id (str):
        name (str):
        category (VoiceCategory): Where a voice comes from.
        labels (VoiceLabels): Free-form tags such as accent, age or gender.
        available_for_tiers (list[str]): Subscription tiers that may use the voice.
        high_quality_base_model_ids (list[str]): Models for which a high-quality version of the voice exists.
        samples (list[VoiceSample] | None | Unset): Recordings the voice was built from; null for voices without
            samples.
        fine_tuning (FineTuning | None | Unset): Professional-clone training state.
        description (None | str | Unset):
        preview_url (None | str | Unset): Short public demo clip.
        settings (None | Unset | VoiceSettings): Stored default settings of the voice.
        sharing (None | Unset | VoiceSharing): Present when the voice is (or was) published to the library.
        verified_languages (list[VerifiedVoiceLanguage] | None | Unset):
        collection_ids (list[str] | None | Unset):
        safety_control (None | Unset | VoiceSafetyControlType0): Safety restriction applied to the voice, if any.
        voice_verification (None | Unset | VoiceVerification):
        permission_on_resource (None | str | Unset): The caller's access level on this voice.
        is_owner (bool | None | Unset):
        is_legacy (bool | Unset):  Default: False.
        is_mixed (bool | Unset):  Default: False.
        favorited_at_unix (int | None | Unset):
        created_at_unix (int | None | Unset): Creation time in Unix seconds; missing for old voices.
        is_bookmarked (bool | None | Unset):
        recording_quality (None | Unset | VoiceRecordingQualityType0):
        labelling_status (None | Unset | VoiceLabellingStatusType0):
        recording_quality_reason (None | str | Unset):
    """

    voice_id: str
    name: str
    category: VoiceCategory
    labels: VoiceLabels
    available_for_tiers: list[str]
    high_quality_base_model_ids: list[str]
    samples: list[VoiceSample] | None | Unset = UNSET
    fine_tuning: FineTuning | None | Unset = UNSET
    description: None | str | Unset = UNSET
    preview_url: None | str | Unset = UNSET
    settings: None | Unset | VoiceSettings = UNSET
    sharing: None | Unset | VoiceSharing = UNSET
    verified_languages: list[VerifiedVoiceLanguage] | None | Unset = UNSET
    collection_ids: list[str] | None | Unset = UNSET
    safety_control: None | Unset | VoiceSafetyControlType0 = UNSET
    voice_verification: None | Unset | VoiceVerification = UNSET
    permission_on_resource: None | str | Unset = UNSET
    is_owner: bool | None | Unset = UNSET
    is_legacy: bool | Unset = False
    is_mixed: bool | Unset = False
    favorited_at_unix: int | None | Unset = UNSET
    created_at_unix: int | None | Unset = UNSET
    is_bookmarked: bool | None | Unset = UNSET
    recording_quality: None | Unset | VoiceRecordingQualityType0 = UNSET
    labelling_status: None | Unset | VoiceLabellingStatusType0 = UNSET
    recording_quality_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        voice_id = self.voice_id

        name = self.name

        category: str = self.category

        labels = self.labels.to_dict()

        available_for_tiers = self.available_for_tiers

        high_quality_base_model_ids = self.high_quality_base_model_ids

        samples: list[dict[str, Any]] | None | Unset
        if isinstance(self.samples, Unset):
            samples = UNSET
        elif isinstance(self.samples, list):
            samples = []
            for samples_type_0_item_data in self.samples:
                samples_type_0_item = samples_type_0_item_data.to_dict()
                samples.append(samples_type_0_item)

        else:
            samples = self.samples

        fine_tuning: dict[str, Any] | None | Unset
        if isinstance(self.fine_tuning, Unset):
            fine_tuning = UNSET
        elif isinstance(self.fine_tuning, FineTuning):
            fine_tuning = self.fine_tuning.to_dict()
        else:
            fine_tuning = self.fine_tuning

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

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, VoiceSettings):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        sharing: dict[str, Any] | None | Unset
        if isinstance(self.sharing, Unset):
            sharing = UNSET
        elif isinstance(self.sharing, VoiceSharing):
            sharing = self.sharing.to_dict()
        else:
            sharing = self.sharing

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

        collection_ids: list[str] | None | Unset
        if isinstance(self.collection_ids, Unset):
            collection_ids = UNSET
        elif isinstance(self.collection_ids, list):
            collection_ids = self.collection_ids

        else:
            collection_ids = self.collection_ids

        safety_control: None | str | Unset
        if isinstance(self.safety_control, Unset):
            safety_control = UNSET
        elif isinstance(self.safety_control, str):
            safety_control = self.safety_control
        else:
            safety_control = self.safety_control

        voice_verification: dict[str, Any] | None | Unset
        if isinstance(self.voice_verification, Unset):
            voice_verification = UNSET
        elif isinstance(self.voice_verification, VoiceVerification):
            voice_verification = self.voice_verification.to_dict()
        else:
            voice_verification = self.voice_verification

        permission_on_resource: None | str | Unset
        if isinstance(self.permission_on_resource, Unset):
            permission_on_resource = UNSET
        else:
            permission_on_resource = self.permission_on_resource

        is_owner: bool | None | Unset
        if isinstance(self.is_owner, Unset):
            is_owner = UNSET
        else:
            is_owner = self.is_owner

        is_legacy = self.is_legacy

        is_mixed = self.is_mixed

        favorited_at_unix: int | None | Unset
        if isinstance(self.favorited_at_unix, Unset):
            favorited_at_unix = UNSET
        else:
            favorited_at_unix = self.favorited_at_unix

        created_at_unix: int | None | Unset
        if isinstance(self.created_at_unix, Unset):
            created_at_unix = UNSET
        else:
            created_at_unix = self.created_at_unix

        is_bookmarked: bool | None | Unset
        if isinstance(self.is_bookmarked, Unset):
            is_bookmarked = UNSET
        else:
            is_bookmarked = self.is_bookmarked

        recording_quality: None | str | Unset
        if isinstance(self.recording_quality, Unset):
            recording_quality = UNSET
        elif isinstance(self.recording_quality, str):
            recording_quality = self.recording_quality
        else:
            recording_quality = self.recording_quality

        labelling_status: None | str | Unset
        if isinstance(self.labelling_status, Unset):
            labelling_status = UNSET
        elif isinstance(self.labelling_status, str):
            labelling_status = self.labelling_status
        else:
            labelling_status = self.labelling_status

        recording_quality_reason: None | str | Unset
        if isinstance(self.recording_quality_reason, Unset):
            recording_quality_reason = UNSET
        else:
            recording_quality_reason = self.recording_quality_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "name": name,
                "category": category,
                "labels": labels,
                "available_for_tiers": available_for_tiers,
                "high_quality_base_model_ids": high_quality_base_model_ids,
            }
        )
        if samples is not UNSET:
            field_dict["samples"] = samples
        if fine_tuning is not UNSET:
            field_dict["fine_tuning"] = fine_tuning
        if description is not UNSET:
            field_dict["description"] = description
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        if settings is not UNSET:
            field_dict["settings"] = settings
        if sharing is not UNSET:
            field_dict["sharing"] = sharing
        if verified_languages is not UNSET:
            field_dict["verified_languages"] = verified_languages
        if collection_ids is not UNSET:
            field_dict["collection_ids"] = collection_ids
        if safety_control is not UNSET:
            field_dict["safety_control"] = safety_control
        if voice_verification is not UNSET:
            field_dict["voice_verification"] = voice_verification
        if permission_on_resource is not UNSET:
            field_dict["permission_on_resource"] = permission_on_resource
        if is_owner is not UNSET:
            field_dict["is_owner"] = is_owner
        if is_legacy is not UNSET:
            field_dict["is_legacy"] = is_legacy
        if is_mixed is not UNSET:
            field_dict["is_mixed"] = is_mixed
        if favorited_at_unix is not UNSET:
            field_dict["favorited_at_unix"] = favorited_at_unix
        if created_at_unix is not UNSET:
            field_dict["created_at_unix"] = created_at_unix
        if is_bookmarked is not UNSET:
            field_dict["is_bookmarked"] = is_bookmarked
        if recording_quality is not UNSET:
            field_dict["recording_quality"] = recording_quality
        if labelling_status is not UNSET:
            field_dict["labelling_status"] = labelling_status
        if recording_quality_reason is not UNSET:
            field_dict["recording_quality_reason"] = recording_quality_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        voice_id = d.pop("voice_id")

        name = d.pop("name")

        category = check_voice_category(d.pop("category"))

        labels = VoiceLabels.from_dict(d.pop("labels"))

        available_for_tiers = cast(list[str], d.pop("available_for_tiers"))

        high_quality_base_model_ids = cast(list[str], d.pop("high_quality_base_model_ids"))

        def _parse_samples(data: object) -> list[VoiceSample] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                samples_type_0 = []
                _samples_type_0 = data
                for samples_type_0_item_data in _samples_type_0:
                    samples_type_0_item = VoiceSample.from_dict(samples_type_0_item_data)

                    samples_type_0.append(samples_type_0_item)

                return samples_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VoiceSample] | None | Unset, data)

        samples = _parse_samples(d.pop("samples", UNSET))

        def _parse_fine_tuning(data: object) -> FineTuning | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fine_tuning_type_0 = FineTuning.from_dict(data)

                return fine_tuning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuning | None | Unset, data)

        fine_tuning = _parse_fine_tuning(d.pop("fine_tuning", UNSET))

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

        def _parse_settings(data: object) -> None | Unset | VoiceSettings:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = VoiceSettings.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoiceSettings, data)

        settings = _parse_settings(d.pop("settings", UNSET))

        def _parse_sharing(data: object) -> None | Unset | VoiceSharing:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sharing_type_0 = VoiceSharing.from_dict(data)

                return sharing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoiceSharing, data)

        sharing = _parse_sharing(d.pop("sharing", UNSET))

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

        def _parse_collection_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                collection_ids_type_0 = cast(list[str], data)

                return collection_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        collection_ids = _parse_collection_ids(d.pop("collection_ids", UNSET))

        def _parse_safety_control(data: object) -> None | Unset | VoiceSafetyControlType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                safety_control_type_0 = check_voice_safety_control_type_0(data)

                return safety_control_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoiceSafetyControlType0, data)

        safety_control = _parse_safety_control(d.pop("safety_control", UNSET))

        def _parse_voice_verification(data: object) -> None | Unset | VoiceVerification:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_verification_type_0 = VoiceVerification.from_dict(data)

                return voice_verification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoiceVerification, data)

        voice_verification = _parse_voice_verification(d.pop("voice_verification", UNSET))

        def _parse_permission_on_resource(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        permission_on_resource = _parse_permission_on_resource(d.pop("permission_on_resource", UNSET))

        def _parse_is_owner(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_owner = _parse_is_owner(d.pop("is_owner", UNSET))

        is_legacy = d.pop("is_legacy", UNSET)

        is_mixed = d.pop("is_mixed", UNSET)

        def _parse_favorited_at_unix(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        favorited_at_unix = _parse_favorited_at_unix(d.pop("favorited_at_unix", UNSET))

        def _parse_created_at_unix(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at_unix = _parse_created_at_unix(d.pop("created_at_unix", UNSET))

        def _parse_is_bookmarked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_bookmarked = _parse_is_bookmarked(d.pop("is_bookmarked", UNSET))

        def _parse_recording_quality(data: object) -> None | Unset | VoiceRecordingQualityType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recording_quality_type_0 = check_voice_recording_quality_type_0(data)

                return recording_quality_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoiceRecordingQualityType0, data)

        recording_quality = _parse_recording_quality(d.pop("recording_quality", UNSET))

        def _parse_labelling_status(data: object) -> None | Unset | VoiceLabellingStatusType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                labelling_status_type_0 = check_voice_labelling_status_type_0(data)

                return labelling_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoiceLabellingStatusType0, data)

        labelling_status = _parse_labelling_status(d.pop("labelling_status", UNSET))

        def _parse_recording_quality_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recording_quality_reason = _parse_recording_quality_reason(d.pop("recording_quality_reason", UNSET))

        voice = cls(
            voice_id=voice_id,
            name=name,
            category=category,
            labels=labels,
            available_for_tiers=available_for_tiers,
            high_quality_base_model_ids=high_quality_base_model_ids,
            samples=samples,
            fine_tuning=fine_tuning,
            description=description,
            preview_url=preview_url,
            settings=settings,
            sharing=sharing,
            verified_languages=verified_languages,
            collection_ids=collection_ids,
            safety_control=safety_control,
            voice_verification=voice_verification,
            permission_on_resource=permission_on_resource,
            is_owner=is_owner,
            is_legacy=is_legacy,
            is_mixed=is_mixed,
            favorited_at_unix=favorited_at_unix,
            created_at_unix=created_at_unix,
            is_bookmarked=is_bookmarked,
            recording_quality=recording_quality,
            labelling_status=labelling_status,
            recording_quality_reason=recording_quality_reason,
        )

        voice.additional_properties = d
        return voice

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
        FineTuning, \
        VerifiedVoiceLanguage, \
        VoiceLabels, \
        VoiceSample, \
        VoiceSettings, \
        VoiceSharing, \
        VoiceVerification
    from ..models.fine_tuning import FineTuning  # noqa: F401
    from ..models.verified_voice_language import VerifiedVoiceLanguage  # noqa: F401
    from ..models.voice_labels import VoiceLabels  # noqa: F401
    from ..models.voice_sample import VoiceSample  # noqa: F401
    from ..models.voice_settings import VoiceSettings  # noqa: F401
    from ..models.voice_sharing import VoiceSharing  # noqa: F401
    from ..models.voice_verification import VoiceVerification  # noqa: F401

    _nested_models_loaded = True
