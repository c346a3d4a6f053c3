//! `newsnlp train first-names` on a small corpus written here.

use crate::support::newsnlp_ok;

/// Articles where a full name is followed by the pronouns of its bearer,
/// or carries an honorific.
const ARTICLES: &[&str] = &[
    "Marta Kowalski met the mayor on Monday. She said the bridge would open in May.",
    "The council heard Marta Nowak on Friday. Her plan was approved.",
    "Reporters asked Marta Lis about the budget. She declined to comment.",
    "Tomasz Zielinski spoke at the rally. He promised lower taxes.",
    "Police questioned Tomasz Wrona. His lawyer was not present.",
    "Mr. Tomasz Lewandowski resigned on Sunday after a long career.",
    "Robin Clarke arrived late. She left early.",
    "Robin Hale arrived late. He left early.",
];

#[test]
fn training_first_names_reads_gender_from_pronouns_and_honorifics() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("news.jsonl");
    let lines: Vec<String> = ARTICLES
        .iter()
        .enumerate()
        .map(|(i, text)| serde_json::json!({"id": format!("a{i}"), "text": text}).to_string())
        .collect();
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let output = dir.path().join("first-names.tsv");
    newsnlp_ok(&[
        "train",
        "first-names",
        input.to_str().unwrap(),
        "-o",
        output.to_str().unwrap(),
    ]);
    let table = std::fs::read_to_string(&output).unwrap();
    let genders: Vec<(&str, &str)> = table
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut columns = l.split('\t');
            Some((columns.next()?, columns.next()?))
        })
        .collect();
    assert!(genders.contains(&("marta", "female")), "{table}");
    assert!(genders.contains(&("tomasz", "male")), "{table}");
    // Two votes, split: no gender.
    assert!(!genders.iter().any(|&(name, _)| name == "robin"), "{table}");
}
