//! The corpus graph: who said what about whom, summed over many articles
//! by canonical names. Nodes are entity clusters (by canonical name and
//! type), edges are speaker → target stances.
//!
//! Input is annotated output: JSONL written by `newsnlp annotate` (read
//! through its `clusters`, `quotes` and `stances` fields) or DocBin.
//! Output: CSV node and edge tables, JSON, GraphML and GEXF (Gephi,
//! networkx, igraph, Cytoscape open them).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use newsnlp_core::english::Gender;
use newsnlp_core::{Document, Polarity};
use serde::{Deserialize, Serialize};

/// One article's stances, by canonical names.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ArticleStances {
    /// The article's id.
    pub id: String,
    /// Its clusters.
    pub entities: Vec<ArticleEntity>,
    /// For each quote with a speaker cluster: that cluster's index.
    pub quote_speakers: Vec<usize>,
    /// Its stances: speaker and target cluster indexes, score, evidence.
    pub stances: Vec<StanceRow>,
}

/// One entity cluster of an article.
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleEntity {
    /// The canonical name.
    pub name: String,
    /// The type label (`PER`, `ORG`, `LOC`, `MISC`).
    pub label: String,
    /// How many mentions the article has of it.
    pub mentions: usize,
    /// The person's gender, where the article marks it.
    pub gender: Option<Gender>,
}

/// One stance of an article.
#[derive(Clone, Debug, PartialEq)]
pub struct StanceRow {
    /// Index of the speaker in the article's entities.
    pub speaker: usize,
    /// Index of the target in the article's entities.
    pub target: usize,
    /// Score in `[-1, 1]`.
    pub score: f32,
    /// The evidence text.
    pub evidence: String,
}

impl ArticleStances {
    /// Reads an annotated document.
    pub fn from_document(doc: &Document) -> Self {
        let entities = doc
            .layers
            .cluster_items()
            .iter()
            .map(|c| ArticleEntity {
                name: c.name.clone(),
                label: c.kind.label().to_string(),
                mentions: c.mentions.len(),
                gender: c.gender,
            })
            .collect();
        let quote_speakers = doc
            .layers
            .quotes
            .iter()
            .flat_map(|l| &l.items)
            .filter_map(|q| q.speaker_cluster.map(|c| c as usize))
            .collect();
        let stances = doc
            .layers
            .stances
            .iter()
            .flat_map(|l| &l.items)
            .map(|s| StanceRow {
                speaker: s.speaker as usize,
                target: s.target as usize,
                score: s.score,
                evidence: s.evidence.text(&doc.text).unwrap_or("").to_string(),
            })
            .collect();
        ArticleStances {
            id: doc.id.clone(),
            entities,
            quote_speakers,
            stances,
        }
    }

    /// Reads one line of annotated JSONL; `Ok(None)` for an error record.
    pub fn from_jsonl(line: &str) -> Result<Option<Self>, serde_json::Error> {
        let record: JsonArticle = serde_json::from_str(line)?;
        if record.error.is_some() {
            return Ok(None);
        }
        Ok(Some(ArticleStances {
            id: record.id.unwrap_or_default(),
            entities: record
                .clusters
                .into_iter()
                .map(|c| ArticleEntity {
                    mentions: c.mentions.len(),
                    name: c.name,
                    label: c.label,
                    gender: c.gender,
                })
                .collect(),
            quote_speakers: record
                .quotes
                .into_iter()
                .filter_map(|q| q.speaker_cluster)
                .collect(),
            stances: record
                .stances
                .into_iter()
                .map(|s| StanceRow {
                    speaker: s.speaker,
                    target: s.target,
                    score: s.score,
                    evidence: s.evidence.text,
                })
                .collect(),
        }))
    }
}

#[derive(Deserialize)]
struct JsonArticle {
    id: Option<String>,
    error: Option<serde_json::Value>,
    #[serde(default)]
    clusters: Vec<JsonCluster>,
    #[serde(default)]
    quotes: Vec<JsonQuote>,
    #[serde(default)]
    stances: Vec<JsonStance>,
}

#[derive(Deserialize)]
struct JsonCluster {
    name: String,
    label: String,
    #[serde(default)]
    mentions: Vec<serde_json::Value>,
    #[serde(default)]
    gender: Option<Gender>,
}

#[derive(Deserialize)]
struct JsonQuote {
    speaker_cluster: Option<usize>,
}

