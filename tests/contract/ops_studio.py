"""Contract registry of the studio area: Studio projects, chapters, snapshots, podcasts,
and Audio Native projects."""

from __future__ import annotations

import io

from elevenlabs_api.api.audio_native import audio_native_create, audio_native_get_settings, audio_native_update_content
from elevenlabs_api.api.studio import (
    studio_chapter_snapshots_get,
    studio_chapter_snapshots_list,
    studio_chapter_snapshots_stream,
    studio_chapters_convert,
    studio_chapters_create,
    studio_chapters_delete,
    studio_chapters_get,
    studio_chapters_list,
    studio_chapters_update,
    studio_podcasts_create,
    studio_project_snapshots_archive,
    studio_project_snapshots_get,
    studio_project_snapshots_list,
    studio_project_snapshots_stream,
    studio_projects_convert,
    studio_projects_create,
    studio_projects_delete,
    studio_projects_get,
    studio_projects_list,
    studio_projects_set_pronunciation_dictionaries,
    studio_projects_update,
    studio_projects_update_content,
)
from elevenlabs_api.models import (
    AudioNativeContentForm,
    AudioNativeContentResult,
    AudioNativeCreateForm,
    AudioNativeProject,
    AudioNativeSettingsResult,
    OkStatus,
    StudioChapterBlockInput,
    StudioChapterContentInput,
    StudioChapterCreateRequest,
    StudioChapterList,
    StudioChapterResult,
    StudioChapterSnapshotExtended,
    StudioChapterSnapshotList,
    StudioChapterTtsNodeInput,
    StudioChapterUpdateRequest,
    StudioChapterWithContent,
    StudioPodcastConversationMode,
    StudioPodcastConversationVoices,
    StudioPodcastRequest,
    StudioPodcastUrlSource,
    StudioProjectContentForm,
    StudioProjectCreateForm,
    StudioProjectExtended,
    StudioProjectList,
    StudioProjectResult,
    StudioProjectSnapshotExtended,
    StudioProjectSnapshotList,
    StudioProjectUpdateRequest,
    StudioPronunciationDictionariesRequest,
    StudioPronunciationDictionaryLocator,
    StudioSnapshotStreamRequest,
)
from elevenlabs_api.types import File

from .support import Op

PROJECT_ID = "21m00Tcm4TlvDq8ikWAM"
CHAPTER_ID = "Ch4pT3rXw1YbLk0aEdQm"
PROJECT_SNAPSHOT_ID = "Pr0jSn4pXw1YbLk0aEdQ"
CHAPTER_SNAPSHOT_ID = "ChSn4pT3rXw1YbLk0aEd"
VOICE_ID = "21m00Tcm4TlvDq8ikWAM"
GUEST_VOICE_ID = "AZnzlk1XvdvUeBnXmlld"
DICTIONARY_ID = "Pq3nZrT8vXw1YbLk0aEd"


def html_file() -> File:
    return File(
        payload=io.BytesIO(b"<html><body><p>Hello from Audio Native.</p></body></html>"),
        file_name="article.html",
        mime_type="text/html",
    )


