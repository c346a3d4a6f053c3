//! Pipelines: stages in order, checked when built, run over batches.

use std::collections::BTreeSet;
use std::panic::{catch_unwind, AssertUnwindSafe};

use rayon::prelude::*;

use crate::document::Document;
use crate::layer::LayerName;
use crate::stage::{Stage, StageError};

/// Why a pipeline could not be built.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// A stage reads a layer that no earlier stage writes.
    #[error("stage `{stage}` requires layer `{layer}`, which no earlier stage provides (earlier stages provide: {available})")]
    MissingLayer {
        /// The stage with the unmet requirement.
        stage: String,
        /// The missing layer.
        layer: LayerName,
        /// What earlier stages provide, comma-separated.
        available: String,
    },
    /// Two stages write the same layer.
    #[error("layer `{layer}` is provided by both `{first}` and `{second}`")]
    DuplicateProvider {
        /// The layer.
        layer: LayerName,
        /// The earlier stage.
        first: String,
        /// The later stage.
        second: String,
    },
    /// A pipeline file names a stage the registry does not know.
    #[error("unknown stage `{name}` (known stages: {known})")]
    UnknownStage {
        /// The unknown name.
        name: String,
        /// Registered names, comma-separated.
        known: String,
    },
    /// A pipeline file cannot be read or parsed.
    #[error("pipeline file {path}: {message}")]
    Spec {
        /// The file (or `<string>`).
        path: String,
        /// What is wrong.
        message: String,
    },
    /// A stage could not be built from its options.
    #[error(transparent)]
    Stage(#[from] StageError),
}

/// Why one document failed; the run goes on with the next one.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[error("stage `{stage}`: {reason}")]
pub struct RecordFailure {
    /// The stage that failed.
    pub stage: String,
    /// Why.
    pub reason: String,
}

/// Stages in order, validated so that each one's required layers exist.
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

impl std::fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.stage_names()).finish()
    }
}

impl Pipeline {
    /// Builds a pipeline, failing when a stage requires a layer no earlier
    /// stage provides, or when two stages provide the same layer.
    pub fn new(stages: Vec<Box<dyn Stage>>) -> Result<Self, PipelineError> {
        let mut provided: Vec<(LayerName, String)> = Vec::new();
        for stage in &stages {
            for layer in stage.requires() {
                if !provided.iter().any(|(l, _)| l == layer) {
                    let available = provided
                        .iter()
                        .map(|(l, _)| l.to_string())
                        .collect::<Vec<_>>()
                        .join(", ");
                    return Err(PipelineError::MissingLayer {
                        stage: stage.name().to_string(),
                        layer: layer.clone(),
                        available: if available.is_empty() {
                            "nothing".into()
                        } else {
                            available
                        },
                    });
                }
            }
            for layer in stage.provides() {
                if let Some((_, first)) = provided.iter().find(|(l, _)| l == layer) {
                    return Err(PipelineError::DuplicateProvider {
                        layer: layer.clone(),
                        first: first.clone(),
                        second: stage.name().to_string(),
                    });
                }
                provided.push((layer.clone(), stage.name().to_string()));
            }
        }
        Ok(Pipeline { stages })
    }

    /// The stage names in order.
    pub fn stage_names(&self) -> Vec<&str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    /// Runs every stage over one document. A stage error, a panic, or a
    /// layer written without being declared becomes a [`RecordFailure`].
    pub fn process(&self, doc: &mut Document) -> Result<(), RecordFailure> {
        for stage in &self.stages {
            run_stage(stage.as_ref(), doc)?;
        }
        Ok(())
    }

    /// Runs the pipeline over a batch in parallel (rayon's current pool);
    /// results are in batch order.
    pub fn process_batch(&self, docs: &mut [Document]) -> Vec<Result<(), RecordFailure>> {
        docs.par_iter_mut().map(|doc| self.process(doc)).collect()
    }
}

