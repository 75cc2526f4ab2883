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
}
