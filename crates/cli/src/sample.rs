//! The bundled sample corpus: the founding article and a few short
//! news-style articles written for the project.

use newsnlp_io::read::Input;

const SAMPLES: &[(&str, &str)] = &[
    (
        "kim-putin-vladivostok.txt",
        include_str!("../../../samples/kim-putin-vladivostok.txt"),
    ),
    (
        "harbour-strike.txt",
        include_str!("../../../samples/harbour-strike.txt"),
    ),
    (
        "budget-vote.txt",
        include_str!("../../../samples/budget-vote.txt"),
    ),
    (
        "flood-warning.txt",
        include_str!("../../../samples/flood-warning.txt"),
    ),
];

/// The sample corpus as an input named `sample`.
pub fn sample_input() -> Input {
    Input::Memory {
        name: "sample".to_string(),
        articles: SAMPLES
            .iter()
            .map(|(id, text)| (id.to_string(), text.to_string()))
            .collect(),
    }
}