#[derive(Deserialize)]
struct JsonStance {
    speaker: usize,
    target: usize,
    score: f32,
    evidence: JsonText,
}

#[derive(Deserialize)]
struct JsonText {
    text: String,
}

/// A node: one canonical name (and type) over the corpus.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Node {
    /// The canonical name.
    pub name: String,
    /// The type label (`PER`, `ORG`, `LOC`, `MISC`).
    pub label: String,
    /// Articles that mention it.
    pub articles: u64,
    /// Mentions, over all articles.
    pub mentions: u64,
    /// Quotes attributed to it.
    pub quotes: u64,
    /// A person's gender: the one more of the articles that mark one
    /// give them; none on a tie, or where none marks one.
    pub gender: Option<Gender>,
    /// Articles that mark the person male, and female.
    #[serde(skip)]
    gender_articles: (u64, u64),
}

/// An edge: one speaker's stances toward one target over the corpus.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Edge {
    /// The speaker's canonical name.
    pub speaker: String,
    /// The target's canonical name.
    pub target: String,
    /// Stances summed.
    pub count: u64,
    /// Articles they come from.
    pub articles: u64,
    /// Mean score in `[-1, 1]`.
    pub mean_score: f64,
    /// The polarity of the mean score.
    pub polarity: String,
    /// Negative, neutral and positive stances.
    pub negative: u64,
    /// See `negative`.
    pub neutral: u64,
    /// See `negative`.
    pub positive: u64,
    /// The evidence of the stance with the largest absolute score.
    pub strongest_evidence: String,
    /// The article of that evidence.
    pub strongest_article: String,
    /// Its score.
    pub strongest_score: f64,
}

/// The graph being summed.
#[derive(Clone, Debug, Default)]
pub struct CorpusGraph {
    nodes: BTreeMap<(String, String), Node>,
    edges: BTreeMap<(String, String), (Edge, f64)>,
    /// Articles read.
    pub articles: u64,
}

impl CorpusGraph {
    /// Adds one article.
    pub fn add(&mut self, article: &ArticleStances) {
        self.articles += 1;
        let key = |i: usize| {
            article
                .entities
                .get(i)
                .map(|e| (e.name.clone(), e.label.clone()))
        };
        let mut seen = std::collections::BTreeSet::new();
        for entity in &article.entities {
            let node = self.node((entity.name.clone(), entity.label.clone()));
            node.mentions += entity.mentions as u64;
            if seen.insert((&entity.name, &entity.label)) {
                node.articles += 1;
                match entity.gender {
                    Some(Gender::Male) => node.gender_articles.0 += 1,
                    Some(Gender::Female) => node.gender_articles.1 += 1,
                    None => {}
                }
            }
        }
        for &speaker in &article.quote_speakers {
            if let Some(k) = key(speaker) {
                self.node(k).quotes += 1;
            }
        }
        let mut pairs_seen = std::collections::BTreeSet::new();
        for stance in &article.stances {
            let (Some(s), Some(t)) = (key(stance.speaker), key(stance.target)) else {
                continue;
            };
            if s.0 == t.0 {
                continue;
            }
            let pair = (s.0.clone(), t.0.clone());
            let (edge, sum) = self.edges.entry(pair.clone()).or_default();
            edge.speaker.clone_from(&pair.0);
            edge.target.clone_from(&pair.1);
            edge.count += 1;
            if pairs_seen.insert(pair) {
                edge.articles += 1;
            }
            *sum += stance.score as f64;
            match Polarity::of_score(stance.score) {
                Polarity::Negative => edge.negative += 1,
                Polarity::Neutral => edge.neutral += 1,
                Polarity::Positive => edge.positive += 1,
            }
            if edge.count == 1 || stance.score.abs() as f64 > edge.strongest_score.abs() {
                edge.strongest_score = (stance.score as f64 * 1e4).round() / 1e4;
                edge.strongest_evidence.clone_from(&stance.evidence);
                edge.strongest_article.clone_from(&article.id);
            }
        }
    }

    fn node(&mut self, key: (String, String)) -> &mut Node {
        self.nodes.entry(key.clone()).or_insert_with(|| Node {
            name: key.0,
            label: key.1,
            ..Node::default()
        })
    }

