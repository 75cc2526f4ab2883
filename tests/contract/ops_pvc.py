"""Contract registry of the professional voice cloning (pvc) operations."""

from __future__ import annotations

import io

from elevenlabs_api.api.pvc import (
    pvc_captcha_get,
    pvc_captcha_verify,
    pvc_create,
    pvc_edit,
    pvc_samples_add,
    pvc_samples_delete,
    pvc_samples_get_audio,
    pvc_samples_get_waveform,
    pvc_samples_update,
    pvc_speakers_get_audio,
    pvc_speakers_get_separation,
    pvc_speakers_separate,
    pvc_train,
    pvc_verification_request,
)
from elevenlabs_api.models import (
    AddSharedVoiceResult,
    OkStatus,
    PvcCaptchaForm,
    PvcSampleAudio,
    PvcSamplesForm,
    PvcSampleUpdateRequest,
    PvcSampleWaveform,
    PvcSpeakerAudio,
    PvcTrainingRequest,
    PvcVerificationForm,
    PvcVoiceCreateRequest,
    PvcVoiceEditRequest,
    SpeakerSeparation,
    VoiceSample,
)
from elevenlabs_api.types import File

from .support import Op, audio

VOICE_ID = "21m00Tcm4TlvDq8ikWAM"
SAMPLE_ID = "VW7YKqPnjY4h39yTbx2L"
SPEAKER_ID = "speaker_0"


def document() -> File:
    return File(payload=io.BytesIO(b"%PDF-1.4\n%%EOF\n"), file_name="consent.pdf", mime_type="application/pdf")


OPERATIONS: dict[str, Op] = {
    "pvc_create": Op(
        lambda c: pvc_create.sync_detailed(client=c, body=PvcVoiceCreateRequest(name="Narrator", language="en")),
        AddSharedVoiceResult,
    ),
    "pvc_edit": Op(
        lambda c: pvc_edit.sync_detailed(VOICE_ID, client=c, body=PvcVoiceEditRequest(name="Renamed")),
        AddSharedVoiceResult,
    ),
    "pvc_samples_add": Op(
        lambda c: pvc_samples_add.sync_detailed(
            VOICE_ID, client=c, body=PvcSamplesForm(files=[audio(), audio("b.mp3")])
        ),
        list[VoiceSample],
    ),
    "pvc_samples_update": Op(
        lambda c: pvc_samples_update.sync_detailed(
            VOICE_ID,
            SAMPLE_ID,
            client=c,
            body=PvcSampleUpdateRequest(selected_speaker_ids=[SPEAKER_ID], trim_start_time=0, trim_end_time=5000),
        ),
        AddSharedVoiceResult,
    ),
    "pvc_samples_delete": Op(lambda c: pvc_samples_delete.sync_detailed(VOICE_ID, SAMPLE_ID, client=c), OkStatus),
    "pvc_samples_get_audio": Op(
        lambda c: pvc_samples_get_audio.sync_detailed(VOICE_ID, SAMPLE_ID, client=c, remove_background_noise=True),
        PvcSampleAudio,
    ),
    "pvc_samples_get_waveform": Op(
        lambda c: pvc_samples_get_waveform.sync_detailed(VOICE_ID, SAMPLE_ID, client=c), PvcSampleWaveform
    ),
    "pvc_speakers_get_separation": Op(
        lambda c: pvc_speakers_get_separation.sync_detailed(VOICE_ID, SAMPLE_ID, client=c), SpeakerSeparation
    ),
    "pvc_speakers_separate": Op(lambda c: pvc_speakers_separate.sync_detailed(VOICE_ID, SAMPLE_ID, client=c), OkStatus),
    "pvc_speakers_get_audio": Op(
        lambda c: pvc_speakers_get_audio.sync_detailed(VOICE_ID, SAMPLE_ID, SPEAKER_ID, client=c), PvcSpeakerAudio
    ),
    # The reference declares no body for the captcha, so nothing is parsed.
    "pvc_captcha_get": Op(lambda c: pvc_captcha_get.sync_detailed(VOICE_ID, client=c), type(None)),
    "pvc_captcha_verify": Op(
        lambda c: pvc_captcha_verify.sync_detailed(VOICE_ID, client=c, body=PvcCaptchaForm(recording=audio())),
        OkStatus,
    ),
    "pvc_train": Op(
        lambda c: pvc_train.sync_detailed(
            VOICE_ID, client=c, body=PvcTrainingRequest(model_id="eleven_multilingual_v2")
        ),
        OkStatus,
    ),
    "pvc_verification_request": Op(
        lambda c: pvc_verification_request.sync_detailed(
            VOICE_ID, client=c, body=PvcVerificationForm(files=[document()], extra_text="Recorded in our studio.")
        ),
        OkStatus,
    ),
}
