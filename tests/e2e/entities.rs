//! Entity types through a pipeline: the known-name table of the `ner`
//! stage, shipped or named in a pipeline file.

use newsnlp::core::{Document, EntityKind, PipelineSpec};

/// Three sentences with names that CoNLL-2003 (1996) never saw.
const TEXT: &str = "Al Jazeera's Barnaby Phillips, reporting from London, said it was over. Theresa May will trigger Brexit on Wednesday. The Taliban said it had attacked the base.";

/// Runs tokenize and ner, the latter with `ner_options` (TOML inline
/// table contents), over `text`.
fn tagged(text: &str, ner_options: &str) -> Result<Document, String> {
    let toml = format!(
        "[[stage]]\nname = \"tokenize\"\n\n[[stage]]\nname = \"ner\"\noptions = {{ {ner_options} }}\n"
    );
    let spec = PipelineSpec::parse(&toml, "test").map_err(|e| e.to_string())?;
    let pipeline = newsnlp::registry()
        .build(&spec)
        .map_err(|e| e.to_string())?;
    let mut doc = Document::new("t", text).map_err(|e| e.to_string())?;
    pipeline.process(&mut doc).map_err(|e| e.to_string())?;
    Ok(doc)
}

/// The type of the entity of `doc` that reads `name`; the test fails,
/// showing them all, when none does.
fn kind_of(doc: &Document, name: &str) -> EntityKind {
    let entities = &doc.layers.entities.as_ref().unwrap().items;
    entities
        .iter()
        .find(|e| e.span.text(&doc.text) == Some(name))
        .unwrap_or_else(|| panic!("no entity `{name}` in {entities:#?}"))
        .kind
}

/// The entities of `doc` as its text writes them, with their types.
fn entities_read(doc: &Document) -> Vec<(&str, EntityKind)> {
    doc.layers
        .entities
        .as_ref()
        .unwrap()
        .items
        .iter()
        .filter_map(|e| Some((e.span.text(&doc.text)?, e.kind)))
        .collect()
}

/// A known-name table in a temporary file.
fn table_file(dir: &tempfile::TempDir, tsv: &str) -> String {
    let path = dir.path().join("known-names.tsv");
    std::fs::write(&path, tsv).unwrap();
    format!("known_names = {:?}", path.to_str().unwrap())
}

/// `Al Jazeera's Barnaby Phillips`, `trigger Brexit`, `The Taliban said`:
/// the entity model read a news network as a person, Brexit as a place
/// and the Taliban as other (MISC); Al Jazeera then took pronouns as a
/// person.
#[test]
fn names_news_writes_daily_get_their_known_types() {
    let doc = tagged(TEXT, "").unwrap();
    assert_eq!(kind_of(&doc, "Al Jazeera"), EntityKind::Organization);
    assert_eq!(kind_of(&doc, "Brexit"), EntityKind::Misc);
    assert_eq!(kind_of(&doc, "Taliban"), EntityKind::Organization);
}

#[test]
fn a_pipeline_may_name_its_own_known_name_table() {
    let dir = tempfile::tempdir().unwrap();
    let options = table_file(&dir, "# people\nBarnaby Phillips\tPER\n");
    let doc = tagged(TEXT, &options).unwrap();
    assert_eq!(kind_of(&doc, "Barnaby Phillips"), EntityKind::Person);
    // Not in this table: the model's own type.
    assert_eq!(kind_of(&doc, "Brexit"), EntityKind::Location);
}

#[test]
fn a_bad_known_name_table_is_refused_with_its_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let options = table_file(&dir, "Twitter\tORG\nBrexit\tEVENT\n");
    let error = tagged(TEXT, &options).unwrap_err();
    assert!(error.contains("known-names.tsv"), "{error}");
    assert!(
        error.contains("line 2: unknown entity type `EVENT`"),
        "{error}"
    );
}

/// `Theresa May told the House of Commons`, where no other sentence names
/// her in full: the model read `Theresa` alone (17 times in Dai), and
/// her quotes went to `Theresa`, her first name no surname.
#[test]
fn a_first_name_cut_from_a_known_full_name_is_the_full_name() {
    let doc = tagged("Theresa May told the House of Commons it was over.", "").unwrap();
    assert_eq!(kind_of(&doc, "Theresa May"), EntityKind::Person);
}

/// `May` is a month to a model trained on CoNLL-2003: in the Dai
/// articles that name Theresa May, `May said` went untagged 21 times in
/// 25, and `Theresa May has` lost its `May`. The surname of a person the
/// article names in full is that person where it stands alone.
#[test]
fn a_surname_that_is_a_month_is_the_person_the_article_named() {
    let text = "Prime Minister Theresa May met Angela Merkel in Berlin. Theresa May has \
                promised a vote in May. May said the talks went well. Scotland's first \
                minister accused May of ignoring voters.";
    let doc = tagged(text, "").unwrap();
    let people: Vec<&str> = entities_read(&doc)
        .into_iter()
        .filter(|&(_, kind)| kind == EntityKind::Person)
        .map(|(name, _)| name)
        .collect();
    assert_eq!(
        people,
        ["Theresa May", "Angela Merkel", "Theresa May", "May", "May"],
        "{:#?}",
        doc.layers.entities
    );
}

/// `his daughter Ivanka will intervene`: the model read `Ivanka` as an
/// organisation (10 times in the Dai corpus, misled by the clothing line
/// of that name). A capitalised word after a noun of kinship that a
/// possessive owns opens a person's name.
#[test]
fn a_name_after_his_daughter_is_a_person() {
    let text = "Activists hold out hope that his daughter Ivanka will intervene. \
                Sarah Beattie lost her husband, Nelson, last year.";
    let doc = tagged(text, "").unwrap();
    assert_eq!(kind_of(&doc, "Ivanka"), EntityKind::Person);
    assert_eq!(kind_of(&doc, "Nelson"), EntityKind::Person);
}

/// `The Rohingya have fled`, `Muslims`: CoNLL-2003's Reuters wrote
/// `Moslem`, so the model read `Muslim` (and the peoples it never saw)
/// as a place or an organisation; religions and peoples are MISC.
#[test]
fn religions_and_peoples_are_miscellaneous_names() {
    let doc = tagged("The Rohingya have fled Myanmar by the thousands.", "").unwrap();
    assert_eq!(kind_of(&doc, "Rohingya"), EntityKind::Misc);
}

/// `One Muslim voter told AFP`: a sentence's opening `One` is no part of
/// the name after it (the model had read `One Muslim` as an
/// organisation).
#[test]
fn a_sentence_opening_one_is_no_part_of_a_name() {
    let doc = tagged(
        "The polls closed.\n\nOne Muslim voter told AFP that the rhetoric had prompted her family to vote.",
        "",
    )
    .unwrap();
    let names: Vec<&str> = entities_read(&doc)
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    assert!(names.iter().all(|n| !n.starts_with("One")), "{names:?}");
}
