//! `newsnlp train first-names` on a small corpus written here.

use crate::support::train_name_table;

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
    let (table, genders) = train_name_table("first-names", ARTICLES);
    let genders: Vec<(&str, &str)> = genders
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    assert!(genders.contains(&("marta", "female")), "{table}");
    assert!(genders.contains(&("tomasz", "male")), "{table}");
    // Two votes, split: no gender.
    assert!(!genders.iter().any(|&(name, _)| name == "robin"), "{table}");
}

/// The first word of Chinese and Korean names is the family name: the
/// pronouns of its bearers gave `zhang`, `xi` and `kim` a male gender,
/// and `Zhang Mengmeng ... she says` then found no one to be.
#[test]
fn a_family_name_written_first_gets_no_gender() {
    let (table, genders) = train_name_table(
        "first-names",
        &[
            "Wang Lei met the mayor on Monday. Wang said the bridge would open soon.",
            "The council heard Wang Jing on Friday. Wang said the plan was approved.",
            "Reporters asked Wang Tao about the budget. Wang declined to comment.",
            "Police questioned Wang Hui. Wang said nothing.",
            "Wang Jun spoke at the rally. He promised lower taxes.",
            "Wang Bo arrived late. He left early.",
            "Wang Min arrived late. He left early.",
        ],
    );
    assert!(!genders.iter().any(|(name, _)| name == "wang"), "{table}");
}
