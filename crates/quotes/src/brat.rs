//! PolNeAR in brat standoff: `DIR/text/*.txt` and `DIR/attributions/*.ann`
//! with Source, Cue and Content spans linked by Attribution events.
//! Offsets count Unicode code points; several annotator files for one
//! article: the first in name order is used.

use std::collections::HashMap;
use std::path::Path;

/// Character ranges `[start, end)` of one role (discontinuous spans keep
/// their fragments).
pub type Fragments = Vec<(usize, usize)>;

/// The span from the first fragment's start to the last one's end
/// (`(0, 0)` for none).
pub fn hull(fragments: &[(usize, usize)]) -> (usize, usize) {
    let start = fragments.iter().map(|f| f.0).min().unwrap_or(0);
    let end = fragments.iter().map(|f| f.1).max().unwrap_or(0);
    (start, end)
}

/// One attribution: who (source), how (cue), what (content).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Attribution {
    /// The source, if annotated.
    pub source: Option<Fragments>,
    /// The cue, if annotated.
    pub cue: Option<Fragments>,
    /// The content.
    pub content: Fragments,
}

/// An article and its attributions.
#[derive(Clone, Debug, Default)]
pub struct BratDocument {
    /// File stem of the article.
    pub name: String,
    /// The article text.
    pub text: String,
    /// Its attributions.
    pub attributions: Vec<Attribution>,
}

/// A problem with the corpus files.
#[derive(Debug, thiserror::Error)]
pub enum BratError {
    /// A file cannot be read.
    #[error("{path}: {error}")]
    Io {
        /// The file.
        path: String,
        /// Why. (in the message, not a separate cause, so that a
        /// report of the whole chain names it once)
        error: std::io::Error,
    },
    /// A line of an .ann file is malformed.
    #[error("{path}:{line}: {message}")]
    Format {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Reads every article of a PolNeAR split directory.
pub fn read_dir(dir: &Path) -> Result<Vec<BratDocument>, BratError> {
    let io = |path: &Path| {
        let path = path.display().to_string();
        move |error| BratError::Io { path, error }
    };
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    let mut ann_files: Vec<_> = std::fs::read_dir(&ann_dir)
        .map_err(io(&ann_dir))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ann"))
        .collect();
    ann_files.sort();
    let mut first_by_article: Vec<(String, std::path::PathBuf)> = Vec::new();
    for path in ann_files {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        // `<article>_<annotator>`: the annotator id is the last `_` part.
        let article = stem
            .rsplit_once('_')
            .map_or(stem.as_str(), |(a, _)| a)
            .to_string();
        if first_by_article.last().is_none_or(|(a, _)| *a != article) {
            first_by_article.push((article, path));
        }
    }
    let mut docs = Vec::new();
    for (article, ann) in first_by_article {
        let txt = text_dir.join(format!("{article}.txt"));
        let text = std::fs::read_to_string(&txt).map_err(io(&txt))?;
        let ann_text = std::fs::read_to_string(&ann).map_err(io(&ann))?;
        let attributions = parse_ann(&ann_text).map_err(|(line, message)| BratError::Format {
            path: ann.display().to_string(),
            line,
            message,
        })?;
        docs.push(BratDocument {
            name: article,
            text,
            attributions,
        });
    }
    Ok(docs)
}

/// Parses an .ann file into attributions.
pub fn parse_ann(ann: &str) -> Result<Vec<Attribution>, (usize, String)> {
    let mut spans: HashMap<&str, (String, Fragments)> = HashMap::new();
    let mut events = Vec::new();
    for (n, line) in ann.lines().enumerate() {
        let mut cols = line.split('\t');
        let id = cols.next().unwrap_or("");
        if id.starts_with('T') {
            let Some(def) = cols.next() else { continue };
            let (kind, ranges) = def
                .split_once(' ')
                .ok_or((n + 1, "span without offsets".to_string()))?;
            let mut fragments = Vec::new();
            for range in ranges.split(';') {
                let mut parts = range.split(' ');
                let start = parts.next().and_then(|s| s.parse().ok());
                let end = parts.next().and_then(|s| s.parse().ok());
                match (start, end) {
                    (Some(s), Some(e)) => fragments.push((s, e)),
                    _ => return Err((n + 1, format!("bad offsets `{range}`"))),
                }
            }
            spans.insert(id, (kind.to_string(), fragments));
        } else if id.starts_with('E') {
            events.push(cols.next().unwrap_or("").to_string());
        }
        // Continuation lines of spans covering a newline, `#` notes: skipped.
    }
    let mut out = Vec::new();
    for event in events {
        let mut attribution = Attribution::default();
        for arg in event.split(' ') {
            let Some((role, target)) = arg.split_once(':') else {
                continue;
            };
            let Some((_, fragments)) = spans.get(target) else {
                continue;
            };
            match role {
                "Source" => attribution.source = Some(fragments.clone()),
                "Cue" => attribution.cue = Some(fragments.clone()),
                // `Content2`: the part after an interruption (`“Q1,” X
                // said. “Q2”`), brat's numbering of a second argument.
                "Content" | "Content2" => attribution.content.extend_from_slice(fragments),
                _ => {}
            }
        }
        attribution.content.sort_unstable();
        if !attribution.content.is_empty() {
            out.push(attribution);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_link_their_spans() {
        let ann = "T9\tSource 280 289\tDe Blasio\nT10\tCue 290 294\tsaid\nT11\tContent 295 346\tthe move\nT12\tAttribution 290 294\tsaid\nE3\tAttribution:T12 Content:T11 Cue:T10 Source:T9\nT13\tContent 1 5;7 9\tab cd\nE4\tAttribution-no-source:T13 Content:T13\n";
        let atts = parse_ann(ann).unwrap();
        assert_eq!(atts.len(), 2);
        assert_eq!(atts[0].source, Some(vec![(280, 289)]));
        assert_eq!(atts[0].cue, Some(vec![(290, 294)]));
        assert_eq!(atts[1].content, vec![(1, 5), (7, 9)]);
        assert_eq!(atts[1].source, None);
    }

    #[test]
    fn a_second_content_argument_is_part_of_the_content() {
        let ann = "T1\tContent 10 20\tq1\nT2\tCue 22 26\tsaid\nT3\tContent 30 40\tq2\nE1\tAttribution:T2 Content2:T3 Cue:T2 Content:T1\n";
        let atts = parse_ann(ann).unwrap();
        assert_eq!(atts[0].content, vec![(10, 20), (30, 40)]);
        assert_eq!(hull(&atts[0].content), (10, 40));
    }
}
