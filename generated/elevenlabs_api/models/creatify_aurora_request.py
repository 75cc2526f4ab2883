from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.creatify_aurora_request_resolution import (
    CreatifyAuroraRequestResolution,
    check_creatify_aurora_request_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generation_reference import GenerationReference
    from ..models.inline_audio_reference import InlineAudioReference
    from ..models.inline_image_reference import InlineImageReference
    from ..models.static_asset_reference import StaticAssetReference
    from ..models.webhook_target_all import WebhookTargetAll
    from ..models.webhook_target_ids import WebhookTargetIds


T = TypeVar("T", bound="CreatifyAuroraRequest")


@_attrs_define
class CreatifyAuroraRequest:
    """
    Attributes:
        model_id (Literal['creatify-aurora']):
        image (GenerationReference | InlineImageReference | StaticAssetReference):
        audio (GenerationReference | InlineAudioReference | StaticAssetReference):
        webhook (None | Unset | WebhookTargetAll | WebhookTargetIds):
        resolution (CreatifyAuroraRequestResolution | Unset):  Default: '720p'.
        guidance_scale (float | None | Unset):
        audio_guidance_scale (float | None | Unset):
    """

    model_id: Literal["creatify-aurora"]
    image: GenerationReference | InlineImageReference | StaticAssetReference
    audio: GenerationReference | InlineAudioReference | StaticAssetReference
    webhook: None | Unset | WebhookTargetAll | WebhookTargetIds = UNSET
    resolution: CreatifyAuroraRequestResolution | Unset = "720p"
    guidance_scale: float | None | Unset = UNSET
    audio_guidance_scale: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        model_id = self.model_id

        image: dict[str, Any]
        if isinstance(self.image, GenerationReference):
            image = self.image.to_dict()
        elif isinstance(self.image, StaticAssetReference):
            image = self.image.to_dict()
        else:
            image = self.image.to_dict()

        audio: dict[str, Any]
        if isinstance(self.audio, GenerationReference):
            audio = self.audio.to_dict()
        elif isinstance(self.audio, StaticAssetReference):
            audio = self.audio.to_dict()
        else:
            audio = self.audio.to_dict()

        webhook: dict[str, Any] | None | Unset
        if isinstance(self.webhook, Unset):
            webhook = UNSET
        elif isinstance(self.webhook, WebhookTargetAll):
            webhook = self.webhook.to_dict()
        elif isinstance(self.webhook, WebhookTargetIds):
            webhook = self.webhook.to_dict()
        else:
            webhook = self.webhook

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        guidance_scale: float | None | Unset
        if isinstance(self.guidance_scale, Unset):
            guidance_scale = UNSET
        else:
            guidance_scale = self.guidance_scale

        audio_guidance_scale: float | None | Unset
        if isinstance(self.audio_guidance_scale, Unset):
            audio_guidance_scale = UNSET
        else:
            audio_guidance_scale = self.audio_guidance_scale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model_id": model_id,
                "image": image,
                "audio": audio,
            }
        )
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if audio_guidance_scale is not UNSET:
            field_dict["audio_guidance_scale"] = audio_guidance_scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        model_id = cast(Literal["creatify-aurora"], d.pop("model_id"))
        if model_id != "creatify-aurora":
            raise ValueError(f"model_id must match const 'creatify-aurora', got '{model_id}'")

        def _parse_image(data: object) -> GenerationReference | InlineImageReference | StaticAssetReference:
            if isinstance(data, dict):
                if data.get("type") == "generation":
                    componentsschemas_image_reference_type_0 = GenerationReference.from_dict(data)

                    return componentsschemas_image_reference_type_0
                if data.get("type") == "asset":
                    componentsschemas_image_reference_type_1 = StaticAssetReference.from_dict(data)

                    return componentsschemas_image_reference_type_1
                if data.get("type") == "inline_base64":
                    componentsschemas_image_reference_type_2 = InlineImageReference.from_dict(data)

                    return componentsschemas_image_reference_type_2

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_image_reference_type_0 = GenerationReference.from_dict(data)

                return componentsschemas_image_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_image_reference_type_1 = StaticAssetReference.from_dict(data)

                return componentsschemas_image_reference_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_image_reference_type_2 = InlineImageReference.from_dict(data)

            return componentsschemas_image_reference_type_2

        image = _parse_image(d.pop("image"))

        def _parse_audio(data: object) -> GenerationReference | InlineAudioReference | StaticAssetReference:
            if isinstance(data, dict):
                if data.get("type") == "generation":
                    componentsschemas_audio_reference_type_0 = GenerationReference.from_dict(data)

                    return componentsschemas_audio_reference_type_0
                if data.get("type") == "asset":
                    componentsschemas_audio_reference_type_1 = StaticAssetReference.from_dict(data)

                    return componentsschemas_audio_reference_type_1
                if data.get("type") == "inline_base64":
                    componentsschemas_audio_reference_type_2 = InlineAudioReference.from_dict(data)

                    return componentsschemas_audio_reference_type_2

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audio_reference_type_0 = GenerationReference.from_dict(data)

                return componentsschemas_audio_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audio_reference_type_1 = StaticAssetReference.from_dict(data)

                return componentsschemas_audio_reference_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_audio_reference_type_2 = InlineAudioReference.from_dict(data)

            return componentsschemas_audio_reference_type_2

        audio = _parse_audio(d.pop("audio"))

        def _parse_webhook(data: object) -> None | Unset | WebhookTargetAll | WebhookTargetIds:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                if data.get("type") == "all":
                    componentsschemas_webhook_target_type_0 = WebhookTargetAll.from_dict(data)

                    return componentsschemas_webhook_target_type_0
                if data.get("type") == "ids":
                    componentsschemas_webhook_target_type_1 = WebhookTargetIds.from_dict(data)

                    return componentsschemas_webhook_target_type_1

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_target_type_0 = WebhookTargetAll.from_dict(data)

                return componentsschemas_webhook_target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_target_type_1 = WebhookTargetIds.from_dict(data)

                return componentsschemas_webhook_target_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookTargetAll | WebhookTargetIds, data)

        webhook = _parse_webhook(d.pop("webhook", UNSET))

        _resolution = d.pop("resolution", UNSET)
        resolution: CreatifyAuroraRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_creatify_aurora_request_resolution(_resolution)

        def _parse_guidance_scale(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        guidance_scale = _parse_guidance_scale(d.pop("guidance_scale", UNSET))

        def _parse_audio_guidance_scale(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        audio_guidance_scale = _parse_audio_guidance_scale(d.pop("audio_guidance_scale", UNSET))

        creatify_aurora_request = cls(
            model_id=model_id,
            image=image,
            audio=audio,
            webhook=webhook,
            resolution=resolution,
            guidance_scale=guidance_scale,
            audio_guidance_scale=audio_guidance_scale,
        )

        return creatify_aurora_request


_nested_models_loaded = False


def _load_nested_models() -> None:
    global \
        _nested_models_loaded, \
        GenerationReference, \
        InlineAudioReference, \
        InlineImageReference, \
        StaticAssetReference, \
        WebhookTargetAll, \
        WebhookTargetIds
    from ..models.generation_reference import GenerationReference  # noqa: F401
    from ..models.inline_audio_reference import InlineAudioReference  # noqa: F401
    from ..models.inline_image_reference import InlineImageReference  # noqa: F401
    from ..models.static_asset_reference import StaticAssetReference  # noqa: F401
    from ..models.webhook_target_all import WebhookTargetAll  # noqa: F401
    from ..models.webhook_target_ids import WebhookTargetIds  # noqa: F401

    _nested_models_loaded = True
