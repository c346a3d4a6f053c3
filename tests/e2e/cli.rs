//! The CLI contract: sample corpus, bad input, streaming, resume, DocBin.

use crate::support::{fixture, newsnlp, records, token_texts};

#[test]
fn annotate_without_input_annotates_the_bundled_sample() {
    let out = newsnlp(&["annotate", "--quiet"], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 4);
    assert_eq!(recs[0]["id"], "kim-putin-vladivostok.txt");
    assert!(recs
        .iter()
        .all(|r| r["tokens"].as_array().is_some_and(|t| !t.is_empty())));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("4 articles (0 errors)"),
        "summary missing: {stderr}"
    );
}

#[test]
fn every_bad_record_becomes_an_error_record_and_good_ones_survive() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.jsonl");
    let huge_text = "word ".repeat(10 * 1024 * 1024); // a 50 MB article
    std::fs::write(&big, format!("{{\"id\":\"huge\",\"text\":\"{huge_text}\"}}\n{{\"id\":\"after-huge\",\"text\":\"Still here.\"}}\n")).unwrap();
    let bad = fixture("bad-records.jsonl");
    let out = newsnlp(
        &[
            "annotate",
            "--quiet",
            bad.to_str().unwrap(),
            big.to_str().unwrap(),
        ],
        b"",
    );
    assert!(out.status.success(), "per-record errors are not fatal");
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 12, "one output line per input line");
    let reason = |i: usize| {
        recs[i]["error"]["reason"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    assert_eq!(recs[0]["id"], "good-1");
    assert!(reason(1).starts_with("malformed JSON"));
    assert_eq!(reason(2), "missing `text`");
    assert_eq!(recs[2]["id"], "no-text");
    assert_eq!(reason(3), "`text` must be a string, found a number");
    assert!(reason(4).starts_with("invalid UTF-8"), "{}", reason(4));
    assert!(
        reason(5).starts_with("malformed JSON"),
        "NUL line: {}",
        reason(5)
    );
    assert!(reason(6).starts_with("empty article"));
    assert!(reason(7).starts_with("duplicate id `good-1`"));
    assert_eq!(reason(8), "missing `id`");
    assert_eq!(recs[9]["id"], "good-2");
    assert!(recs[9]["tokens"].is_array());
    assert!(reason(10).contains("exceeds the limit"), "{}", reason(10));
    assert_eq!(recs[10]["error"]["line"], 1);
    assert!(recs[10]["error"]["input"]
        .as_str()
        .unwrap()
        .ends_with("big.jsonl"));
    assert_eq!(recs[11]["id"], "after-huge");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("12 articles (9 errors)"), "{stderr}");
}

#[test]
fn stream_mode_is_a_line_for_line_filter_with_logs_on_stderr() {
    let input = std::fs::read(fixture("news-small.jsonl")).unwrap();
    let out = newsnlp(
        &[
            "annotate",
            "--stream",
            "--batch-size",
            "1",
            "--threads",
            "2",
        ],
        &input,
    );
    assert!(out.status.success());
    let recs = records(&out.stdout);
    let ids: Vec<&str> = recs.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["wire-1", "wire-2", "wire-3", "wire-4", "wire-5"]);
    assert_eq!(
        recs[0]["meta"]["section"], "world",
        "extra fields round-trip"
    );
    assert_eq!(recs[0]["meta"]["tags"][1], "un");
    assert!(String::from_utf8_lossy(&out.stderr).contains("5 articles"));
}

