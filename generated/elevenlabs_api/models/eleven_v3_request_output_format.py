from typing import Literal, cast

ElevenV3RequestOutputFormat = Literal[
    "mp3_22050_32", "mp3_24000_48", "mp3_44100_128", "mp3_44100_192", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96"
]

ELEVEN_V3_REQUEST_OUTPUT_FORMAT_VALUES: set[ElevenV3RequestOutputFormat] = {
    "mp3_22050_32",
    "mp3_24000_48",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
}


def check_eleven_v3_request_output_format(value: str) -> ElevenV3RequestOutputFormat:
    """Accept ``value`` as a ElevenV3RequestOutputFormat.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``ELEVEN_V3_REQUEST_OUTPUT_FORMAT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ElevenV3RequestOutputFormat, value)
