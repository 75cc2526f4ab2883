"""Contract calls for the dubbing area: dubbing projects, the Dubbing Studio resource
endpoints, and ``GET /docs``."""

from __future__ import annotations

import json
from typing import Any

from elevenlabs_api.api.docs import docs_redirect
from elevenlabs_api.api.dubbing import (
    dubbing_create,
    dubbing_delete,
    dubbing_get,
    dubbing_get_audio,
    dubbing_list,
    dubbing_resource_add_language,
    dubbing_resource_create_segment,
    dubbing_resource_delete_segment,
    dubbing_resource_dub,
    dubbing_resource_get,
    dubbing_resource_render,
    dubbing_resource_similar_voices,
    dubbing_resource_transcribe,
    dubbing_resource_translate,
    dubbing_resource_update_segment,
    dubbing_resource_update_speaker,
)
from elevenlabs_api.models import (
    DubbingCreated,
    DubbingCreateForm,
    DubbingDeleted,
    DubbingLanguageAdd,
    DubbingMetadata,
    DubbingPage,
    DubbingRenderRequest,
    DubbingRenderStarted,
    DubbingResource,
    DubbingResourceVersion,
    DubbingSegmentCreate,
    DubbingSegmentCreated,
    DubbingSegmentSelection,
    DubbingSegmentUpdate,
    DubbingSimilarVoices,
    DubbingSpeakerUpdate,
    DubbingTranscribeRequest,
)
from elevenlabs_api.types import File, Response

from elevenlabs_ext import ElevenLabs

from .support import Op, audio

DUBBING_ID = "9zJkP4sWm2XqLr7TcN0b"
SPEAKER_ID = "spk_0"
SEGMENT_ID = "seg_0"
LANGUAGE = "es"
GENERATED_VOICE_ID = "37HceQefKmEi3bGovXjL"
READ_TEXT = (
    "The lighthouse keeper climbed the stairs at dusk, lit the lamp, and watched the ships "
    "turn slowly toward the harbour."
)


def dubbed_file(client: ElevenLabs) -> Response[Any]:
    """The dubbed file is audio or video, both declared as binary."""
    response = dubbing_get_audio.sync_detailed(DUBBING_ID, LANGUAGE, client=client)
    content_type = response.headers.get("content-type", "").split(";")[0]
    assert content_type in ("audio/mpeg", "video/mp4"), content_type
    return response


def docs(client: ElevenLabs) -> Response[Any]:
    """``GET /docs`` is declared as the reference has it: a 200 whose JSON body has no fixed
    shape. The generated code leaves it unparsed (``parsed`` is None), so check here that
    the answer is the JSON the spec promises."""
    response = docs_redirect.sync_detailed(client=client)
    assert response.headers.get("content-type", "").startswith("application/json"), response.headers
    json.loads(response.content)
    assert response.parsed is None
    return response


OPERATIONS: dict[str, Op] = {
    # dubbing projects
    "dubbing_list": Op(
        lambda c: dubbing_list.sync_detailed(client=c, page_size=10, dubbing_status="dubbed"), DubbingPage
    ),
    "dubbing_create": Op(
        lambda c: dubbing_create.sync_detailed(
            client=c, body=DubbingCreateForm(file=audio(), target_lang=LANGUAGE, num_speakers=1)
        ),
        DubbingCreated,
    ),
    "dubbing_get": Op(lambda c: dubbing_get.sync_detailed(DUBBING_ID, client=c), DubbingMetadata),
    "dubbing_delete": Op(lambda c: dubbing_delete.sync_detailed(DUBBING_ID, client=c), DubbingDeleted),
    "dubbing_get_audio": Op(dubbed_file, File),
    # Dubbing Studio resource
    "dubbing_resource_get": Op(lambda c: dubbing_resource_get.sync_detailed(DUBBING_ID, client=c), DubbingResource),
    "dubbing_resource_add_language": Op(
        lambda c: dubbing_resource_add_language.sync_detailed(
            DUBBING_ID, client=c, body=DubbingLanguageAdd(language="fr")
        ),
        DubbingResourceVersion,
    ),
    "dubbing_resource_create_segment": Op(
        lambda c: dubbing_resource_create_segment.sync_detailed(
            DUBBING_ID,
            SPEAKER_ID,
            client=c,
            body=DubbingSegmentCreate(start_time=1.5, end_time=3.25, text="Hello everyone."),
        ),
        DubbingSegmentCreated,
    ),
    "dubbing_resource_update_segment": Op(
        lambda c: dubbing_resource_update_segment.sync_detailed(
            DUBBING_ID, SEGMENT_ID, LANGUAGE, client=c, body=DubbingSegmentUpdate(text="Hola a todos.")
        ),
        DubbingResourceVersion,
    ),
    "dubbing_resource_delete_segment": Op(
        lambda c: dubbing_resource_delete_segment.sync_detailed(DUBBING_ID, SEGMENT_ID, client=c),
        DubbingResourceVersion,
    ),
    "dubbing_resource_transcribe": Op(
        lambda c: dubbing_resource_transcribe.sync_detailed(
            DUBBING_ID, client=c, body=DubbingTranscribeRequest(segments=[SEGMENT_ID])
        ),
        DubbingResourceVersion,
    ),
    "dubbing_resource_translate": Op(
        lambda c: dubbing_resource_translate.sync_detailed(
            DUBBING_ID, client=c, body=DubbingSegmentSelection(segments=[SEGMENT_ID], languages=None)
        ),
        DubbingResourceVersion,
    ),
    "dubbing_resource_dub": Op(
        lambda c: dubbing_resource_dub.sync_detailed(
            DUBBING_ID, client=c, body=DubbingSegmentSelection(segments=[SEGMENT_ID], languages=[LANGUAGE])
        ),
        DubbingResourceVersion,
    ),
    "dubbing_resource_update_speaker": Op(
        lambda c: dubbing_resource_update_speaker.sync_detailed(
            DUBBING_ID, SPEAKER_ID, client=c, body=DubbingSpeakerUpdate(voice_id="21m00Tcm4TlvDq8ikWAM")
        ),
        DubbingResourceVersion,
    ),
    "dubbing_resource_similar_voices": Op(
        lambda c: dubbing_resource_similar_voices.sync_detailed(DUBBING_ID, SPEAKER_ID, client=c),
        DubbingSimilarVoices,
    ),
    "dubbing_resource_render": Op(
        lambda c: dubbing_resource_render.sync_detailed(
            DUBBING_ID, LANGUAGE, client=c, body=DubbingRenderRequest(render_type="mp4")
        ),
        DubbingRenderStarted,
    ),
    # documentation redirect
    "docs_redirect": Op(docs, type(None)),
}
