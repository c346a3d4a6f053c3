//! Closed English word lists that more than one stage reads.

/// Nouns that end a description of a person (`the North Korean leader`,
/// `a Homeland Security Department official`).
pub const ROLE_NOUNS: &[&str] = &[
    "adviser",
    "advisor",
    "ambassador",
    "candidate",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "commander",
    "diplomat",
    "director",
    "envoy",
    "executive",
    "governor",
    "head",
    "leader",
    "minister",
    "nominee",
    "official",
    "premier",
    "president",
    "secretary",
    "senator",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "strongman",
];

/// True when `word` is one of `list`, ignoring ASCII case.
pub fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| word.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_one_of_ignores_ascii_case_and_nothing_else() {
        assert!(is_one_of("President", ROLE_NOUNS));
        assert!(is_one_of("SPOKESWOMAN", ROLE_NOUNS));
        assert!(!is_one_of("presidents", ROLE_NOUNS));
        assert!(!is_one_of("", ROLE_NOUNS));
        assert!(is_one_of("", &["", "a"]));
        // `@` and `` ` `` differ only in the case bit, but are no letters.
        assert!(!is_one_of("@a", &["`a"]));
        assert!(is_one_of("Über", &["Über"]));
        assert!(!is_one_of("über", &["Über"]));
    }
}
