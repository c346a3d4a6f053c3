//! Entity clustering over entity layers set by hand, so that a test can
//! give the clusters a reading the entity model makes only in long
//! articles.

use newsnlp::clusters::{cluster, shipped_aliases, shipped_first_names, shipped_full_names};
use newsnlp::core::{Document, Entity, EntityCluster, EntityKind, Layer, PipelineSpec, Span};

/// `text` through the tokenizer, with an entity of each `(word, kind)` at
/// the word's occurrences in order.
fn with_entities(text: &str, entities: &[(&str, EntityKind)]) -> Document {
    let spec = PipelineSpec::parse("[[stage]]\nname = \"tokenize\"\n", "tokenize").unwrap();
    let pipeline = newsnlp::registry().build(&spec).unwrap();
    let mut doc = Document::new("t", text).unwrap();
    pipeline.process(&mut doc).unwrap();
    let mut from = 0;
    let items = entities
        .iter()
        .map(|&(word, kind)| {
            let start = from + text[from..].find(word).unwrap();
            from = start + word.len();
            Entity {
                span: Span {
                    start: start as u32,
                    end: from as u32,
                },
                kind,
                score: 0.9,
            }
        })
        .collect();
    doc.layers.entities = Some(Layer::new("test", items));
    doc
}

/// The clusters of `doc` with the shipped tables.
fn shipped_clusters(doc: &Document) -> Vec<EntityCluster> {
    cluster(
        doc,
        &shipped_aliases().unwrap(),
        &shipped_first_names().unwrap(),
        &shipped_full_names().unwrap(),
    )
}

/// The mentions, as written in `text`, of the cluster whose first
/// mention reads `first`; the test fails, showing the clusters, when none
/// does.
fn mentions_of_cluster_opened_by<'t>(
    clusters: &[EntityCluster],
    text: &'t str,
    first: &str,
) -> Vec<&'t str> {
    clusters
        .iter()
        .map(|c| {
            c.mentions
                .iter()
                .map(|m| &text[m.start as usize..m.end as usize])
                .collect::<Vec<_>>()
        })
        .find(|mentions| mentions.first() == Some(&first))
        .unwrap_or_else(|| panic!("{clusters:#?}"))
}

/// The name of the cluster whose first mention reads `first` in `text`,
/// if any.
fn name_of_cluster_opened_by<'c>(
    clusters: &'c [EntityCluster],
    text: &str,
    first: &str,
) -> Option<&'c str> {
    clusters
        .iter()
        .find(|c| {
            c.mentions
                .first()
                .is_some_and(|m| &text[m.start as usize..m.end as usize] == first)
        })
        .map(|c| c.name.as_str())
}

/// In an article about Trump and Trump Tower the entity model read most
/// `Trump` mentions as an organisation: the cluster was the organisation
/// `Trump`, so no full name, and `the president` went to Obama.
#[test]
fn a_surname_read_once_as_a_person_is_that_person_whatever_most_readings_say() {
    let text = "Trump said Obama had tapped Trump Tower. Trump denied it. Trump wrote more.";
    let doc = with_entities(
        text,
        &[
            ("Trump", EntityKind::Person),
            ("Obama", EntityKind::Person),
            ("Trump Tower", EntityKind::Organization),
            ("Trump", EntityKind::Organization),
            ("Trump", EntityKind::Organization),
        ],
    );
    let clusters = shipped_clusters(&doc);
    let trump = clusters
        .iter()
        .find(|c| c.mentions.len() == 3)
        .unwrap_or_else(|| panic!("{clusters:#?}"));
    assert_eq!(trump.name, "Donald Trump", "{clusters:#?}");
    assert_eq!(trump.kind, EntityKind::Person);
    // A name never read as a person stays what it was read as.
    let doc = with_entities(text, &[("Trump", EntityKind::Organization)]);
    let clusters = shipped_clusters(&doc);
    assert_eq!(clusters[0].name, "Trump", "{clusters:#?}");
    assert_eq!(clusters[0].kind, EntityKind::Organization);
}

