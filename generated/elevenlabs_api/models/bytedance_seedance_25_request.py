from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.bytedance_seedance_25_request_aspect_ratio import (
    BytedanceSeedance25RequestAspectRatio,
    check_bytedance_seedance_25_request_aspect_ratio,
)
from ..models.bytedance_seedance_25_request_resolution import (
    BytedanceSeedance25RequestResolution,
    check_bytedance_seedance_25_request_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generation_reference import GenerationReference
    from ..models.inline_audio_reference import InlineAudioReference
    from ..models.inline_image_reference import InlineImageReference
    from ..models.inline_video_reference import InlineVideoReference
    from ..models.static_asset_reference import StaticAssetReference
    from ..models.webhook_target_all import WebhookTargetAll
    from ..models.webhook_target_ids import WebhookTargetIds


T = TypeVar("T", bound="BytedanceSeedance25Request")


@_attrs_define
class BytedanceSeedance25Request:
    """
    Attributes:
        model_id (Literal['bytedance-seedance-v2.5']):
        prompt (str):
        webhook (None | Unset | WebhookTargetAll | WebhookTargetIds):
        aspect_ratio (BytedanceSeedance25RequestAspectRatio | Unset):  Default: '16:9'.
        resolution (BytedanceSeedance25RequestResolution | Unset):  Default: '720p'.
        duration_secs (int | Unset):  Default: 5.
        generate_audio (bool | Unset):  Default: True.
        start_frame (GenerationReference | InlineImageReference | None | StaticAssetReference | Unset):
        end_frame (GenerationReference | InlineImageReference | None | StaticAssetReference | Unset):
        images (list[GenerationReference | InlineImageReference | StaticAssetReference] | Unset):
        videos (list[GenerationReference | InlineVideoReference | StaticAssetReference] | Unset):
        audios (list[GenerationReference | InlineAudioReference | StaticAssetReference] | Unset):
    """

    model_id: Literal["bytedance-seedance-v2.5"]
    prompt: str
    webhook: None | Unset | WebhookTargetAll | WebhookTargetIds = UNSET
    aspect_ratio: BytedanceSeedance25RequestAspectRatio | Unset = "16:9"
    resolution: BytedanceSeedance25RequestResolution | Unset = "720p"
    duration_secs: int | Unset = 5
    generate_audio: bool | Unset = True
    start_frame: GenerationReference | InlineImageReference | None | StaticAssetReference | Unset = UNSET
    end_frame: GenerationReference | InlineImageReference | None | StaticAssetReference | Unset = UNSET
    images: list[GenerationReference | InlineImageReference | StaticAssetReference] | Unset = UNSET
    videos: list[GenerationReference | InlineVideoReference | StaticAssetReference] | Unset = UNSET
    audios: list[GenerationReference | InlineAudioReference | StaticAssetReference] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        model_id = self.model_id

        prompt = self.prompt

        webhook: dict[str, Any] | None | Unset
        if isinstance(self.webhook, Unset):
            webhook = UNSET
        elif isinstance(self.webhook, WebhookTargetAll):
            webhook = self.webhook.to_dict()
        elif isinstance(self.webhook, WebhookTargetIds):
            webhook = self.webhook.to_dict()
        else:
            webhook = self.webhook

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration_secs = self.duration_secs

        generate_audio = self.generate_audio

        start_frame: dict[str, Any] | None | Unset
        if isinstance(self.start_frame, Unset):
            start_frame = UNSET
        elif isinstance(self.start_frame, GenerationReference):
            start_frame = self.start_frame.to_dict()
        elif isinstance(self.start_frame, StaticAssetReference):
            start_frame = self.start_frame.to_dict()
        elif isinstance(self.start_frame, InlineImageReference):
            start_frame = self.start_frame.to_dict()
        else:
            start_frame = self.start_frame

        end_frame: dict[str, Any] | None | Unset
        if isinstance(self.end_frame, Unset):
            end_frame = UNSET
        elif isinstance(self.end_frame, GenerationReference):
            end_frame = self.end_frame.to_dict()
        elif isinstance(self.end_frame, StaticAssetReference):
            end_frame = self.end_frame.to_dict()
        elif isinstance(self.end_frame, InlineImageReference):
            end_frame = self.end_frame.to_dict()
        else:
            end_frame = self.end_frame

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item: dict[str, Any]
                if isinstance(images_item_data, GenerationReference):
                    images_item = images_item_data.to_dict()
                elif isinstance(images_item_data, StaticAssetReference):
                    images_item = images_item_data.to_dict()
                else:
                    images_item = images_item_data.to_dict()

                images.append(images_item)

        videos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = []
            for videos_item_data in self.videos:
                videos_item: dict[str, Any]
                if isinstance(videos_item_data, GenerationReference):
                    videos_item = videos_item_data.to_dict()
                elif isinstance(videos_item_data, StaticAssetReference):
                    videos_item = videos_item_data.to_dict()
                else:
                    videos_item = videos_item_data.to_dict()

                videos.append(videos_item)

        audios: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audios, Unset):
            audios = []
            for audios_item_data in self.audios:
                audios_item: dict[str, Any]
                if isinstance(audios_item_data, GenerationReference):
                    audios_item = audios_item_data.to_dict()
                elif isinstance(audios_item_data, StaticAssetReference):
                    audios_item = audios_item_data.to_dict()
                else:
                    audios_item = audios_item_data.to_dict()

                audios.append(audios_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model_id": model_id,
                "prompt": prompt,
            }
        )
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration_secs is not UNSET:
            field_dict["duration_secs"] = duration_secs
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if start_frame is not UNSET:
            field_dict["start_frame"] = start_frame
        if end_frame is not UNSET:
            field_dict["end_frame"] = end_frame
        if images is not UNSET:
            field_dict["images"] = images
        if videos is not UNSET:
            field_dict["videos"] = videos
        if audios is not UNSET:
            field_dict["audios"] = audios

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        model_id = cast(Literal["bytedance-seedance-v2.5"], d.pop("model_id"))
        if model_id != "bytedance-seedance-v2.5":
            raise ValueError(f"model_id must match const 'bytedance-seedance-v2.5', got '{model_id}'")

        prompt = d.pop("prompt")

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

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: BytedanceSeedance25RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_bytedance_seedance_25_request_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: BytedanceSeedance25RequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_bytedance_seedance_25_request_resolution(_resolution)

        duration_secs = d.pop("duration_secs", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        def _parse_start_frame(
            data: object,
        ) -> GenerationReference | InlineImageReference | None | StaticAssetReference | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_image_reference_type_2 = InlineImageReference.from_dict(data)

                return componentsschemas_image_reference_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GenerationReference | InlineImageReference | None | StaticAssetReference | Unset, data)

        start_frame = _parse_start_frame(d.pop("start_frame", UNSET))

        def _parse_end_frame(
            data: object,
        ) -> GenerationReference | InlineImageReference | None | StaticAssetReference | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_image_reference_type_2 = InlineImageReference.from_dict(data)

                return componentsschemas_image_reference_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GenerationReference | InlineImageReference | None | StaticAssetReference | Unset, data)

        end_frame = _parse_end_frame(d.pop("end_frame", UNSET))

        _images = d.pop("images", UNSET)
        images: list[GenerationReference | InlineImageReference | StaticAssetReference] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:

                def _parse_images_item(
                    data: object,
                ) -> GenerationReference | InlineImageReference | StaticAssetReference:
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

                images_item = _parse_images_item(images_item_data)

                images.append(images_item)

        _videos = d.pop("videos", UNSET)
        videos: list[GenerationReference | InlineVideoReference | StaticAssetReference] | Unset = UNSET
        if _videos is not UNSET:
            videos = []
            for videos_item_data in _videos:

                def _parse_videos_item(
                    data: object,
                ) -> GenerationReference | InlineVideoReference | StaticAssetReference:
                    if isinstance(data, dict):
                        if data.get("type") == "generation":
                            componentsschemas_video_reference_type_0 = GenerationReference.from_dict(data)

                            return componentsschemas_video_reference_type_0
                        if data.get("type") == "asset":
                            componentsschemas_video_reference_type_1 = StaticAssetReference.from_dict(data)

                            return componentsschemas_video_reference_type_1
                        if data.get("type") == "inline_base64":
                            componentsschemas_video_reference_type_2 = InlineVideoReference.from_dict(data)

                            return componentsschemas_video_reference_type_2

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_video_reference_type_0 = GenerationReference.from_dict(data)

                        return componentsschemas_video_reference_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_video_reference_type_1 = StaticAssetReference.from_dict(data)

                        return componentsschemas_video_reference_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_video_reference_type_2 = InlineVideoReference.from_dict(data)

                    return componentsschemas_video_reference_type_2

                videos_item = _parse_videos_item(videos_item_data)

                videos.append(videos_item)

        _audios = d.pop("audios", UNSET)
        audios: list[GenerationReference | InlineAudioReference | StaticAssetReference] | Unset = UNSET
        if _audios is not UNSET:
            audios = []
            for audios_item_data in _audios:

                def _parse_audios_item(
                    data: object,
                ) -> GenerationReference | InlineAudioReference | StaticAssetReference:
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

                audios_item = _parse_audios_item(audios_item_data)

                audios.append(audios_item)

        bytedance_seedance_25_request = cls(
            model_id=model_id,
            prompt=prompt,
            webhook=webhook,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration_secs=duration_secs,
            generate_audio=generate_audio,
            start_frame=start_frame,
            end_frame=end_frame,
            images=images,
            videos=videos,
            audios=audios,
        )

        return bytedance_seedance_25_request


_nested_models_loaded = False


def _load_nested_models() -> None:
    global \
        _nested_models_loaded, \
        GenerationReference, \
        InlineAudioReference, \
        InlineImageReference, \
        InlineVideoReference, \
        StaticAssetReference, \
        WebhookTargetAll, \
        WebhookTargetIds
    from ..models.generation_reference import GenerationReference  # noqa: F401
    from ..models.inline_audio_reference import InlineAudioReference  # noqa: F401
    from ..models.inline_image_reference import InlineImageReference  # noqa: F401
    from ..models.inline_video_reference import InlineVideoReference  # noqa: F401
    from ..models.static_asset_reference import StaticAssetReference  # noqa: F401
    from ..models.webhook_target_all import WebhookTargetAll  # noqa: F401
    from ..models.webhook_target_ids import WebhookTargetIds  # noqa: F401

    _nested_models_loaded = True
