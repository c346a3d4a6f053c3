//! `newsnlp train full-names` on a small corpus written here.

use crate::support::train_name_table;

/// Articles that write full names out: one surname always for one person,
/// one shared by two people, one family name written first.
const ARTICLES: &[&str] = &[
    "Rex Tillerson met the minister on Monday. Tillerson said the talks went well.",
    "Rex Tillerson arrived in Beijing on Friday.",
    "The senators questioned Rex Tillerson for five hours.",
    "Boris Johnson spoke in London on Tuesday.",
    "Boris Johnson visited the troops.",
    "Gary Johnson spoke in Denver on Tuesday.",
    "Gary Johnson ran for president.",
    "President Xi Jinping arrived in Moscow. Xi said the ties were strong.",
    "President Xi Jinping arrived in Paris. Xi said the ties were old.",
    "President Xi Jinping arrived in Berlin. Xi said the talks were useful.",
];

#[test]
fn training_full_names_gives_a_single_name_the_full_name_news_agrees_on() {
    let (table, names) = train_name_table("full-names", ARTICLES);
    let names: Vec<(&str, &str)> = names
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    assert!(names.contains(&("tillerson", "Rex Tillerson")), "{table}");
    assert!(names.contains(&("xi", "Xi Jinping")), "{table}");
    // Two people share the surname: it names neither.
    assert!(!names.iter().any(|&(name, _)| name == "johnson"), "{table}");
}
