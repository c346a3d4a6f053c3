//! Words that name a time. After a cue they are its circumstance (`said
//! Friday that`, `said last week that`, `told reporters Tuesday night
//! that`), which PolNeAR's cue spans hold after the verb they date; the
//! extractor reads past them to what was said, and the cue lexicon never
//! makes one a cue of its own before `that` (`his remarks in Seoul on
//! Friday that`).

use newsnlp_core::english::{is_one_of, WEEKDAYS};

/// Spans of time that `last`, `this` or `next` make a circumstance of
/// (`said last week that`).
pub(crate) const TIME_SPANS: &[&str] = &[
    "week", "month", "year", "weekend", "night", "summer", "spring", "fall", "winter",
];

/// Days named from today (`said yesterday it would`).
pub(crate) const RELATIVE_DAYS: &[&str] = &["today", "yesterday", "tonight"];

/// Words after a weekday that name its part (`said Tuesday night`).
pub(crate) const DAY_PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];

/// True when `word` names a time: a weekday, a day named from today, a
/// part of a day or a span of time.
pub(crate) fn names_a_time(word: &str) -> bool {
    WEEKDAYS.contains(word)
        || is_one_of(word, RELATIVE_DAYS)
        || is_one_of(word, DAY_PARTS)
        || is_one_of(word, TIME_SPANS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_their_parts_and_spans_name_times_and_verbs_do_not() {
        for word in ["friday", "Sunday", "night", "week", "yesterday"] {
            assert!(names_a_time(word), "{word}");
        }
        for word in ["said", "remarks", "that"] {
            assert!(!names_a_time(word), "{word}");
        }
    }
}