/// `Speaking on RTÉ's Today with Sean O'Rourke, he said`: the pronoun
/// went to the presenter, the first person of its sentence; a person
/// named in a phrase of speaking before the subject is not its subject.
#[test]
fn a_pronoun_after_a_fronted_phrase_of_speaking_is_not_the_person_named_in_it() {
    let text = "John Byrne said the plan would work. Speaking on Today with Sean O'Rourke, he \
                said it was costly.";
    let doc = with_entities(
        text,
        &[
            ("John Byrne", EntityKind::Person),
            ("Sean O'Rourke", EntityKind::Person),
        ],
    );
    let clusters = shipped_clusters(&doc);
    let he = text.find(", he").unwrap() as u32 + 2;
    let holder = clusters
        .iter()
        .find(|c| c.mentions.iter().any(|m| m.start == he))
        .unwrap_or_else(|| panic!("{clusters:#?}"));
    assert_eq!(holder.name, "John Byrne", "{clusters:#?}");
}

/// `The Russian Defence Ministry reported ... the ministry said`: the
/// description stayed `the ministry`, a speaker of its own in every
/// article, so a corpus summed up by speaker lost the ministry's words.
/// A description with a modifier the name lacks (`the foreign ministry`)
/// is another institution.
#[test]
fn an_institution_noun_after_the_stands_for_the_organisation_named_with_it() {
    let text =
        "The Russian Defence Ministry reported the drills. The ministry said the drills were \
                routine. The defence ministry added more. The foreign ministry said nothing.";
    let doc = with_entities(
        text,
        &[("Russian Defence Ministry", EntityKind::Organization)],
    );
    let clusters = shipped_clusters(&doc);
    let mentions: Vec<&str> = clusters[0]
        .mentions
        .iter()
        .map(|m| &text[m.start as usize..m.end as usize])
        .collect();
    assert_eq!(
        mentions,
        [
            "Russian Defence Ministry",
            "The ministry",
            "The defence ministry"
        ],
        "{clusters:#?}"
    );
}

/// An institution noun in a name inside a quote, or a name the article
/// gives no such noun, stands for no later description.
#[test]
fn an_institution_noun_links_only_to_a_name_outside_quotes_that_holds_it() {
    let text = "Smith said “the Central Bank failed.” Sberbank grew. The bank said it would grow.";
    let doc = with_entities(
        text,
        &[
            ("Smith", EntityKind::Person),
            ("Central Bank", EntityKind::Organization),
            ("Sberbank", EntityKind::Organization),
        ],
    );
    let clusters = shipped_clusters(&doc);
    let the_bank = text.find("The bank").unwrap() as u32;
    assert!(
        clusters
            .iter()
            .all(|c| c.mentions.iter().all(|m| m.start != the_bank)),
        "{clusters:#?}"
    );
}

/// `his attorney Vitaly Serdyuk told TASS ... “Q,” the attorney said`:
/// the description stayed `the attorney`, though the article named the
/// attorney. A role noun of people an article introduces by name goes
/// to the person the same role introduced right before or after a comma,
/// never to the salient person (the client), nor to one named further on
/// (`the attorney for Alexei Navalny`).
#[test]
fn a_role_description_stands_for_the_person_the_role_introduced() {
    let text = "Viktor Yanukovych asked for monitoring, his attorney Vitaly Serdyuk told TASS. \
                Yanukovych will not attend. The attorney said the case was political.";
    let doc = with_entities(
        text,
        &[
            ("Viktor Yanukovych", EntityKind::Person),
            ("Vitaly Serdyuk", EntityKind::Person),
            ("Yanukovych", EntityKind::Person),
        ],
    );
    let clusters = shipped_clusters(&doc);
    let the_attorney = text.find("The attorney").unwrap() as u32;
    let holder = clusters
        .iter()
        .find(|c| c.mentions.iter().any(|m| m.start == the_attorney))
        .unwrap_or_else(|| panic!("{clusters:#?}"));
    assert_eq!(holder.name, "Vitaly Serdyuk", "{clusters:#?}");

    let text = "The attorney for Alexei Navalny spoke. Navalny will not attend. The attorney \
                said the case was political.";
    let doc = with_entities(
        text,
        &[
            ("Alexei Navalny", EntityKind::Person),
            ("Navalny", EntityKind::Person),
        ],
    );
    let clusters = shipped_clusters(&doc);
    let the_attorney = text.rfind("The attorney").unwrap() as u32;
    assert!(
        clusters
            .iter()
            .all(|c| c.mentions.iter().all(|m| m.start != the_attorney)),
        "{clusters:#?}"
    );
}

