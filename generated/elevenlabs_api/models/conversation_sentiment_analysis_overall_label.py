from typing import Literal, cast

ConversationSentimentAnalysisOverallLabel = Literal["negative", "neutral", "positive"]

CONVERSATION_SENTIMENT_ANALYSIS_OVERALL_LABEL_VALUES: set[ConversationSentimentAnalysisOverallLabel] = {
    "negative",
    "neutral",
    "positive",
}


def check_conversation_sentiment_analysis_overall_label(value: str) -> ConversationSentimentAnalysisOverallLabel:
    """Accept ``value`` as a ConversationSentimentAnalysisOverallLabel.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVERSATION_SENTIMENT_ANALYSIS_OVERALL_LABEL_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConversationSentimentAnalysisOverallLabel, value)
