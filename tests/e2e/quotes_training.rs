//! `newsnlp train quotes` on a small PolNeAR-style corpus written here,
//! and `newsnlp eval quotes` with the lexicon and content-end model it
//! learned.

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

/// Writes `DIR/text/a.txt` and `DIR/attributions/a_1.ann`, as PolNeAR
/// lays them out (an `Attribution` trigger over the cue links the roles).
fn write_brat(dir: &Path) {
    std::fs::create_dir_all(dir.join("text")).unwrap();
    std::fs::create_dir_all(dir.join("attributions")).unwrap();
    let mut text = String::new();
    let mut ann = String::new();
    for (n, (source, cue, content, rest)) in SENTENCES.iter().enumerate() {
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
    std::fs::write(dir.join("text/a.txt"), text).unwrap();
    std::fs::write(dir.join("attributions/a_1.ann"), ann).unwrap();
}

#[test]
fn a_small_quotes_training_run_learns_where_contents_end() {
    let dir = tempfile::tempdir().unwrap();
    let brat = dir.path().join("polnear");
    write_brat(&brat);
    let cues = dir.path().join("cues.tsv");
    let ends = dir.path().join("content-ends.bin");
    newsnlp_ok(&[
        "train",
        "quotes",
        "--brat",
        brat.to_str().unwrap(),
        "-o",
        cues.to_str().unwrap(),
        "--content-ends",
        ends.to_str().unwrap(),
    ]);
    let pipeline = dir.path().join("pipeline.toml");
    std::fs::write(
        &pipeline,
        format!(
            "[[stage]]\nname = \"tokenize\"\n\n[[stage]]\nname = \"ner\"\n\n\
             [[stage]]\nname = \"clusters\"\n\n[[stage]]\nname = \"quotes\"\n\
             options = {{ cues = {:?}, content_ends = {:?} }}\n",
            cues.to_str().unwrap(),
            ends.to_str().unwrap()
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
    let scores = last_json_line(&out);
    assert_eq!(scores["content_exact_f1"], 100.0, "{scores}");
}