    /// The nodes that take part in an edge of at least `min_count`
    /// stances, and those edges.
    pub fn finish(&self, min_count: u64) -> (Vec<Node>, Vec<Edge>) {
        let edges: Vec<Edge> = self
            .edges
            .values()
            .filter(|(e, _)| e.count >= min_count)
            .map(|(e, sum)| {
                let mean = sum / e.count as f64;
                Edge {
                    mean_score: (mean * 1e4).round() / 1e4,
                    polarity: Polarity::of_score(mean as f32).label().to_string(),
                    ..e.clone()
                }
            })
            .collect();
        let linked: std::collections::BTreeSet<&str> = edges
            .iter()
            .flat_map(|e| [e.speaker.as_str(), e.target.as_str()])
            .collect();
        let nodes = self
            .nodes
            .values()
            .filter(|n| linked.contains(n.name.as_str()))
            .map(|n| Node {
                gender: match n.gender_articles.0.cmp(&n.gender_articles.1) {
                    std::cmp::Ordering::Greater => Some(Gender::Male),
                    std::cmp::Ordering::Less => Some(Gender::Female),
                    std::cmp::Ordering::Equal => None,
                },
                ..n.clone()
            })
            .collect();
        (nodes, edges)
    }
}

/// A CSV field, quoted when it needs to be.
fn csv_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

fn csv_row(out: &mut String, fields: &[&str]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        csv_field(out, f);
    }
    out.push('\n');
}

/// The node table as CSV (`id` is the canonical name, as Gephi expects).
pub fn nodes_csv(nodes: &[Node]) -> String {
    let mut out = String::new();
    csv_row(
        &mut out,
        &[
            "id", "label", "type", "articles", "mentions", "quotes", "gender",
        ],
    );
    for n in nodes {
        let counts = [n.articles, n.mentions, n.quotes].map(|c| c.to_string());
        csv_row(
            &mut out,
            &[
                &n.name,
                &n.name,
                &n.label,
                &counts[0],
                &counts[1],
                &counts[2],
                gender_label(n.gender),
            ],
        );
    }
    out
}

/// The label of a node's gender in the tables: empty where none is known.
fn gender_label(gender: Option<Gender>) -> &'static str {
    gender.map_or("", Gender::label)
}

/// The edge table as CSV (`source`, `target`, `weight` as Gephi expects).
pub fn edges_csv(edges: &[Edge]) -> String {
    let mut out = String::new();
    csv_row(
        &mut out,
        &[
            "source",
            "target",
            "weight",
            "articles",
            "mean_score",
            "polarity",
            "negative",
            "neutral",
            "positive",
            "strongest_score",
            "strongest_article",
            "strongest_evidence",
        ],
    );
    for e in edges {
        let numbers = [
            e.count.to_string(),
            e.articles.to_string(),
            e.mean_score.to_string(),
        ];
        let counts = [e.negative, e.neutral, e.positive].map(|c| c.to_string());
        let strongest = e.strongest_score.to_string();
        csv_row(
            &mut out,
            &[
                &e.speaker,
                &e.target,
                &numbers[0],
                &numbers[1],
                &numbers[2],
                &e.polarity,
                &counts[0],
                &counts[1],
                &counts[2],
                &strongest,
                &e.strongest_article,
                &e.strongest_evidence,
            ],
        );
    }
    out
}

/// The graph as one JSON object: `{"articles", "nodes": [...], "edges": [...]}`.
pub fn graph_json(
    articles: u64,
    nodes: &[Node],
    edges: &[Edge],
) -> Result<String, serde_json::Error> {
    #[derive(Serialize)]
    struct Graph<'a> {
        articles: u64,
        nodes: &'a [Node],
        edges: &'a [Edge],
    }
    serde_json::to_string_pretty(&Graph {
        articles,
        nodes,
        edges,
    })
}