/// `SpaceX, the space exploration company founded by Elon Musk, ... the
/// company said`: no name holds `company`, so the description stayed a
/// speaker of its own. An apposition or a title that gives an
/// organisation its kind (`the Chinese firm Huawei`) lets the kind noun
/// stand for it; so does a company's suffix (`Toshiba Corp`).
#[test]
fn a_kind_noun_an_apposition_gives_an_organisation_stands_for_it() {
    let text = "SpaceX, the space exploration company founded by Elon Musk, plans a flight. \
                The company said it was paid. The Chinese firm Huawei sold phones. The firm \
                said sales rose. Toshiba Corp reported a loss. The company will sell a unit.";
    let doc = with_entities(
        text,
        &[
            ("SpaceX", EntityKind::Organization),
            ("Elon Musk", EntityKind::Person),
            ("Huawei", EntityKind::Organization),
            ("Toshiba Corp", EntityKind::Organization),
        ],
    );
    assert_descriptions_stand_for(
        &doc,
        &[
            ("The company said", "SpaceX"),
            ("The firm", "Huawei"),
            ("The company will", "Toshiba Corp"),
        ],
    );
}

/// Checks that the mention opening where each description of `pairs`
/// first occurs in `doc`'s text is in the shipped cluster of that name.
fn assert_descriptions_stand_for(doc: &Document, pairs: &[(&str, &str)]) {
    let clusters = shipped_clusters(doc);
    for &(description, name) in pairs {
        let at = doc.text.find(description).unwrap() as u32;
        let holder = clusters
            .iter()
            .find(|c| c.mentions.iter().any(|m| m.start == at))
            .unwrap_or_else(|| panic!("{description}: {clusters:#?}"));
        assert_eq!(holder.name, name, "{clusters:#?}");
    }
}

/// `Apple's shares rose ... The company said`: with no apposition nor
/// suffix to give Apple its kind, `the company` stood for no one. What
/// only a company has (`'s shares`, `CEO`, `shares of`) makes a name a
/// company's.
#[test]
fn a_name_with_shares_or_profits_is_the_company_described_after_it() {
    let text = "Apple's shares rose on Tuesday. The company said demand was strong. \
                Shares of Tesco fell. The company said sales had slowed.";
    let doc = with_entities(
        text,
        &[
            ("Apple", EntityKind::Organization),
            ("Tesco", EntityKind::Organization),
        ],
    );
    assert_descriptions_stand_for(
        &doc,
        &[
            ("The company said demand", "Apple"),
            ("The company said sales", "Tesco"),
        ],
    );
}

/// `Chechnya's leader Ramzan Kadyrov said ... Chechnya's leader added`:
/// a role after a possessive had no `the`, so it stood for no one; it
/// now stands for the person the same words titled after the owner's
/// name, and never for the salient person, most often the owner
/// (`Masood's mother`).
#[test]
fn a_role_after_a_possessive_stands_for_the_person_the_same_words_titled() {
    let text = "Putin spokesman Dmitry Peskov said the talks were useful. Later, Putin's \
                spokesman said the deal was dead. Masood's mother said she was sad.";
    let doc = with_entities(
        text,
        &[
            ("Putin", EntityKind::Person),
            ("Dmitry Peskov", EntityKind::Person),
            ("Putin", EntityKind::Person),
            ("Masood", EntityKind::Person),
        ],
    );
    let clusters = shipped_clusters(&doc);
    let mentions_of = |first: &str| mentions_of_cluster_opened_by(&clusters, text, first);
    assert_eq!(
        mentions_of("Dmitry Peskov"),
        ["Dmitry Peskov", "Putin's spokesman"],
        "{clusters:#?}"
    );
    assert_eq!(mentions_of("Masood"), ["Masood"], "{clusters:#?}");
}

