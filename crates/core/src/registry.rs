//! Stage registry and TOML pipeline specifications.

use std::collections::BTreeMap;
use std::path::Path;

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::pipeline::{Pipeline, PipelineError};
use crate::stage::{Stage, StageError};

/// Builds a stage from its options.
pub type StageFactory =
    Box<dyn Fn(&StageOptions) -> Result<Box<dyn Stage>, StageError> + Send + Sync>;

/// Maps stage names to factories, so pipelines can be described by name.
///
/// The `newsnlp` facade fills one with the built-in stages
/// (`newsnlp::registry()`); a third-party crate adds its own with
/// [`Registry::register`].
#[derive(Default)]
pub struct Registry {
    factories: BTreeMap<String, StageFactory>,
}

impl std::fmt::Debug for Registry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.factories.keys()).finish()
    }
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Self {
        Registry::default()
    }

    /// Registers (or replaces) the factory for `name`.
    pub fn register<F>(&mut self, name: &str, factory: F) -> &mut Self
    where
        F: Fn(&StageOptions) -> Result<Box<dyn Stage>, StageError> + Send + Sync + 'static,
    {
        self.factories.insert(name.to_string(), Box::new(factory));
        self
    }

    /// Registered stage names, sorted.
    pub fn names(&self) -> Vec<&str> {
        self.factories.keys().map(String::as_str).collect()
    }

    /// Builds one stage by name.
    pub fn build_stage(
        &self,
        name: &str,
        options: &StageOptions,
    ) -> Result<Box<dyn Stage>, PipelineError> {
        let factory = self
            .factories
            .get(name)
            .ok_or_else(|| PipelineError::UnknownStage {
                name: name.to_string(),
                known: self.names().join(", "),
            })?;
        Ok(factory(options)?)
    }

    /// Builds and validates the pipeline a spec describes.
    pub fn build(&self, spec: &PipelineSpec) -> Result<Pipeline, PipelineError> {
        let stages = spec
            .stages
            .iter()
            .map(|s| {
                self.build_stage(
                    &s.name,
                    &StageOptions {
                        stage: s.name.clone(),
                        table: s.options.clone(),
                    },
                )
            })
            .collect::<Result<Vec<_>, _>>()?;
        Pipeline::new(stages)
    }
}

/// A pipeline as written in a TOML file:
///
/// ```toml
/// [[stage]]
/// name = "tokenize"
///
/// [[stage]]
/// name = "keywords"
/// options = { terms = { sanctions = "POLICY" } }
/// ```
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PipelineSpec {
    /// The stages, in run order.
    #[serde(rename = "stage", default)]
    pub stages: Vec<StageSpec>,
}

/// One `[[stage]]` entry of a pipeline file.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StageSpec {
    /// Registered stage name.
    pub name: String,
    /// Stage-specific options.
    #[serde(default)]
    pub options: toml::Table,
}

impl PipelineSpec {
    /// Parses a spec from TOML text; `origin` names it in errors.
    pub fn parse(toml_text: &str, origin: &str) -> Result<Self, PipelineError> {
        let spec: PipelineSpec = toml::from_str(toml_text).map_err(|e| PipelineError::Spec {
            path: origin.to_string(),
            message: e.to_string(),
        })?;
        if spec.stages.is_empty() {
            return Err(PipelineError::Spec {
                path: origin.to_string(),
                message: "no [[stage]] entries".to_string(),
            });
        }
        Ok(spec)
    }

    /// Reads and parses a spec file.
    pub fn from_file(path: &Path) -> Result<Self, PipelineError> {
        let origin = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| PipelineError::Spec {
            path: origin.clone(),
            message: e.to_string(),
        })?;
        Self::parse(&text, &origin)
    }
}

/// A stage's options from a pipeline file.
#[derive(Clone, Debug, Default)]
pub struct StageOptions {
    stage: String,
    table: toml::Table,
}

impl StageOptions {
    /// Options for `stage` from a TOML table (mostly for tests and code that
    /// builds stages directly).
    pub fn new(stage: &str, table: toml::Table) -> Self {
        StageOptions {
            stage: stage.to_string(),
            table,
        }
    }

    /// Deserializes the options into the stage's own options struct; use
    /// `#[serde(deny_unknown_fields, default)]` on it so typos are caught.
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, StageError> {
        toml::Value::Table(self.table.clone())
            .try_into()
            .map_err(|e: toml::de::Error| StageError::Options {
                stage: self.stage.clone(),
                message: e.to_string(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_stage_names_list_the_known_ones() {
        let registry = Registry::new();
        let spec = PipelineSpec::parse("[[stage]]\nname = \"nope\"\n", "<test>").unwrap();
        let err = registry.build(&spec).unwrap_err();
        assert_eq!(err.to_string(), "unknown stage `nope` (known stages: )");
    }

    #[test]
    fn a_spec_with_unknown_keys_is_refused() {
        let err = PipelineSpec::parse("[[stage]]\nname = \"a\"\nopts = 1\n", "p.toml").unwrap_err();
        assert!(
            err.to_string().starts_with("pipeline file p.toml:"),
            "{err}"
        );
    }

    #[test]
    fn an_empty_spec_is_refused() {
        assert!(PipelineSpec::parse("", "p.toml").is_err());
    }
}
