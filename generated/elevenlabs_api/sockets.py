"""The websocket channels of sockets.yaml and the schemas that check their messages.

Written by scripts/generate.py; do not edit. ``$ref`` values name a key of ``SCHEMAS``;
``x-aliases`` lists other spellings of a server message key.
"""

from typing import Any

CHANNELS: dict[str, dict[str, Any]] = {
    "text_to_speech_stream_input": {
        "address": "/v1/text-to-speech/{voice_id}/stream-input",
        "query": "WsTextToSpeechQuery",
        "send": ("WsInitializeConnection", "WsSendText", "WsCloseConnection"),
        "receive": ("WsAudioOutput", "WsFinalOutput", "WsServerError"),
    },
    "text_to_speech_multi_stream_input": {
        "address": "/v1/text-to-speech/{voice_id}/multi-stream-input",
        "query": "WsTextToSpeechQuery",
        "send": (
            "WsInitializeContext",
            "WsSendContextText",
            "WsFlushContext",
            "WsCloseContext",
            "WsKeepContextAlive",
            "WsCloseSocket",
        ),
        "receive": ("WsContextAudioOutput", "WsContextFinalOutput", "WsServerError"),
    },
    "speech_to_text_realtime": {
        "address": "/v1/speech-to-text/realtime",
        "query": "WsSttRealtimeQuery",
        "send": ("WsSttInputAudioChunk",),
        "receive": (
            "WsSttSessionStarted",
            "WsSttPartialTranscript",
            "WsSttCommittedTranscript",
            "WsSttCommittedTranscriptWithTimestamps",
            "WsSttWarning",
            "WsSttError",
        ),
    },
    "convai_conversation": {
        "address": "/v1/convai/conversation",
        "query": "WsConvaiConversationQuery",
        "send": (
            "WsConvaiInitiationClientData",
            "WsConvaiUserAudioChunk",
            "WsConvaiPong",
            "WsConvaiClientToolResult",
            "WsConvaiContextualUpdate",
            "WsConvaiUserMessage",
            "WsConvaiUserActivity",
            "WsConvaiFeedback",
        ),
        "receive": (
            "WsConvaiInitiationMetadata",
            "WsConvaiUserTranscript",
            "WsConvaiAgentResponse",
            "WsConvaiAgentResponseCorrection",
            "WsConvaiAgentChatResponsePart",
            "WsConvaiTentativeAgentResponse",
            "WsConvaiAudio",
            "WsConvaiInterruption",
            "WsConvaiPing",
            "WsConvaiClientToolCall",
            "WsConvaiVadScore",
            "WsConvaiServerContextualUpdate",
            "WsConvaiError",
        ),
    },
}