OPERATIONS: dict[str, Op] = {
    # podcasts
    "studio_podcasts_create": Op(
        lambda c: studio_podcasts_create.sync_detailed(
            client=c,
            body=StudioPodcastRequest(
                model_id="eleven_multilingual_v2",
                mode=StudioPodcastConversationMode(
                    type_="conversation",
                    conversation=StudioPodcastConversationVoices(host_voice_id=VOICE_ID, guest_voice_id=GUEST_VOICE_ID),
                ),
                source=StudioPodcastUrlSource(type_="url", url="https://example.com/article"),
            ),
        ),
        StudioProjectResult,
    ),
    # projects
    "studio_projects_list": Op(lambda c: studio_projects_list.sync_detailed(client=c), StudioProjectList),
    "studio_projects_create": Op(
        lambda c: studio_projects_create.sync_detailed(client=c, body=StudioProjectCreateForm(name="My audiobook")),
        StudioProjectResult,
    ),
    "studio_projects_get": Op(lambda c: studio_projects_get.sync_detailed(PROJECT_ID, client=c), StudioProjectExtended),
    "studio_projects_update": Op(
        lambda c: studio_projects_update.sync_detailed(
            PROJECT_ID,
            client=c,
            body=StudioProjectUpdateRequest(
                name="Renamed audiobook", default_title_voice_id=VOICE_ID, default_paragraph_voice_id=VOICE_ID
            ),
        ),
        StudioProjectResult,
    ),
    "studio_projects_delete": Op(lambda c: studio_projects_delete.sync_detailed(PROJECT_ID, client=c), OkStatus),
    "studio_projects_update_content": Op(
        lambda c: studio_projects_update_content.sync_detailed(
            PROJECT_ID, client=c, body=StudioProjectContentForm(from_url="https://example.com/article")
        ),
        StudioProjectResult,
    ),
    "studio_projects_convert": Op(lambda c: studio_projects_convert.sync_detailed(PROJECT_ID, client=c), OkStatus),
    "studio_projects_set_pronunciation_dictionaries": Op(
        lambda c: studio_projects_set_pronunciation_dictionaries.sync_detailed(
            PROJECT_ID,
            client=c,
            body=StudioPronunciationDictionariesRequest(
                pronunciation_dictionary_locators=[
                    StudioPronunciationDictionaryLocator(pronunciation_dictionary_id=DICTIONARY_ID, version_id=None)
                ]
            ),
        ),
        OkStatus,
    ),
    # project snapshots
    "studio_project_snapshots_list": Op(
        lambda c: studio_project_snapshots_list.sync_detailed(PROJECT_ID, client=c), StudioProjectSnapshotList
    ),
    "studio_project_snapshots_get": Op(
        lambda c: studio_project_snapshots_get.sync_detailed(PROJECT_ID, PROJECT_SNAPSHOT_ID, client=c),
        StudioProjectSnapshotExtended,
    ),
    # The reference declares no content for this 200, so nothing is parsed (the audio is in
    # response.content, or read it with elevenlabs_ext.stream).
    "studio_project_snapshots_stream": Op(
        lambda c: studio_project_snapshots_stream.sync_detailed(
            PROJECT_ID, PROJECT_SNAPSHOT_ID, client=c, body=StudioSnapshotStreamRequest(convert_to_mpeg=True)
        ),
        type(None),
    ),
    "studio_project_snapshots_archive": Op(
        lambda c: studio_project_snapshots_archive.sync_detailed(PROJECT_ID, PROJECT_SNAPSHOT_ID, client=c), File
    ),
    # chapters
    "studio_chapters_list": Op(lambda c: studio_chapters_list.sync_detailed(PROJECT_ID, client=c), StudioChapterList),
    "studio_chapters_create": Op(
        lambda c: studio_chapters_create.sync_detailed(
            PROJECT_ID, client=c, body=StudioChapterCreateRequest(name="Chapter 1")
        ),
        StudioChapterResult,
    ),
    "studio_chapters_get": Op(
        lambda c: studio_chapters_get.sync_detailed(PROJECT_ID, CHAPTER_ID, client=c), StudioChapterWithContent
    ),
    "studio_chapters_update": Op(
        lambda c: studio_chapters_update.sync_detailed(
            PROJECT_ID,
            CHAPTER_ID,
            client=c,
            body=StudioChapterUpdateRequest(
                name="Chapter one",
                content=StudioChapterContentInput(
                    blocks=[
                        StudioChapterBlockInput(
                            nodes=[StudioChapterTtsNodeInput(type_="tts_node", text="It began.", voice_id=VOICE_ID)],
                            sub_type="p",
                        )
                    ]
                ),
            ),
        ),
        StudioChapterResult,
    ),
    "studio_chapters_delete": Op(
        lambda c: studio_chapters_delete.sync_detailed(PROJECT_ID, CHAPTER_ID, client=c), OkStatus
    ),
    "studio_chapters_convert": Op(
        lambda c: studio_chapters_convert.sync_detailed(PROJECT_ID, CHAPTER_ID, client=c), OkStatus
    ),
    # chapter snapshots
    "studio_chapter_snapshots_list": Op(
        lambda c: studio_chapter_snapshots_list.sync_detailed(PROJECT_ID, CHAPTER_ID, client=c),
        StudioChapterSnapshotList,
    ),
    "studio_chapter_snapshots_get": Op(
        lambda c: studio_chapter_snapshots_get.sync_detailed(PROJECT_ID, CHAPTER_ID, CHAPTER_SNAPSHOT_ID, client=c),
        StudioChapterSnapshotExtended,
    ),
    "studio_chapter_snapshots_stream": Op(
        lambda c: studio_chapter_snapshots_stream.sync_detailed(
            PROJECT_ID, CHAPTER_ID, CHAPTER_SNAPSHOT_ID, client=c, body=StudioSnapshotStreamRequest()
        ),
        File,
    ),
    # audio native
    "audio_native_create": Op(
        lambda c: audio_native_create.sync_detailed(
            client=c, body=AudioNativeCreateForm(name="Blog post", file=html_file())
        ),
        AudioNativeProject,
    ),
    "audio_native_get_settings": Op(
        lambda c: audio_native_get_settings.sync_detailed(PROJECT_ID, client=c), AudioNativeSettingsResult
    ),
    "audio_native_update_content": Op(
        lambda c: audio_native_update_content.sync_detailed(
            PROJECT_ID, client=c, body=AudioNativeContentForm(file=html_file(), auto_convert=True)
        ),
        AudioNativeContentResult,
    ),
}
