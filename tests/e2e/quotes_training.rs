//! `newsnlp train quotes` on small PolNeAR-style corpora written here,
//! and `newsnlp eval quotes` with the lexicon, content-end model and
//! report scorer it learned.

use std::path::Path;

use crate::support::{last_json_line, newsnlp_ok};

/// Sentences of one pattern: a reported object that stops before a
/// circumstance (`during ...`), with its source, cue and content. The
/// shipped model lets these contents run on; one learned from them stops.
const SENTENCES: &[(&str, &str, &str, &str)] = &[
    (
        "She",
        "described",
        "the plan as a crazy idea",
        " during a stop in Ohio.",
    ),
    (
        "He",
        "described",
        "the bill as a disgrace",
        " during the debate on Monday.",
    ),
    (
        "They",
        "described",
        "the deal as a mistake",
        " during an interview.",
    ),
    (
        "He",
        "described",
        "his rival as a fraud",
        " during a rally in Texas.",
    ),
    (
        "She",
        "described",
        "the tax as a scandal",
        " during a speech in Iowa.",
    ),
];

/// Reports of `plans`, and sentences where `plans` is a noun: with four
/// reports in twenty occurrences, too seldom a cue for the rules, which
/// leave it to the report scorer.
const PLANS: &[(&str, &str, &str, &str)] = &[
    ("She", "plans", "to build a new school in the town", "."),
    ("He", "plans", "to close the old mine next year", "."),
    ("They", "plans", "to raise the tax on large estates", "."),
    ("He", "plans", "to visit every county in the state", "."),
];

/// The sentences where `plans` is a noun (each with a speaker before it,
/// so that the extractor offers it to the scorer).
const PLANS_AS_NOUN: &str = "He read the plans on Monday.";

/// Writes `DIR/text/a.txt` and `DIR/attributions/a_1.ann`, as PolNeAR
/// lays them out (an `Attribution` trigger over the cue links the roles):
/// `reports` (source, cue, content, the rest of the sentence), then
/// `plain` sentences with no attribution.
fn write_brat(dir: &Path, reports: &[(&str, &str, &str, &str)], plain: &[&str]) {
    std::fs::create_dir_all(dir.join("text")).unwrap();
    std::fs::create_dir_all(dir.join("attributions")).unwrap();
    let mut text = String::new();
    let mut ann = String::new();
    for (n, (source, cue, content, rest)) in reports.iter().enumerate() {
        // ASCII text: character offsets are byte offsets.
        let s = text.len();
        let c = s + source.len() + 1;
        let q = c + cue.len() + 1;
        let t = 4 * n;
        let spans = [
            ("Source", s, source),
            ("Cue", c, cue),
            ("Content", q, content),
            ("Attribution", c, cue),
        ];
        for (k, (role, at, words)) in spans.iter().enumerate() {
            ann.push_str(&format!(
                "T{}\t{role} {at} {}\t{words}\n",
                t + k + 1,
                at + words.len()
            ));
        }
        ann.push_str(&format!(
            "E{}\tAttribution:T{} Content:T{} Cue:T{} Source:T{}\n",
            n + 1,
            t + 4,
            t + 3,
            t + 2,
            t + 1
        ));
        text.push_str(&format!("{source} {cue} {content}{rest}\n\n"));
    }
    for sentence in plain {
        text.push_str(&format!("{sentence}\n\n"));
    }
    std::fs::write(dir.join("text/a.txt"), text).unwrap();
    std::fs::write(dir.join("attributions/a_1.ann"), ann).unwrap();
}

/// Trains on the corpus at `brat` into `dir` (with the report scorer
/// when `report_scorer`, else with the rules alone), writes a pipeline
/// using what was learned, and returns the JSON scores of evaluating it
/// on the same corpus.
fn train_and_eval(dir: &Path, brat: &Path, report_scorer: bool) -> serde_json::Value {
    let path = |name: &str| dir.join(name).to_str().unwrap().to_string();
    let (cues, ends, scorer) = (
        path("cues.tsv"),
        path("content-ends.bin"),
        path("report-scorer.bin"),
    );
    let mut args = vec![
        "train",
        "quotes",
        "--brat",
        brat.to_str().unwrap(),
        "-o",
        &cues,
        "--content-ends",
        &ends,
    ];
    let mut options = format!("cues = {cues:?}, content_ends = {ends:?}");
    if report_scorer {
        args.extend(["--report-scorer", &scorer]);
        options.push_str(&format!(", report_scorer = {scorer:?}"));
    } else {
        options.push_str(", rules_only = true");
    }
    newsnlp_ok(&args);
    let pipeline = dir.join("pipeline.toml");
    std::fs::write(
        &pipeline,
        format!(
            "[[stage]]\nname = \"tokenize\"\n\n[[stage]]\nname = \"ner\"\n\n\
             [[stage]]\nname = \"clusters\"\n\n[[stage]]\nname = \"quotes\"\n\
             options = {{ {options} }}\n"
        ),
    )
    .unwrap();
    let out = newsnlp_ok(&[
        "eval",
        "quotes",
        "--brat",
        brat.to_str().unwrap(),
        "--pipeline",
        pipeline.to_str().unwrap(),
        "--json",
    ]);
    last_json_line(&out)
}

#[test]
fn a_small_quotes_training_run_learns_where_contents_end() {
    let dir = tempfile::tempdir().unwrap();
    let brat = dir.path().join("polnear");
    write_brat(&brat, SENTENCES, &[]);
    let scores = train_and_eval(dir.path(), &brat, false);
    assert_eq!(scores["content_exact_f1"], 100.0, "{scores}");
}

#[test]
fn a_small_quotes_training_run_learns_which_reports_of_a_weak_cue_stand() {
    let dir = tempfile::tempdir().unwrap();
    let brat = dir.path().join("polnear");
    write_brat(&brat, PLANS, &[PLANS_AS_NOUN; 16]);
    let rules_alone = train_and_eval(dir.path(), &brat, false);
    assert_eq!(rules_alone["content_f1"], 0.0, "{rules_alone}");
    let scored = train_and_eval(dir.path(), &brat, true);
    assert_eq!(scored["content_f1"], 100.0, "{scored}");
    assert_eq!(scored["content_precision"], 100.0, "{scored}");
    assert_eq!(scored["speaker_accuracy"], 100.0, "{scored}");
}

/// The reason a corpus could not be read was printed twice (as the
/// message and again as its cause).
#[test]
fn a_missing_corpus_is_named_with_its_reason_once() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-split");
    let stderr = crate::support::newsnlp_fails(&[
        "train",
        "quotes",
        "--brat",
        missing.to_str().unwrap(),
        "-o",
        dir.path().join("cues.tsv").to_str().unwrap(),
    ]);
    assert!(stderr.contains("no-such-split"), "{stderr}");
    let reason = std::fs::read_dir(&missing).unwrap_err().to_string();
    assert_eq!(stderr.matches(&reason).count(), 1, "{stderr}");
}