SCHEMAS: dict[str, dict[str, Any]] = {
    "WsTextToSpeechQuery": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "model_id": {"type": "string"},
            "language_code": {"type": "string"},
            "enable_logging": {"type": "boolean"},
            "enable_ssml_parsing": {"type": "boolean"},
            "output_format": {"$ref": "WsOutputFormat"},
            "inactivity_timeout": {"type": "integer", "maximum": 180},
            "sync_alignment": {"type": "boolean"},
            "auto_mode": {"type": "boolean"},
            "apply_text_normalization": {"$ref": "WsTextNormalization"},
            "seed": {"type": "integer", "minimum": 0, "maximum": 4294967295},
            "authorization": {"type": "string"},
        },
    },
    "WsOutputFormat": {
        "type": "string",
        "enum": [
            "mp3_22050_32",
            "mp3_44100_32",
            "mp3_44100_64",
            "mp3_44100_96",
            "mp3_44100_128",
            "mp3_44100_192",
            "pcm_8000",
            "pcm_16000",
            "pcm_22050",
            "pcm_24000",
            "pcm_44100",
            "ulaw_8000",
            "alaw_8000",
            "opus_48000_32",
            "opus_48000_64",
            "opus_48000_96",
            "opus_48000_128",
            "opus_48000_192",
        ],
    },
    "WsTextNormalization": {"type": "string", "enum": ["auto", "on", "off"]},
    "WsVoiceSettings": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "stability": {"type": "number", "minimum": 0, "maximum": 1},
            "similarity_boost": {"type": "number", "minimum": 0, "maximum": 1},
            "style": {"type": "number", "minimum": 0, "maximum": 1},
            "use_speaker_boost": {"type": "boolean"},
            "speed": {"type": "number", "minimum": 0.7, "maximum": 1.2},
        },
    },
    "WsGenerationConfig": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "chunk_length_schedule": {"type": "array", "items": {"type": "number", "minimum": 50, "maximum": 500}}
        },
    },
    "WsPronunciationDictionaryLocator": {
        "type": "object",
        "additionalProperties": False,
        "required": ["pronunciation_dictionary_id", "version_id"],
        "properties": {"pronunciation_dictionary_id": {"type": "string"}, "version_id": {"type": "string"}},
    },
    "WsAlignment": {
        "type": "object",
        "required": ["chars", "charStartTimesMs", "charsDurationsMs"],
        "properties": {
            "chars": {"type": "array", "items": {"type": "string"}},
            "charStartTimesMs": {"type": "array", "items": {"type": "integer"}},
            "charsDurationsMs": {"type": "array", "items": {"type": "integer"}},
        },
    },
    "WsServerError": {
        "type": "object",
        "required": ["message"],
        "properties": {"message": {"type": "string"}, "error": {"type": "string"}, "code": {"type": "integer"}},
    },
    "WsInitializeConnection": {
        "type": "object",
        "additionalProperties": False,
        "required": ["text"],
        "properties": {
            "text": {"const": " "},
            "voice_settings": {"$ref": "WsVoiceSettings"},
            "generation_config": {"$ref": "WsGenerationConfig"},
            "pronunciation_dictionary_locators": {
                "type": "array",
                "items": {"$ref": "WsPronunciationDictionaryLocator"},
            },
        },
    },
    "WsSendText": {
        "type": "object",
        "additionalProperties": False,
        "required": ["text"],
        "properties": {
            "text": {"type": "string", "minLength": 1},
            "try_trigger_generation": {"type": "boolean"},
            "flush": {"type": "boolean"},
            "voice_settings": {"$ref": "WsVoiceSettings"},
        },
    },
    "WsCloseConnection": {
        "type": "object",
        "additionalProperties": False,
        "required": ["text"],
        "properties": {"text": {"const": ""}},
    },
    "WsAudioOutput": {
        "type": "object",
        "required": ["audio"],
        "properties": {
            "audio": {"type": "string"},
            "isFinal": {"type": ["boolean", "null"]},
            "alignment": {"anyOf": [{"$ref": "WsAlignment"}, {"type": "null"}]},
            "normalizedAlignment": {"anyOf": [{"$ref": "WsAlignment"}, {"type": "null"}]},
        },
    },
    "WsFinalOutput": {
        "type": "object",
        "required": ["isFinal"],
        "properties": {"isFinal": {"const": True}, "audio": {"type": ["string", "null"], "maxLength": 0}},
    },
    "WsInitializeContext": {
        "type": "object",
        "additionalProperties": False,
        "required": ["text"],
        "properties": {
            "text": {"type": "string"},
            "context_id": {"type": "string", "minLength": 1},
            "voice_settings": {"$ref": "WsVoiceSettings"},
            "generation_config": {"$ref": "WsGenerationConfig"},
            "pronunciation_dictionary_locators": {
                "type": "array",
                "items": {"$ref": "WsPronunciationDictionaryLocator"},
            },
        },
    },
    "WsSendContextText": {
        "type": "object",
        "additionalProperties": False,
        "required": ["text"],
        "properties": {
            "text": {"type": "string", "minLength": 1},
            "context_id": {"type": "string", "minLength": 1},
            "flush": {"type": "boolean"},
            "voice_settings": {"$ref": "WsVoiceSettings"},
        },
    },
    "WsFlushContext": {
        "type": "object",
        "additionalProperties": False,
        "required": ["context_id", "flush"],
        "properties": {
            "context_id": {"type": "string", "minLength": 1},
            "flush": {"const": True},
            "text": {"type": "string"},
        },
    },
    "WsCloseContext": {
        "type": "object",
        "additionalProperties": False,
        "required": ["context_id", "close_context"],
        "properties": {"context_id": {"type": "string", "minLength": 1}, "close_context": {"const": True}},
    },
    "WsKeepContextAlive": {
        "type": "object",
        "additionalProperties": False,
        "required": ["context_id", "text"],
        "properties": {"context_id": {"type": "string", "minLength": 1}, "text": {"const": ""}},
    },
    "WsCloseSocket": {
        "type": "object",
        "additionalProperties": False,
        "required": ["close_socket"],
        "properties": {"close_socket": {"const": True}},
    },
    "WsContextAudioOutput": {
        "type": "object",
        "required": ["audio", "contextId"],
        "properties": {
            "audio": {"type": "string"},
            "contextId": {"type": "string", "x-aliases": ["context_id"]},
            "isFinal": {"type": ["boolean", "null"], "x-aliases": ["is_final"]},
            "alignment": {"anyOf": [{"$ref": "WsAlignment"}, {"type": "null"}]},
            "normalizedAlignment": {"anyOf": [{"$ref": "WsAlignment"}, {"type": "null"}]},
        },
    },
    "WsContextFinalOutput": {
        "type": "object",
        "required": ["isFinal", "contextId"],
        "properties": {
            "isFinal": {"const": True, "x-aliases": ["is_final"]},
            "contextId": {"type": "string", "x-aliases": ["context_id"]},
            "audio": {"type": ["string", "null"], "maxLength": 0},
        },
    },
    "WsSttRealtimeQuery": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "model_id": {"type": "string"},
            "token": {"type": "string"},
            "audio_format": {"$ref": "WsSttAudioFormat"},
            "language_code": {"type": "string"},
            "commit_strategy": {"$ref": "WsSttCommitStrategy"},
            "vad_silence_threshold_secs": {"type": "number", "minimum": 0.3, "maximum": 3.0},
            "vad_threshold": {"type": "number", "minimum": 0.1, "maximum": 0.9},
            "min_speech_duration_ms": {"type": "integer", "minimum": 50, "maximum": 2000},
            "min_silence_duration_ms": {"type": "integer", "minimum": 50, "maximum": 2000},
            "include_timestamps": {"type": "boolean"},
            "include_language_detection": {"type": "boolean"},
            "enable_logging": {"type": "boolean"},
            "no_verbatim": {"type": "boolean"},
            "keyterms": {"type": "array", "items": {"type": "string", "maxLength": 20}},
        },
    },
    "WsSttAudioFormat": {
        "type": "string",
        "enum": ["pcm_8000", "pcm_16000", "pcm_22050", "pcm_24000", "pcm_44100", "pcm_48000", "ulaw_8000"],
    },
    "WsSttCommitStrategy": {"type": "string", "enum": ["manual", "vad", "turn_prediction"]},
    "WsSttInputAudioChunk": {
        "type": "object",
        "additionalProperties": False,
        "required": ["message_type", "audio_base_64"],
        "properties": {
            "message_type": {"const": "input_audio_chunk"},
            "audio_base_64": {"type": "string"},
            "commit": {"type": "boolean"},
            "sample_rate": {"type": "integer"},
            "previous_text": {"type": ["string", "null"]},
        },
    },
    "WsSttSessionConfig": {
        "type": "object",
        "properties": {
            "model_id": {"type": "string"},
            "audio_format": {"type": "string"},
            "sample_rate": {"type": "integer"},
            "language_code": {"type": ["string", "null"]},
            "commit_strategy": {"type": "string"},
            "vad_silence_threshold_secs": {"type": ["number", "null"]},
            "vad_threshold": {"type": ["number", "null"]},
            "min_speech_duration_ms": {"type": ["integer", "null"]},
            "min_silence_duration_ms": {"type": ["integer", "null"]},
            "include_timestamps": {"type": ["boolean", "null"]},
            "include_language_detection": {"type": ["boolean", "null"]},
            "enable_logging": {"type": ["boolean", "null"]},
            "no_verbatim": {"type": ["boolean", "null"]},
            "keyterms": {"type": ["array", "null"], "items": {"type": "string"}},
        },
    },
    "WsSttSessionStarted": {
        "type": "object",
        "required": ["message_type", "session_id"],
        "properties": {
            "message_type": {"const": "session_started"},
            "session_id": {"type": "string"},
            "config": {"$ref": "WsSttSessionConfig"},
        },
    },
    "WsSttPartialTranscript": {
        "type": "object",
        "required": ["message_type", "text"],
        "properties": {"message_type": {"const": "partial_transcript"}, "text": {"type": "string"}},
    },
    "WsSttCommittedTranscript": {
        "type": "object",
        "required": ["message_type", "text"],
        "properties": {"message_type": {"const": "committed_transcript"}, "text": {"type": "string"}},
    },
    "WsSttWord": {
        "type": "object",
        "required": ["text"],
        "properties": {
            "text": {"type": "string"},
            "start": {"type": ["number", "null"]},
            "end": {"type": ["number", "null"]},
            "type": {"type": ["string", "null"]},
            "speaker_id": {"type": ["string", "null"]},
            "logprob": {"type": ["number", "null"]},
            "characters": {"type": ["array", "null"], "items": {"type": "string"}},
        },
    },
    "WsSttCommittedTranscriptWithTimestamps": {
        "type": "object",
        "required": ["message_type", "text"],
        "properties": {
            "message_type": {"const": "committed_transcript_with_timestamps"},
            "text": {"type": "string"},
            "language_code": {"type": ["string", "null"]},
            "words": {"type": "array", "items": {"$ref": "WsSttWord"}},
        },
    },
    "WsSttWarning": {
        "type": "object",
        "required": ["message_type", "warning"],
        "properties": {"message_type": {"const": "warning"}, "warning": {"type": "string"}},
    },
    "WsSttError": {
        "type": "object",
        "required": ["message_type", "error"],
        "properties": {
            "message_type": {
                "enum": [
                    "error",
                    "auth_error",
                    "quota_exceeded",
                    "commit_throttled",
                    "unaccepted_terms",
                    "rate_limited",
                    "queue_overflow",
                    "resource_exhausted",
                    "session_time_limit_exceeded",
                    "input_error",
                    "invalid_request",
                    "chunk_size_exceeded",
                    "insufficient_audio_activity",
                    "transcriber_error",
                ]
            },
            "error": {"type": "string"},
        },
    },
    "WsConvaiConversationQuery": {
        "type": "object",
        "additionalProperties": False,
        "required": ["agent_id"],
        "properties": {
            "agent_id": {"type": "string"},
            "conversation_signature": {"type": "string"},
            "source": {"type": "string"},
            "version": {"type": "string"},
            "environment": {"type": "string"},
        },
    },
    "WsConvaiConfigOverride": {
        "type": "object",
        "properties": {
            "agent": {
                "type": "object",
                "properties": {
                    "prompt": {"type": "object", "properties": {"prompt": {"type": "string"}}},
                    "first_message": {"type": "string"},
                    "language": {"type": "string"},
                },
            },
            "tts": {"type": "object", "properties": {"voice_id": {"type": "string"}}},
            "conversation": {"type": "object", "properties": {"text_only": {"type": "boolean"}}},
        },
    },
    "WsConvaiSourceInfo": {
        "type": "object",
        "properties": {"source": {"type": "string"}, "version": {"type": "string"}},
    },
    "WsConvaiInitiationClientData": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type"],
        "properties": {
            "type": {"const": "conversation_initiation_client_data"},
            "conversation_config_override": {"$ref": "WsConvaiConfigOverride"},
            "custom_llm_extra_body": {"type": "object"},
            "dynamic_variables": {"type": "object"},
            "user_id": {"type": "string"},
            "source_info": {"$ref": "WsConvaiSourceInfo"},
        },
    },
    "WsConvaiUserAudioChunk": {
        "type": "object",
        "additionalProperties": False,
        "required": ["user_audio_chunk"],
        "properties": {"user_audio_chunk": {"type": "string"}},
    },
    "WsConvaiPong": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "event_id"],
        "properties": {"type": {"const": "pong"}, "event_id": {"type": "integer"}},
    },
    "WsConvaiClientToolResult": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "tool_call_id"],
        "properties": {
            "type": {"const": "client_tool_result"},
            "tool_call_id": {"type": "string"},
            "result": {},
            "is_error": {"type": "boolean"},
        },
    },
    "WsConvaiContextualUpdate": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "text"],
        "properties": {"type": {"const": "contextual_update"}, "text": {"type": "string"}},
    },
    "WsConvaiUserMessage": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "text"],
        "properties": {"type": {"const": "user_message"}, "text": {"type": "string"}},
    },
    "WsConvaiUserActivity": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type"],
        "properties": {"type": {"const": "user_activity"}},
    },
    "WsConvaiFeedback": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "score", "event_id"],
        "properties": {
            "type": {"const": "feedback"},
            "score": {"enum": ["like", "dislike"]},
            "event_id": {"type": "integer"},
        },
    },
    "WsConvaiInitiationMetadataEvent": {
        "type": "object",
        "required": ["conversation_id"],
        "properties": {
            "conversation_id": {"type": "string"},
            "agent_output_audio_format": {"type": "string"},
            "user_input_audio_format": {"type": "string"},
        },
    },
    "WsConvaiInitiationMetadata": {
        "type": "object",
        "required": ["type", "conversation_initiation_metadata_event"],
        "properties": {
            "type": {"const": "conversation_initiation_metadata"},
            "conversation_initiation_metadata_event": {"$ref": "WsConvaiInitiationMetadataEvent"},
        },
    },
    "WsConvaiUserTranscriptEvent": {
        "type": "object",
        "required": ["user_transcript"],
        "properties": {"user_transcript": {"type": "string"}, "event_id": {"type": "integer"}},
    },
    "WsConvaiUserTranscript": {
        "type": "object",
        "required": ["type", "user_transcription_event"],
        "properties": {
            "type": {"const": "user_transcript"},
            "user_transcription_event": {"$ref": "WsConvaiUserTranscriptEvent"},
        },
    },
    "WsConvaiAgentResponseEvent": {
        "type": "object",
        "required": ["agent_response"],
        "properties": {"agent_response": {"type": "string"}, "event_id": {"type": "integer"}},
    },
    "WsConvaiAgentResponse": {
        "type": "object",
        "required": ["type", "agent_response_event"],
        "properties": {
            "type": {"const": "agent_response"},
            "agent_response_event": {"$ref": "WsConvaiAgentResponseEvent"},
        },
    },
    "WsConvaiAgentResponseCorrectionEvent": {
        "type": "object",
        "required": ["original_agent_response", "corrected_agent_response"],
        "properties": {
            "original_agent_response": {"type": "string"},
            "corrected_agent_response": {"type": "string"},
            "event_id": {"type": "integer"},
        },
    },
    "WsConvaiAgentResponseCorrection": {
        "type": "object",
        "required": ["type", "agent_response_correction_event"],
        "properties": {
            "type": {"const": "agent_response_correction"},
            "agent_response_correction_event": {"$ref": "WsConvaiAgentResponseCorrectionEvent"},
        },
    },
    "WsConvaiTextResponsePart": {
        "type": "object",
        "required": ["text"],
        "properties": {"text": {"type": "string"}, "type": {"enum": ["start", "delta", "stop"]}},
    },
    "WsConvaiAgentChatResponsePart": {
        "type": "object",
        "required": ["type", "text_response_part"],
        "properties": {
            "type": {"const": "agent_chat_response_part"},
            "text_response_part": {"$ref": "WsConvaiTextResponsePart"},
        },
    },
    "WsConvaiTentativeAgentResponseEvent": {
        "type": "object",
        "required": ["tentative_agent_response"],
        "properties": {"tentative_agent_response": {"type": "string"}},
    },
    "WsConvaiTentativeAgentResponse": {
        "type": "object",
        "required": ["type", "tentative_agent_response_internal_event"],
        "properties": {
            "type": {"const": "internal_tentative_agent_response"},
            "tentative_agent_response_internal_event": {"$ref": "WsConvaiTentativeAgentResponseEvent"},
        },
    },
    "WsConvaiAlignment": {
        "type": "object",
        "required": ["chars", "char_start_times_ms", "char_durations_ms"],
        "properties": {
            "chars": {"type": "array", "items": {"type": "string"}},
            "char_start_times_ms": {"type": "array", "items": {"type": "integer"}},
            "char_durations_ms": {"type": "array", "items": {"type": "integer"}},
        },
    },
    "WsConvaiAudioEvent": {
        "type": "object",
        "required": ["audio_base_64", "event_id"],
        "properties": {
            "audio_base_64": {"type": "string"},
            "event_id": {"type": "integer"},
            "alignment": {"anyOf": [{"$ref": "WsConvaiAlignment"}, {"type": "null"}]},
        },
    },
    "WsConvaiAudio": {
        "type": "object",
        "required": ["type", "audio_event"],
        "properties": {"type": {"const": "audio"}, "audio_event": {"$ref": "WsConvaiAudioEvent"}},
    },
    "WsConvaiInterruptionEvent": {
        "type": "object",
        "required": ["event_id"],
        "properties": {"event_id": {"type": "integer"}, "reason": {"type": "string"}},
    },
    "WsConvaiInterruption": {
        "type": "object",
        "required": ["type", "interruption_event"],
        "properties": {"type": {"const": "interruption"}, "interruption_event": {"$ref": "WsConvaiInterruptionEvent"}},
    },
    "WsConvaiPingEvent": {
        "type": "object",
        "required": ["event_id"],
        "properties": {"event_id": {"type": "integer"}, "ping_ms": {"type": ["integer", "null"]}},
    },
    "WsConvaiPing": {
        "type": "object",
        "required": ["type", "ping_event"],
        "properties": {"type": {"const": "ping"}, "ping_event": {"$ref": "WsConvaiPingEvent"}},
    },
    "WsConvaiClientToolCallEvent": {
        "type": "object",
        "required": ["tool_name", "tool_call_id"],
        "properties": {
            "tool_name": {"type": "string"},
            "tool_call_id": {"type": "string"},
            "parameters": {"type": "object"},
            "event_id": {"type": "integer"},
        },
    },
    "WsConvaiClientToolCall": {
        "type": "object",
        "required": ["type", "client_tool_call"],
        "properties": {
            "type": {"const": "client_tool_call"},
            "client_tool_call": {"$ref": "WsConvaiClientToolCallEvent"},
        },
    },
    "WsConvaiVadScoreEvent": {
        "type": "object",
        "required": ["vad_score"],
        "properties": {"vad_score": {"type": "number", "minimum": 0, "maximum": 1}},
    },
    "WsConvaiVadScore": {
        "type": "object",
        "required": ["type", "vad_score_event"],
        "properties": {"type": {"const": "vad_score"}, "vad_score_event": {"$ref": "WsConvaiVadScoreEvent"}},
    },
    "WsConvaiServerContextualUpdate": {
        "type": "object",
        "required": ["type", "text"],
        "properties": {"type": {"const": "contextual_update"}, "text": {"type": "string"}},
    },
    "WsConvaiErrorEvent": {
        "type": "object",
        "properties": {
            "message": {"type": "string"},
            "code": {"type": ["integer", "null"]},
            "error_type": {"type": ["string", "null"]},
        },
    },
    "WsConvaiError": {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"const": "error"}, "error_event": {"$ref": "WsConvaiErrorEvent"}},
    },
}