/// `Ri Tong-il ... He told reporters ... he said ... she said`, where the
/// entity model read the woman's name as a place: no honorific or first
/// name marked Ri's gender, so the `she` went to him. Two pronouns of one
/// gender linked to a person, none of the other, now mark it.
#[test]
fn a_pronoun_of_the_other_gender_than_a_persons_pronouns_is_not_theirs() {
    let text = "The delegation includes Ri Tong-il. He told reporters the diplomats came for \
                the body. Later he said they wanted friendly ties. Florence Looi said the \
                officials were upset. Then she said they wanted the body back.";
    let doc = with_entities(text, &[("Ri Tong-il", EntityKind::Person)]);
    let clusters = shipped_clusters(&doc);
    let ri = clusters
        .iter()
        .find(|c| c.name == "Ri Tong-il")
        .unwrap_or_else(|| panic!("{clusters:#?}"));
    let mentions: Vec<&str> = ri
        .mentions
        .iter()
        .map(|m| &text[m.start as usize..m.end as usize])
        .collect();
    assert_eq!(mentions, ["Ri Tong-il", "He", "he"], "{clusters:#?}");
}

/// `Chinese Foreign Minister Wang Yi ... China's foreign minister said`:
/// the place's adjective titles the person as its name would; a person a
/// clause after the role names is not titled by it (`the Japanese top
/// diplomat, he has met with Lavrov`).
#[test]
fn a_role_after_a_places_possessive_stands_for_the_person_its_adjective_titled() {
    let text = "Chinese Foreign Minister Wang Yi met Kerry. China's foreign minister said the \
                talks were good. According to the Japanese top diplomat, he has met with \
                Lavrov. Japan's top diplomat said they were friends.";
    let doc = with_entities(
        text,
        &[
            ("Wang Yi", EntityKind::Person),
            ("Kerry", EntityKind::Person),
            ("China", EntityKind::Location),
            ("Lavrov", EntityKind::Person),
            ("Japan", EntityKind::Location),
        ],
    );
    let clusters = shipped_clusters(&doc);
    let mentions_of = |first: &str| mentions_of_cluster_opened_by(&clusters, text, first);
    assert!(
        mentions_of("Wang Yi").contains(&"China's foreign minister"),
        "{clusters:#?}"
    );
    assert!(
        !mentions_of("Lavrov").contains(&"Japan's top diplomat"),
        "{clusters:#?}"
    );
}

/// The shipped first-name table gave `zhang` a male gender, learned from
/// the pronouns of men whose family name it is: `she` after `Zhang
/// Mengmeng` found no one.
#[test]
fn a_she_after_a_chinese_name_is_that_person() {
    let text = "Zhang Mengmeng, a senior researcher, says the firm will grow. \"It's a \
                visionary move. Alibaba is no longer content,\" she says.";
    let doc = with_entities(
        text,
        &[
            ("Zhang Mengmeng", EntityKind::Person),
            ("Alibaba", EntityKind::Organization),
        ],
    );
    let clusters = shipped_clusters(&doc);
    assert_eq!(
        mentions_of_cluster_opened_by(&clusters, text, "Zhang Mengmeng"),
        ["Zhang Mengmeng", "she"],
        "{clusters:#?}"
    );
}

/// `But she said ... May is pursuing a “hard Brexit” ... “Q,” she said`:
/// the pronoun went to May, the person named nearest before it, though
/// the sentence before speaks of Sturgeon through its subject `she`. A
/// `he` or `she` linked to a person mentions them as a name would.
#[test]
fn a_pronoun_linked_to_a_person_makes_them_salient_as_their_name_would() {
    let text = "Nicola Sturgeon met reporters. Sturgeon said she sought a compromise. \
                But she said she has become convinced May is pursuing a hard Brexit. \
                \"I am not turning my back on talks,\" she said.";
    let doc = with_entities(
        text,
        &[
            ("Nicola Sturgeon", EntityKind::Person),
            ("Sturgeon", EntityKind::Person),
            ("May", EntityKind::Person),
        ],
    );
    let clusters = shipped_clusters(&doc);
    let sturgeon = mentions_of_cluster_opened_by(&clusters, text, "Nicola Sturgeon");
    assert_eq!(
        sturgeon.iter().filter(|&&m| m == "she").count(),
        4,
        "{clusters:#?}"
    );
}