fn run_stage(stage: &dyn Stage, doc: &mut Document) -> Result<(), RecordFailure> {
    let before: BTreeSet<LayerName> = doc.layers.present().into_iter().collect();
    let outcome = catch_unwind(AssertUnwindSafe(|| stage.process(doc)));
    let failure = |reason: String| RecordFailure {
        stage: stage.name().to_string(),
        reason,
    };
    match outcome {
        Ok(Ok(())) => {}
        Ok(Err(err)) => return Err(failure(stage_error_reason(err))),
        Err(panic) => return Err(failure(format!("panicked: {}", panic_message(&panic)))),
    }
    for layer in doc.layers.present() {
        if !before.contains(&layer) && !stage.provides().contains(&layer) {
            return Err(failure(format!(
                "wrote layer `{layer}` it does not declare"
            )));
        }
    }
    for layer in stage.provides() {
        if !doc.layers.has(layer) {
            return Err(failure(format!("did not write declared layer `{layer}`")));
        }
        doc.layers.stamp_producer(layer, stage.name());
    }
    Ok(())
}

fn stage_error_reason(err: StageError) -> String {
    match err {
        StageError::Document { message, .. } => message,
        other => other.to_string(),
    }
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layer::Layer;
    use crate::span::Span;

    struct Fake {
        name: &'static str,
        requires: Vec<LayerName>,
        provides: Vec<LayerName>,
        writes_sentences: bool,
        panics: bool,
    }

    impl Fake {
        fn new(name: &'static str, requires: Vec<LayerName>, provides: Vec<LayerName>) -> Self {
            Fake {
                name,
                requires,
                provides,
                writes_sentences: false,
                panics: false,
            }
        }
    }

    impl Stage for Fake {
        fn name(&self) -> &str {
            self.name
        }
        fn requires(&self) -> &[LayerName] {
            &self.requires
        }
        fn provides(&self) -> &[LayerName] {
            &self.provides
        }
        fn process(&self, doc: &mut Document) -> Result<(), StageError> {
            if self.panics {
                panic!("boom in {}", doc.id);
            }
            for layer in &self.provides {
                if layer == &LayerName::Paragraphs {
                    doc.layers.paragraphs = Some(Layer::new("", vec![Span::new(0, 1)]));
                }
            }
            if self.writes_sentences {
                doc.layers.sentences = Some(Layer::new("", vec![]));
            }
            Ok(())
        }
    }

    #[test]
    fn building_fails_when_a_required_layer_has_no_provider() {
        let stages: Vec<Box<dyn Stage>> = vec![Box::new(Fake::new(
            "needs-tokens",
            vec![LayerName::Tokens],
            vec![],
        ))];
        let err = Pipeline::new(stages).unwrap_err();
        assert!(err.to_string().contains("requires layer `tokens`"), "{err}");
    }

    #[test]
    fn building_fails_when_two_stages_provide_one_layer() {
        let stages: Vec<Box<dyn Stage>> = vec![
            Box::new(Fake::new("a", vec![], vec![LayerName::Paragraphs])),
            Box::new(Fake::new("b", vec![], vec![LayerName::Paragraphs])),
        ];
        assert!(matches!(
            Pipeline::new(stages),
            Err(PipelineError::DuplicateProvider { .. })
        ));
    }

    #[test]
    fn undeclared_layer_write_fails_the_record_not_the_run() {
        let mut rogue = Fake::new("rogue", vec![], vec![LayerName::Paragraphs]);
        rogue.writes_sentences = true;
        let pipeline = Pipeline::new(vec![Box::new(rogue)]).unwrap();
        let mut doc = Document::new("d1", "text").unwrap();
        let err = pipeline.process(&mut doc).unwrap_err();
        assert!(err.reason.contains("`sentences`"), "{err}");
    }

    #[test]
    fn a_panicking_stage_becomes_a_record_failure() {
        let mut bad = Fake::new("bad", vec![], vec![]);
        bad.panics = true;
        let pipeline = Pipeline::new(vec![Box::new(bad)]).unwrap();
        let mut docs = vec![Document::new("d1", "x").unwrap()];
        let results = pipeline.process_batch(&mut docs);
        assert_eq!(
            results[0].as_ref().unwrap_err().reason,
            "panicked: boom in d1"
        );
    }

    #[test]
    fn the_pipeline_stamps_the_producer_of_declared_layers() {
        let pipeline = Pipeline::new(vec![Box::new(Fake::new(
            "p",
            vec![],
            vec![LayerName::Paragraphs],
        ))])
        .unwrap();
        let mut doc = Document::new("d1", "x").unwrap();
        pipeline.process(&mut doc).unwrap();
        assert_eq!(doc.layers.paragraphs.unwrap().producer, "p");
    }
}
