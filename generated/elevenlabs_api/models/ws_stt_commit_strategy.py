from typing import Literal, cast

WsSttCommitStrategy = Literal["manual", "turn_prediction", "vad"]

WS_STT_COMMIT_STRATEGY_VALUES: set[WsSttCommitStrategy] = {
    "manual",
    "turn_prediction",
    "vad",
}


def check_ws_stt_commit_strategy(value: str) -> WsSttCommitStrategy:
    """Accept ``value`` as a WsSttCommitStrategy.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WS_STT_COMMIT_STRATEGY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WsSttCommitStrategy, value)