/// A cluster tells its person's gender where the article marks it: an
/// honorific, else the first name, else two pronouns or more linked, all
/// of one gender; an organisation has none.
#[test]
fn a_clusters_gender_is_what_the_article_marks() {
    let text = "Mrs. Ettedgui met Angela Merkel and Ri Tong-il at Acme. Ri Tong-il spoke \
                first. He said the talks went well. Later he said they would meet again.";
    let doc = with_entities(
        text,
        &[
            ("Ettedgui", EntityKind::Person),
            ("Angela Merkel", EntityKind::Person),
            ("Ri Tong-il", EntityKind::Person),
            ("Acme", EntityKind::Organization),
            ("Ri Tong-il", EntityKind::Person),
        ],
    );
    let clusters = shipped_clusters(&doc);
    let gender_of = |name: &str| {
        clusters
            .iter()
            .find(|c| c.name.contains(name))
            .unwrap_or_else(|| panic!("{clusters:#?}"))
            .gender
    };
    use newsnlp::core::english::Gender;
    assert_eq!(gender_of("Ettedgui"), Some(Gender::Female), "{clusters:#?}");
    assert_eq!(gender_of("Merkel"), Some(Gender::Female), "{clusters:#?}");
    assert_eq!(gender_of("Ri Tong-il"), Some(Gender::Male), "{clusters:#?}");
    assert_eq!(gender_of("Acme"), None, "{clusters:#?}");
}

/// `a spokesman for May said ... the Downing Street spokesman said`: the
/// person named right after the earlier `spokesman` was taken for the
/// spokesman, though `for` names the one the spokesman speaks for.
#[test]
fn a_spokesman_is_not_the_person_named_after_for() {
    let text = "Earlier, a spokesman for May said officials had protested. Later the Downing \
                Street spokesman said the matter was closed.";
    let doc = with_entities(
        text,
        &[
            ("May", EntityKind::Person),
            ("Downing Street", EntityKind::Location),
        ],
    );
    let clusters = shipped_clusters(&doc);
    assert_eq!(
        mentions_of_cluster_opened_by(&clusters, text, "May"),
        ["May"],
        "{clusters:#?}"
    );
}

/// `President Trump said ... his daughter Ivanka Trump`: the surname that
/// came first joined the only full name written out, and the president's
/// words were his daughter's.
#[test]
fn the_presidents_surname_does_not_join_his_daughter_named_later() {
    let text = "President Trump said on Monday the plan would pass. Trump spoke for an hour. \
                His daughter Ivanka Trump sat beside him. Trump later left.";
    let doc = with_entities(
        text,
        &[
            ("Trump", EntityKind::Person),
            ("Trump", EntityKind::Person),
            ("Ivanka Trump", EntityKind::Person),
            ("Trump", EntityKind::Person),
        ],
    );
    let clusters = shipped_clusters(&doc);
    let name_of = |first: &str| name_of_cluster_opened_by(&clusters, text, first);
    assert_eq!(name_of("Trump"), Some("Donald Trump"), "{clusters:#?}");
    assert_eq!(
        name_of("Ivanka Trump"),
        Some("Ivanka Trump"),
        "{clusters:#?}"
    );
}

/// `Trudeau took the office his father, Pierre Trudeau, held ...
/// Trudeau said`: the prime minister's surname joined his father, named
/// once in passing after a noun of kinship.
#[test]
fn a_surname_does_not_join_a_relative_named_once_after_a_kinship_noun() {
    let text = "At 43, Trudeau took the office his father, Pierre Trudeau, held decades \
                earlier. Trudeau said he was proud. Trudeau later met voters. Trudeau left.";
    let doc = with_entities(
        text,
        &[
            ("Trudeau", EntityKind::Person),
            ("Pierre Trudeau", EntityKind::Person),
            ("Trudeau", EntityKind::Person),
            ("Trudeau", EntityKind::Person),
            ("Trudeau", EntityKind::Person),
        ],
    );
    let clusters = shipped_clusters(&doc);
    let name_of = |first: &str| name_of_cluster_opened_by(&clusters, text, first);
    assert_eq!(name_of("Trudeau"), Some("Justin Trudeau"), "{clusters:#?}");
    assert_eq!(
        name_of("Pierre Trudeau"),
        Some("Pierre Trudeau"),
        "{clusters:#?}"
    );
}