/// Text made safe for XML content and attributes.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// The graph as GraphML, directed, with node and edge attributes.
pub fn graphml(nodes: &[Node], edges: &[Edge]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n\
         \x20 <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n\
         \x20 <key id=\"articles\" for=\"node\" attr.name=\"articles\" attr.type=\"long\"/>\n\
         \x20 <key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"long\"/>\n\
         \x20 <key id=\"quotes\" for=\"node\" attr.name=\"quotes\" attr.type=\"long\"/>\n\
         \x20 <key id=\"gender\" for=\"node\" attr.name=\"gender\" attr.type=\"string\"/>\n\
         \x20 <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"long\"/>\n\
         \x20 <key id=\"mean_score\" for=\"edge\" attr.name=\"mean_score\" attr.type=\"double\"/>\n\
         \x20 <key id=\"polarity\" for=\"edge\" attr.name=\"polarity\" attr.type=\"string\"/>\n\
         \x20 <key id=\"evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n\
         \x20 <graph id=\"stances\" edgedefault=\"directed\">\n",
    );
    for n in nodes {
        let _ = writeln!(
            out,
            "    <node id=\"{}\"><data key=\"type\">{}</data><data key=\"articles\">{}</data><data key=\"mentions\">{}</data><data key=\"quotes\">{}</data><data key=\"gender\">{}</data></node>",
            xml(&n.name),
            xml(&n.label),
            n.articles,
            n.mentions,
            n.quotes,
            gender_label(n.gender)
        );
    }
    for e in edges {
        let _ = writeln!(
            out,
            "    <edge source=\"{}\" target=\"{}\"><data key=\"weight\">{}</data><data key=\"mean_score\">{}</data><data key=\"polarity\">{}</data><data key=\"evidence\">{}</data></edge>",
            xml(&e.speaker),
            xml(&e.target),
            e.count,
            e.mean_score,
            e.polarity,
            xml(&e.strongest_evidence)
        );
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

/// The graph as GEXF 1.3, directed, with node and edge attributes.
pub fn gexf(nodes: &[Node], edges: &[Edge]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n\
         \x20 <graph defaultedgetype=\"directed\">\n\
         \x20   <attributes class=\"node\">\n\
         \x20     <attribute id=\"0\" title=\"type\" type=\"string\"/>\n\
         \x20     <attribute id=\"1\" title=\"articles\" type=\"long\"/>\n\
         \x20     <attribute id=\"2\" title=\"quotes\" type=\"long\"/>\n\
         \x20     <attribute id=\"3\" title=\"gender\" type=\"string\"/>\n\
         \x20   </attributes>\n\
         \x20   <attributes class=\"edge\">\n\
         \x20     <attribute id=\"0\" title=\"mean_score\" type=\"double\"/>\n\
         \x20     <attribute id=\"1\" title=\"polarity\" type=\"string\"/>\n\
         \x20     <attribute id=\"2\" title=\"evidence\" type=\"string\"/>\n\
         \x20   </attributes>\n\
         \x20   <nodes>\n",
    );
    for n in nodes {
        let _ = writeln!(
            out,
            "      <node id=\"{0}\" label=\"{0}\"><attvalues><attvalue for=\"0\" value=\"{1}\"/><attvalue for=\"1\" value=\"{2}\"/><attvalue for=\"2\" value=\"{3}\"/><attvalue for=\"3\" value=\"{4}\"/></attvalues></node>",
            xml(&n.name),
            xml(&n.label),
            n.articles,
            n.quotes,
            gender_label(n.gender)
        );
    }
    out.push_str("    </nodes>\n    <edges>\n");
    for (i, e) in edges.iter().enumerate() {
        let _ = writeln!(
            out,
            "      <edge id=\"{i}\" source=\"{}\" target=\"{}\" weight=\"{}\"><attvalues><attvalue for=\"0\" value=\"{}\"/><attvalue for=\"1\" value=\"{}\"/><attvalue for=\"2\" value=\"{}\"/></attvalues></edge>",
            xml(&e.speaker),
            xml(&e.target),
            e.count,
            e.mean_score,
            e.polarity,
            xml(&e.strongest_evidence)
        );
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(name: &str, label: &str, mentions: usize, gender: Option<Gender>) -> ArticleEntity {
        ArticleEntity {
            name: name.into(),
            label: label.into(),
            mentions,
            gender,
        }
    }

    fn article(id: &str, stances: &[(usize, usize, f32)]) -> ArticleStances {
        ArticleStances {
            id: id.into(),
            entities: vec![
                entity("Kim Jong-un", "PER", 3, Some(Gender::Male)),
                entity("United States", "LOC", 2, None),
                entity("A & B \"Co\"", "ORG", 1, None),
            ],
            quote_speakers: vec![0, 0],
            stances: stances
                .iter()
                .map(|&(speaker, target, score)| StanceRow {
                    speaker,
                    target,
                    score,
                    evidence: format!("evidence, {score}"),
                })
                .collect(),
        }
    }

    #[test]
    fn stances_sum_by_canonical_names_over_articles() {
        let mut graph = CorpusGraph::default();
        graph.add(&article("a", &[(0, 1, -0.8), (0, 1, -0.2)]));
        graph.add(&article("b", &[(0, 1, 0.4), (2, 0, 0.9)]));
        let (nodes, edges) = graph.finish(1);
        assert_eq!(nodes.len(), 3);
        let kim = nodes.iter().find(|n| n.name == "Kim Jong-un").unwrap();
        assert_eq!((kim.articles, kim.mentions, kim.quotes), (2, 6, 4));
        let kim_us = edges.iter().find(|e| e.target == "United States").unwrap();
        assert_eq!((kim_us.count, kim_us.articles), (3, 2));
        assert!((kim_us.mean_score + 0.2).abs() < 1e-9);
        assert_eq!(kim_us.polarity, "negative");
        assert_eq!(
            (kim_us.negative, kim_us.neutral, kim_us.positive),
            (2, 0, 1)
        );
        assert_eq!(kim_us.strongest_article, "a");
        assert_eq!(graph.finish(3).1.len(), 1, "min count drops the rare edge");
    }

    #[test]
    fn csv_and_xml_escape_what_they_must() {
        let mut graph = CorpusGraph::default();
        graph.add(&article("a", &[(2, 0, 0.9)]));
        let (nodes, edges) = graph.finish(1);
        let csv = nodes_csv(&nodes);
        assert!(csv.contains("\"A & B \"\"Co\"\"\""), "{csv}");
        assert!(edges_csv(&edges).contains("\"evidence, 0.9\""));
        let xml = graphml(&nodes, &edges);
        assert!(xml.contains("A &amp; B &quot;Co&quot;"), "{xml}");
        assert!(gexf(&nodes, &edges).contains("source=\"A &amp; B &quot;Co&quot;\""));
    }

    #[test]
    fn jsonl_error_records_are_skipped() {
        assert_eq!(
            ArticleStances::from_jsonl(r#"{"id":"x","error":{"reason":"bad"}}"#).unwrap(),
            None
        );
        let line = r#"{"id":"x","clusters":[{"id":0,"name":"Kim","label":"PER","gender":"male","mentions":[{},{}]},{"id":1,"name":"US","label":"LOC","mentions":[]}],"quotes":[{"speaker_cluster":0},{}],"stances":[{"speaker":0,"target":1,"score":-0.5,"evidence":{"text":"t"}}]}"#;
        let article = ArticleStances::from_jsonl(line).unwrap().unwrap();
        assert_eq!(
            article.entities[0],
            entity("Kim", "PER", 2, Some(Gender::Male))
        );
        assert_eq!(article.quote_speakers, [0]);
        assert_eq!(article.stances[0].score, -0.5);
    }

    /// A node's gender is the one more of its articles mark; a tie, or
    /// no mark, leaves it out.
    #[test]
    fn a_nodes_gender_is_the_one_most_of_its_articles_mark() {
        let mut graph = CorpusGraph::default();
        graph.add(&article("a", &[(0, 1, -0.8)]));
        graph.add(&article("b", &[(0, 1, 0.4)]));
        let mut unmarked = article("c", &[(2, 0, 0.9)]);
        unmarked.entities[0].gender = None;
        graph.add(&unmarked);
        let mut other = article("d", &[(2, 0, 0.9)]);
        other.entities[0].gender = Some(Gender::Female);
        other.entities[2].gender = Some(Gender::Female);
        graph.add(&other);
        let (nodes, edges) = graph.finish(1);
        let gender_of = |name: &str| nodes.iter().find(|n| n.name == name).unwrap().gender;
        assert_eq!(gender_of("Kim Jong-un"), Some(Gender::Male));
        assert_eq!(gender_of("United States"), None);
        assert_eq!(gender_of("A & B \"Co\""), Some(Gender::Female));
        let csv = nodes_csv(&nodes);
        assert!(
            csv.starts_with("id,label,type,articles,mentions,quotes,gender\n"),
            "{csv}"
        );
        assert!(
            csv.contains("Kim Jong-un,Kim Jong-un,PER,4,12,8,male\n"),
            "{csv}"
        );
        assert!(graphml(&nodes, &edges).contains("<data key=\"gender\">male</data>"));
        assert!(graph_json(4, &nodes, &edges)
            .unwrap()
            .contains("\"gender\": \"male\""));
    }
}
