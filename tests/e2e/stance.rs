//! Stance end to end: the corpus graph from annotated output, and the
//! stance model's train and eval commands on a fixture written here.

use crate::support::{last_json_line, newsnlp, newsnlp_fails, newsnlp_ok};

#[test]
fn graph_sums_annotated_jsonl_and_docbin_by_canonical_names() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("sample.jsonl");
    let docbin = dir.path().join("sample.docbin");
    for path in [&jsonl, &docbin] {
        let out = newsnlp(&["annotate", "--quiet", "-o", path.to_str().unwrap()], b"");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let graph = dir.path().join("graph");
    let out = newsnlp(
        &[
            "graph",
            jsonl.to_str().unwrap(),
            docbin.to_str().unwrap(),
            "-o",
            graph.to_str().unwrap(),
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let edges = std::fs::read_to_string(graph.join("edges.csv")).unwrap();
    let us_russia = edges
        .lines()
        .find(|l| l.starts_with("United States,Russia,"))
        .unwrap_or_else(|| panic!("no United States → Russia edge in\n{edges}"));
    // Two copies of the sample: the edge is counted in both.
    assert!(
        us_russia.starts_with("United States,Russia,2,2,"),
        "{us_russia}"
    );
    assert!(us_russia.contains(",negative,"), "{us_russia}");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(graph.join("graph.json")).unwrap()).unwrap();
    assert_eq!(json["articles"], 8);
    let nodes = json["nodes"].as_array().unwrap();
    assert!(nodes
        .iter()
        .any(|n| n["name"] == "Kim Jong-un" && n["label"] == "PER"));
    for (file, root) in [("graph.graphml", "<graphml"), ("graph.gexf", "<gexf")] {
        let xml = std::fs::read_to_string(graph.join(file)).unwrap();
        assert!(
            xml.contains(root) && xml.contains("United States"),
            "{file}"
        );
    }
    assert!(std::fs::read_to_string(graph.join("nodes.csv"))
        .unwrap()
        .starts_with("id,label,type,articles,mentions,quotes,gender\n"));
}

#[test]
fn graph_names_the_line_of_a_record_it_cannot_read() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"id\":\"a\"}\nnot json\n").unwrap();
    let stderr = newsnlp_fails(&[
        "graph",
        bad.to_str().unwrap(),
        "-o",
        dir.path().join("g").to_str().unwrap(),
    ]);
    assert!(stderr.contains("line 2"), "{stderr}");
}

/// A small NewsMTSC-format corpus: who is praised and who is blamed.
fn write_newsmtsc(path: &std::path::Path, copies: usize) {
    let mut lines = String::new();
    let names = ["Alice Green", "Bob Stone", "Carol White", "Dan Black"];
    for i in 0..copies {
        let name = names[i % names.len()];
        let to = name.chars().count();
        for (template, polarity) in [
            ("{} was praised for a brilliant, honest plan.", 6.0),
            ("{} was blamed for a disastrous, corrupt scheme.", 2.0),
            ("{} arrived in the city on Tuesday.", 4.0),
        ] {
            let sentence = template.replace("{}", name);
            lines.push_str(&format!(
                "{{\"sentence_normalized\":\"{sentence}\",\"targets\":[{{\"from\":0,\"to\":{to},\"polarity\":{polarity}}}]}}\n"
            ));
        }
    }
    std::fs::write(path, lines).unwrap();
}

#[test]
fn a_small_stance_training_run_learns_and_eval_reports_json() {
    let dir = tempfile::tempdir().unwrap();
    let train = dir.path().join("train.jsonl");
    let dev = dir.path().join("dev.jsonl");
    write_newsmtsc(&train, 40);
    write_newsmtsc(&dev, 4);
    let model = dir.path().join("stance.bin");
    newsnlp_ok(&[
        "train",
        "stance",
        "--newsmtsc",
        train.to_str().unwrap(),
        "--dev",
        dev.to_str().unwrap(),
        "--learning-rate",
        "0.1",
        "-o",
        model.to_str().unwrap(),
    ]);
    let out = newsnlp_ok(&[
        "eval",
        "stance",
        "--newsmtsc",
        dev.to_str().unwrap(),
        "--model",
        model.to_str().unwrap(),
        "--json",
    ]);
    let scores = last_json_line(&out);
    assert_eq!(scores["f1_macro"], 100.0, "{scores}");
    assert_eq!(scores["accuracy"], 100.0);
}

#[test]
fn eval_stance_names_the_bad_line_of_its_input() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"sentence_normalized\":\"Kim spoke.\",\"targets\":[{\"from\":0,\"to\":3,\"polarity\":4.0}]}\n{\"sentence_normalized\":\"x\",\"targets\":[{\"from\":0,\"to\":5,\"polarity\":4.0}]}\n",
    )
    .unwrap();
    let stderr = newsnlp_fails(&["eval", "stance", "--newsmtsc", bad.to_str().unwrap()]);
    assert!(stderr.contains("bad.jsonl:2"), "{stderr}");
}