/// `Russian President Vladimir Putin met Donald Trump. The U.S. president
/// said ...`: the description went to the salient person, Putin, whom
/// the article had titled with another country.
#[test]
fn a_description_with_a_place_does_not_join_a_person_titled_with_another() {
    let text = "Russian President Vladimir Putin met Donald Trump in Helsinki. \
                The U.S. president said the talks went well. \
                Putin smiled. The Russian president said nothing.";
    let doc = with_entities(
        text,
        &[
            ("Russian", EntityKind::Misc),
            ("Vladimir Putin", EntityKind::Person),
            ("Donald Trump", EntityKind::Person),
            ("Helsinki", EntityKind::Location),
            ("U.S.", EntityKind::Location),
            ("Putin", EntityKind::Person),
            ("Russian", EntityKind::Misc),
        ],
    );
    let clusters = shipped_clusters(&doc);
    let putin = mentions_of_cluster_opened_by(&clusters, text, "Vladimir Putin");
    assert!(!putin.contains(&"The U.S. president"), "{clusters:#?}");
    assert!(putin.contains(&"The Russian president"), "{clusters:#?}");
}

/// `Refugee agencies suing the government asked a federal judge`: the
/// walk back from the role noun to its `the` passed over `a` and the
/// verb, and linked `the government asked a federal judge` to the judge
/// named before. A role after another determiner describes no one named.
#[test]
fn a_role_after_an_indefinite_article_is_no_description_of_a_named_person() {
    let text = "Judge Derrick Watson issued the ruling. Refugee agencies suing the government asked a federal judge to block the ban.";
    let doc = with_entities(text, &[("Derrick Watson", EntityKind::Person)]);
    let clusters = shipped_clusters(&doc);
    assert_eq!(
        mentions_of_cluster_opened_by(&clusters, text, "Derrick Watson"),
        ["Derrick Watson"]
    );
}

/// `... too late for her husband Nelson who died last year. "Q," she
/// said`: with no gender marked, `Nelson`, the nearer person, took the
/// woman's `she`. A noun of kinship marks the gender of the name after
/// it.
#[test]
fn a_noun_of_kinship_marks_the_gender_of_the_name_after_it() {
    let text = "Sarah Beattie became pregnant after eight cycles of IVF. The news came too \
                late for her husband Nelson who died last year. She said he would be happy.";
    let doc = with_entities(
        text,
        &[
            ("Sarah Beattie", EntityKind::Person),
            ("Nelson", EntityKind::Person),
        ],
    );
    let clusters = shipped_clusters(&doc);
    use newsnlp::core::english::Gender;
    let nelson = clusters.iter().find(|c| c.name == "Nelson");
    assert_eq!(
        nelson.and_then(|c| c.gender),
        Some(Gender::Male),
        "{clusters:#?}"
    );
    assert_eq!(
        mentions_of_cluster_opened_by(&clusters, text, "Sarah Beattie"),
        vec!["Sarah Beattie", "her", "She"],
        "{clusters:#?}"
    );
}

/// Checks that with `entities` set in `text` the first `mention` after
/// `after` is in the cluster named `name`; the test fails, showing the
/// clusters, when no cluster holds it or another name does.
fn assert_mention_named(
    text: &str,
    entities: &[(&str, EntityKind)],
    (after, mention): (&str, &str),
    name: &str,
) {
    let clusters = shipped_clusters(&with_entities(text, entities));
    let from = text.find(after).unwrap() + after.len();
    let start = (from + text[from..].find(mention).unwrap()) as u32;
    let holder = clusters
        .iter()
        .find(|c| c.mentions.iter().any(|m| m.start == start))
        .unwrap_or_else(|| panic!("{clusters:#?}"));
    assert_eq!(holder.name, name, "{clusters:#?}");
}

