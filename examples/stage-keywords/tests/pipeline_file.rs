//! The stage plugs in by name from a pipeline file, with no change to any
//! other crate.

use std::process::Command;

const PIPELINE: &str = r#"
[[stage]]
name = "tokenize"

[[stage]]
name = "keywords"
options = { layer = "topics", terms = { "denuclearization" = "NUCLEAR", "United States" = "COUNTRY", "Korea" = "COUNTRY" } }
"#;

#[test]
fn the_keywords_stage_runs_from_a_pipeline_file_through_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let pipeline = dir.path().join("keywords.toml");
    std::fs::write(&pipeline, PIPELINE).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_newsnlp-keywords"))
        .args(["annotate", "--quiet", "--pipeline"])
        .arg(&pipeline)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    let kim = stdout
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|v| v["id"] == "kim-putin-vladivostok.txt")
        .unwrap();
    assert_eq!(kim["producers"]["topics"], "keywords");
    let text = kim["text"].as_str().unwrap();
    let found: Vec<(usize, &str, &str)> = kim["custom"]["topics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| {
            let s = k["span"][0].as_u64().unwrap() as usize;
            let e = k["span"][1].as_u64().unwrap() as usize;
            (e, &text[s..e], k["label"].as_str().unwrap())
        })
        .collect();
    let labels: Vec<(&str, &str)> = found.iter().map(|(_, t, l)| (*t, *l)).collect();
    assert!(labels.contains(&("denuclearization", "NUCLEAR")));
    assert!(labels.contains(&("United States", "COUNTRY")));
    // `Korea` matches the word three times, never the start of `Korean`.
    let korea: Vec<usize> = found
        .iter()
        .filter(|(_, t, _)| *t == "Korea")
        .map(|(e, _, _)| *e)
        .collect();
    assert_eq!(korea.len(), 3);
    assert!(korea
        .iter()
        .all(|&e| !text[e..].starts_with(char::is_alphabetic)));
}

#[test]
fn an_unknown_stage_in_a_pipeline_file_is_a_clear_fatal_error() {
    let dir = tempfile::tempdir().unwrap();
    let pipeline = dir.path().join("bad.toml");
    std::fs::write(&pipeline, "[[stage]]\nname = \"keywordz\"\n").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_newsnlp-keywords"))
        .args(["annotate", "--quiet", "--pipeline"])
        .arg(&pipeline)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("unknown stage `keywordz`") && stderr.contains("keywords"),
        "{stderr}"
    );
}
