from typing import Literal, cast

InputFileFormat = Literal["other", "pcm_s16le_16"]

INPUT_FILE_FORMAT_VALUES: set[InputFileFormat] = {
    "other",
    "pcm_s16le_16",
}


def check_input_file_format(value: str) -> InputFileFormat:
    """Accept ``value`` as a InputFileFormat.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``INPUT_FILE_FORMAT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(InputFileFormat, value)