/// `According to the diplomat, ...` stayed `the diplomat`: a comma after
/// a description was taken for an apposition, and with no name after it
/// the description stood for no one. In TASS's lead sentences the first
/// person named is most often in what was said (`Russian pilot Konstantin
/// Yaroshenko`), not the one who said it: a later `he` or a speaking
/// description went to the wrong person.
#[test]
fn a_speaking_description_or_pronoun_stands_for_the_speaker_of_the_sentence_before() {
    let text = "Moscow will try to have pilot Konstantin Yaroshenko released, Russian Deputy \
                Foreign Minister Sergey Ryabkov said. According to the diplomat, the case is \
                unacceptable. He said more.";
    let entities = [
        ("Moscow", EntityKind::Location),
        ("Konstantin Yaroshenko", EntityKind::Person),
        ("Russian", EntityKind::Misc),
        ("Sergey Ryabkov", EntityKind::Person),
    ];
    let diplomat = ("According to ", "the diplomat");
    assert_mention_named(text, &entities, diplomat, "Sergey Ryabkov");
    assert_mention_named(text, &entities, ("unacceptable. ", "He"), "Sergey Ryabkov");
    // A person who speaks in a subordinate clause is not the one the
    // sentence is about.
    let text = "Aboul-Gheit warned against the move after Trump said it was considered. He \
                said the move would have consequences.";
    let entities = [
        ("Aboul-Gheit", EntityKind::Person),
        ("Trump", EntityKind::Person),
    ];
    assert_mention_named(text, &entities, ("considered. ", "He"), "Aboul-Gheit");
}

/// `Sen. John McCain, the Senate Armed Services Committee chairman, last
/// month called ...`: a description set off by commas after a name is
/// that person, not someone salient before.
#[test]
fn a_description_set_off_after_a_name_stands_for_that_name() {
    let text = "Barack Obama accused Moscow. Sen. John McCain, the committee chairman, called \
                for action.";
    let entities = [
        ("Barack Obama", EntityKind::Person),
        ("Moscow", EntityKind::Location),
        ("John McCain", EntityKind::Person),
    ];
    let chairman = ("McCain, ", "the committee chairman");
    assert_mention_named(text, &entities, chairman, "John McCain");
}

/// A description that speaks (`the mayor said`) is the speaker its
/// sentence is about, as a name would be: the `he` after it went to the
/// person the sentence named first.
#[test]
fn a_linked_description_that_speaks_is_the_speaker_a_pronoun_after_stands_for() {
    let text = "Mayor Bill de Blasio unveiled the statue. After meeting Donald Trump, the mayor \
                said the statue was relevant. \"She is inspiring,\" he said.";
    let entities = [
        ("Bill de Blasio", EntityKind::Person),
        ("Donald Trump", EntityKind::Person),
    ];
    assert_mention_named(text, &entities, ("inspiring,\" ", "he"), "Bill de Blasio");
}

/// Dai: `The Washington Post reported ... The Post later reported` and
/// `The New York Times ... the Times`: the short name was a cluster of
/// its own, and quotes were said by `Post` and `Times`. A newspaper's
/// last word alone is the paper the article named in full.
#[test]
fn a_newspaper_s_last_word_alone_is_the_paper_named_in_full() {
    let text = "The Washington Post reported on Monday that the talks failed. The Post later \
                reported that the call came weeks earlier, and the Times agreed.";
    let doc = with_entities(
        text,
        &[
            ("Washington Post", EntityKind::Organization),
            ("Post", EntityKind::Organization),
            ("Times", EntityKind::Organization),
        ],
    );
    let clusters = shipped_clusters(&doc);
    assert_eq!(
        mentions_of_cluster_opened_by(&clusters, text, "Washington Post"),
        ["Washington Post", "Post"]
    );
    assert_eq!(
        name_of_cluster_opened_by(&clusters, text, "Times"),
        Some("Times")
    );
}

/// `The question is whether President Trump knows that`: the title
/// before the name was read as the head of a description opened by the
/// sentence's first word, so `The question is whether President` was a
/// mention of Trump, and a quote cued by `question` was his.
#[test]
fn a_description_ends_at_a_verb_or_clause_opener_before_its_role_noun() {
    let text = "The question is whether President Trump knows that. The statement said President Obama had left.";
    let doc = with_entities(
        text,
        &[("Trump", EntityKind::Person), ("Obama", EntityKind::Person)],
    );
    let clusters = shipped_clusters(&doc);
    for first in ["Trump", "Obama"] {
        assert_eq!(
            mentions_of_cluster_opened_by(&clusters, text, first),
            [first],
            "{clusters:#?}"
        );
    }
}