#[test]
fn stream_mode_refuses_file_arguments_as_a_usage_mistake() {
    let out = newsnlp(&["annotate", "--stream", "some.jsonl"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--stream reads stdin"));
}

#[test]
fn unknown_flags_are_usage_errors() {
    let out = newsnlp(&["annotate", "--no-such-flag"], b"");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_missing_input_file_is_fatal() {
    let out = newsnlp(&["annotate", "/nonexistent/input.jsonl"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/input.jsonl"));
}

fn resume_matches_uninterrupted(extension: &str, keep_bytes: impl Fn(&[u8]) -> usize) {
    let dir = tempfile::tempdir().unwrap();
    let input = fixture("news-small.jsonl");
    let input = input.to_str().unwrap();
    let full = dir.path().join(format!("full.{extension}"));
    let resumed = dir.path().join(format!("resumed.{extension}"));
    let out = newsnlp(
        &[
            "annotate",
            "--quiet",
            "--batch-size",
            "1",
            input,
            "-o",
            full.to_str().unwrap(),
        ],
        b"",
    );
    assert!(out.status.success());
    let complete = std::fs::read(&full).unwrap();
    // An interrupted run: part of the output, cut mid-record, never renamed.
    let partial = dir.path().join(format!("resumed.{extension}.partial"));
    std::fs::write(&partial, &complete[..keep_bytes(&complete)]).unwrap();
    let out = newsnlp(
        &[
            "annotate",
            "--resume",
            input,
            "-o",
            resumed.to_str().unwrap(),
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("resuming after 2 records"));
    assert_eq!(std::fs::read(&resumed).unwrap(), complete);
    assert!(!partial.exists());
    let again = newsnlp(
        &[
            "annotate",
            "--resume",
            input,
            "-o",
            resumed.to_str().unwrap(),
        ],
        b"",
    );
    assert!(String::from_utf8_lossy(&again.stderr).contains("already complete"));
}

#[test]
fn resumed_jsonl_output_equals_an_uninterrupted_run() {
    resume_matches_uninterrupted("jsonl", |bytes| {
        let second_newline = bytes
            .iter()
            .enumerate()
            .filter(|(_, &b)| b == b'\n')
            .nth(1)
            .unwrap()
            .0;
        second_newline + 20
    });
}

#[test]
fn resumed_docbin_output_equals_an_uninterrupted_run() {
    resume_matches_uninterrupted("docbin", |bytes| {
        // header, then two records, then 10 bytes of the third
        let mut pos = 20;
        for _ in 0..2 {
            let len = u32::from_le_bytes(bytes[pos..pos + 4].try_into().unwrap()) as usize;
            pos += 8 + len;
        }
        pos + 10
    });
}

#[test]
fn docbin_round_trips_through_inspect_and_damage_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let input = fixture("news-small.jsonl");
    let bin = dir.path().join("out.docbin");
    let jsonl = newsnlp(&["annotate", "--quiet", input.to_str().unwrap()], b"");
    let out = newsnlp(
        &[
            "annotate",
            "--quiet",
            input.to_str().unwrap(),
            "-o",
            bin.to_str().unwrap(),
        ],
        b"",
    );
    assert!(out.status.success());
    let inspected = newsnlp(&["inspect", bin.to_str().unwrap()], b"");
    assert!(inspected.status.success());
    assert_eq!(
        inspected.stdout, jsonl.stdout,
        "DocBin reloads to the same annotations"
    );
    let mut bytes = std::fs::read(&bin).unwrap();
    bytes.truncate(bytes.len() - 30);
    std::fs::write(&bin, &bytes).unwrap();
    let damaged = newsnlp(&["inspect", bin.to_str().unwrap()], b"");
    assert_eq!(damaged.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&damaged.stderr).contains("truncated DocBin file"));
    let foreign = newsnlp(&["inspect", "--id", "x", input.to_str().unwrap()], b"");
    assert!(foreign.status.success(), "JSONL files are inspected too");
}

#[test]
fn render_shows_sentences_tokens_and_boilerplate() {
    let out = newsnlp(&["render", "--id", "kim-putin-vladivostok.txt"], b"");
    assert!(out.status.success());
    let shown = String::from_utf8(out.stdout).unwrap();
    assert!(
        shown.contains("¶ [boilerplate]\n  Leave · a · Reply"),
        "{shown}"
    );
    assert!(shown.contains("Kim · Jong-un · criticized"));
}

#[test]
fn stages_lists_the_built_in_stages_with_their_layers() {
    let out = newsnlp(&["stages"], b"");
    let listed = String::from_utf8(out.stdout).unwrap();
    assert!(
        listed.contains(
            "tokenize\trequires: []\tprovides: [paragraphs, sentences, tokens, boilerplate]"
        ),
        "{listed}"
    );
}

#[test]
fn tokens_in_output_carry_their_flags() {
    let input = std::fs::read(fixture("news-small.jsonl")).unwrap();
    let out = newsnlp(&["annotate", "--stream"], &input);
    let recs = records(&out.stdout);
    let wire4 = &recs[3];
    let texts = token_texts(wire4);
    let quote = texts.iter().position(|t| t == "“").unwrap();
    assert_eq!(wire4["tokens"][quote]["quote"], "opening");
    assert_eq!(wire4["tokens"][0]["sentence_initial"], true);
    let hashtag = texts.iter().position(|t| t == "#SaoPaulo").unwrap();
    assert_eq!(wire4["tokens"][hashtag]["kind"], "hashtag");
}

/// `newsnlp inspect` sums the quotes of a file by their speaker's gender,
/// DocBin and JSONL alike: the Gender Gap Tracker's count of a corpus.
#[test]
fn inspect_counts_quotes_by_their_speakers_gender() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let text = "Mrs. Ettedgui met Mr. Hoe at Google on Monday. \"We agreed,\" Mrs. Ettedgui said. \
                \"It went well,\" Mr. Hoe said. \"So did we,\" Mrs. Ettedgui added. Google said \
                it was pleased.";
    let record = serde_json::json!({"id": "g", "text": text}).to_string();
    std::fs::write(&input, record + "\n").unwrap();
    for output in ["out.jsonl", "out.docbin"] {
        let output = dir.path().join(output);
        let args = ["annotate", "--quiet", input.to_str().unwrap(), "-o"];
        let annotated = newsnlp(&[&args[..], &[output.to_str().unwrap()]].concat(), b"");
        assert!(annotated.status.success());
        let inspected = newsnlp(&["inspect", output.to_str().unwrap()], b"");
        let summary = String::from_utf8_lossy(&inspected.stderr);
        assert!(
            summary.contains(
                "4 quotes: 1 said by a man, 2 by a woman (66.7% of those marked), 1 by a \
                 speaker of no marked gender"
            ),
            "{summary}"
        );
    }
}

/// The output tells a person's gender where the article marks it, on
/// their cluster and on each quote they speak: what the Gender Gap
/// Tracker counts, who is quoted, women or men.
#[test]
fn clusters_and_quotes_carry_the_gender_the_article_marks() {
    let input = serde_json::json!({
        "id": "g",
        "text": "Mrs. Ettedgui met Mr. Hoe at Google on Monday. \"We agreed,\" Mrs. Ettedgui \
                 said. \"It went well,\" Mr. Hoe said. Google said it was pleased."
    })
    .to_string();
    let out = newsnlp(&["annotate", "--stream"], input.as_bytes());
    let record = &records(&out.stdout)[0];
    let gender_of = |name: &str| {
        record["clusters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"].as_str().is_some_and(|n| n.contains(name)))
            .unwrap_or_else(|| panic!("no cluster `{name}` in {record:#}"))
            .get("gender")
            .cloned()
    };
    assert_eq!(gender_of("Ettedgui"), Some("female".into()), "{record:#}");
    assert_eq!(gender_of("Hoe"), Some("male".into()), "{record:#}");
    assert_eq!(gender_of("Google"), None, "{record:#}");
    let speaker_genders: Vec<(&str, Option<&str>)> = record["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["kind"] == "direct")
        .map(|q| {
            (
                q["speaker_name"].as_str().unwrap_or(""),
                q["speaker_gender"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        speaker_genders,
        [("Ettedgui", Some("female")), ("Hoe", Some("male"))],
        "{record:#}"
    );
}
