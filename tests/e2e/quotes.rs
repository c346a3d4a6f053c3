//! Quote attribution patterns, through the default pipeline.

use newsnlp::core::{Document, PipelineSpec, Quote, QuoteKind};

fn annotate(text: &str) -> Document {
    let spec = PipelineSpec::parse(newsnlp::DEFAULT_PIPELINE, "default").unwrap();
    let pipeline = newsnlp::registry().build(&spec).unwrap();
    let mut doc = Document::new("t", text).unwrap();
    pipeline.process(&mut doc).unwrap();
    doc
}

/// The quotes of `doc`; the test fails when it has no quote layer.
fn quotes(doc: &Document) -> &[Quote] {
    &doc.layers.quotes.as_ref().unwrap().items
}

fn direct_quotes(doc: &Document) -> Vec<&newsnlp::core::Quote> {
    quotes(doc)
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .collect()
}

/// The text of each of `quotes`' contents, in order.
fn contents<'t, 'q>(quotes: impl IntoIterator<Item = &'q Quote>, text: &'t str) -> Vec<&'t str> {
    quotes
        .into_iter()
        .filter_map(|q| q.content.text(text))
        .collect()
}

/// The one direct quote of `doc`; the test fails, showing them, when there
/// is not exactly one.
fn sole_direct_quote(doc: &Document) -> &newsnlp::core::Quote {
    let quotes = direct_quotes(doc);
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    quotes[0]
}

/// The cue of the one direct quote of `doc`, as written in `text`.
fn sole_direct_quote_cue<'t>(doc: &Document, text: &'t str) -> Option<&'t str> {
    sole_direct_quote(doc).cue.and_then(|c| c.text(text))
}

/// Checks that `text` has one direct quote and that its speaker mention
/// reads `speaker`.
fn assert_sole_direct_quote_speaker(text: &str, speaker: &str) {
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(
        quote.speaker.and_then(|s| s.text(text)),
        Some(speaker),
        "{quote:#?}"
    );
}

/// Checks that `text` has one direct quote and that it has no speaker.
fn assert_sole_direct_quote_has_no_speaker(text: &str) {
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(quote.speaker, None, "{quote:#?}");
}

/// Checks that `text` has one direct quote, in two parts, said by the
/// speaker named `speaker`; returns the annotated document.
fn assert_one_quote_in_two_parts(text: &str, speaker: &str) -> Document {
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(quote.fragments.len(), 2, "{quote:#?}");
    assert_eq!(quote.speaker_name.as_deref(), Some(speaker), "{quote:#?}");
    doc
}

/// The speaker mention of each of `quotes`, as written in `text`.
fn speaker_mentions<'t>(
    quotes: impl IntoIterator<Item = &'t Quote>,
    text: &'t str,
) -> Vec<Option<&'t str>> {
    quotes
        .into_iter()
        .map(|q| q.speaker.and_then(|s| s.text(text)))
        .collect()
}

/// The first quote of `doc` that `wanted` accepts; the test fails, showing
/// all the quotes, when there is none.
fn quote_where(doc: &Document, wanted: impl Fn(&Quote) -> bool) -> &Quote {
    let quotes = quotes(doc);
    quotes
        .iter()
        .find(|q| wanted(q))
        .unwrap_or_else(|| panic!("{quotes:#?}"))
}

/// The speaker mention, as written in `text`, of the first quote of `doc`
/// whose content holds `part`; the test fails when there is none.
fn speaker_of_quote_holding<'t>(doc: &Document, text: &'t str, part: &str) -> Option<&'t str> {
    let quote = quote_where(doc, |q| {
        q.content.text(text).is_some_and(|c| c.contains(part))
    });
    quote.speaker.and_then(|s| s.text(text))
}

/// The first quote of `doc` whose cue reads `cue`; the test fails, showing
/// all the quotes, when there is none.
fn quote_with_cue<'d>(doc: &'d Document, text: &str, cue: &str) -> &'d newsnlp::core::Quote {
    quote_where(doc, |q| q.cue.and_then(|c| c.text(text)) == Some(cue))
}

/// Checks that the quote of `text` whose cue reads `cue` reports
/// `content`.
fn assert_cue_content(text: &str, cue: &str, content: &str) {
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, cue);
    assert_eq!(report.content.text(text), Some(content), "{report:#?}");
}

/// Checks that the quote of `text` whose cue reads `cue` reports
/// `content`, said by the speaker named `speaker`.
fn assert_report(text: &str, cue: &str, content: &str, speaker: &str) {
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, cue);
    assert_eq!(report.content.text(text), Some(content), "{report:#?}");
    assert_eq!(report.speaker_name.as_deref(), Some(speaker), "{report:#?}");
}

/// Checks that no quote of `text` has a speaker mention reading
/// `speaker`.
fn assert_no_speaker_reads(text: &str, speaker: &str) {
    let doc = annotate(text);
    let quotes = quotes(&doc);
    assert!(
        quotes
            .iter()
            .all(|q| q.speaker.and_then(|s| s.text(text)) != Some(speaker)),
        "{text}: {quotes:#?}"
    );
}

/// Checks that no quote of `text` reports a content starting with
/// `prefix`.
fn assert_no_content_starting_with(text: &str, prefix: &str) {
    let doc = annotate(text);
    assert!(
        quotes(&doc)
            .iter()
            .all(|q| !q.content.text(text).unwrap_or("").starts_with(prefix)),
        "{:#?}",
        quotes(&doc)
    );
}

/// Checks that `text` has no quote at all.
fn assert_no_quotes(text: &str) {
    let doc = annotate(text);
    assert!(quotes(&doc).is_empty(), "{text}: {:#?}", quotes(&doc));
}

/// Checks that the quote of `text` whose cue reads `cue` reports the
/// fragments `parts` (the words around an attribution inside what was
/// said), said by the speaker named `speaker`.
fn assert_report_parts(text: &str, cue: &str, parts: &[&str], speaker: &str) {
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, cue);
    let found: Vec<&str> = report
        .fragments
        .iter()
        .filter_map(|f| f.text(text))
        .collect();
    assert_eq!(found, parts, "{report:#?}");
    assert_eq!(report.speaker_name.as_deref(), Some(speaker), "{report:#?}");
}

/// Checks that `quote`, of `text`, has the cue `cue` and the speaker
/// named `name`.
fn assert_cue_and_speaker_name(quote: &Quote, text: &str, cue: &str, name: &str) {
    assert_eq!(
        quote.cue.and_then(|c| c.text(text)),
        Some(cue),
        "{quote:#?}"
    );
    assert_eq!(quote.speaker_name.as_deref(), Some(name), "{quote:#?}");
}

/// Checks that the quote of `text` whose cue reads `cue` is said by the
/// speaker named `name`.
fn assert_cue_speaker_name(text: &str, cue: &str, name: &str) {
    let doc = annotate(text);
    let quote = quote_with_cue(&doc, text, cue);
    assert_eq!(quote.speaker_name.as_deref(), Some(name), "{quote:#?}");
}

/// Checks that the quote of `text` whose cue reads `cue` is not said by
/// the speaker named `name`.
fn assert_cue_speaker_name_is_not(text: &str, cue: &str, name: &str) {
    let doc = annotate(text);
    let quote = quote_with_cue(&doc, text, cue);
    assert_ne!(quote.speaker_name.as_deref(), Some(name), "{quote:#?}");
}

/// Checks that the partial quote of `text` is said by the speaker named
/// `name`.
fn assert_partial_speaker_name(text: &str, name: &str) {
    let doc = annotate(text);
    let partial = quote_where(&doc, |q| q.kind == QuoteKind::Partial);
    assert_eq!(partial.speaker_name.as_deref(), Some(name), "{partial:#?}");
}

/// Checks that no quote of `text` has a cue reading `cue`.
fn assert_no_cue(text: &str, cue: &str) {
    let doc = annotate(text);
    let quotes = quotes(&doc);
    assert!(
        quotes
            .iter()
            .all(|q| q.cue.and_then(|c| c.text(text)) != Some(cue)),
        "{text}: {quotes:#?}"
    );
}

/// Checks that `text` has one direct quote, said by the speaker named
/// `name`.
fn assert_sole_direct_quote_named(text: &str, name: &str) {
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(quote.speaker_name.as_deref(), Some(name), "{quote:#?}");
}

/// Checks that the quote of `text` that reports `content` is said by the
/// speaker named `name`.
fn assert_content_speaker_name(text: &str, content: &str, name: &str) {
    let doc = annotate(text);
    let quote = quote_where(&doc, |q| q.content.text(text) == Some(content));
    assert_eq!(quote.speaker_name.as_deref(), Some(name), "{quote:#?}");
}

/// Checks that the quotes of `text` are said, in order, by the speakers
/// named `names`.
fn assert_speaker_names(text: &str, names: &[Option<&str>]) {
    let doc = annotate(text);
    assert_eq!(speaker_names(&doc), names, "{:#?}", quotes(&doc));
}

/// The speaker name of each quote of `doc`, in order.
fn speaker_names(doc: &Document) -> Vec<Option<&str>> {
    quotes(doc)
        .iter()
        .map(|q| q.speaker_name.as_deref())
        .collect()
}

/// Checks that the quote of `text` whose cue reads `cue` has the speaker
/// mention `speaker`.
fn assert_cue_speaker(text: &str, cue: &str, speaker: &str) {
    let doc = annotate(text);
    let quote = quote_with_cue(&doc, text, cue);
    assert_eq!(
        quote.speaker.and_then(|s| s.text(text)),
        Some(speaker),
        "{quote:#?}"
    );
}

/// The first indirect quote of `doc`; the test fails, showing all the
/// quotes, when there is none.
fn first_indirect_quote(doc: &Document) -> &newsnlp::core::Quote {
    quote_where(doc, |q| q.kind == QuoteKind::Indirect)
}

#[test]
fn a_quote_interrupted_by_its_attribution_is_one_quote_in_two_parts() {
    let text = "The senator spoke on Monday.\n\n“Every time you say that,” Jon Tester said. “You give ammunition to the people who want to break up the banks.”";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    let parts: Vec<&str> = quote
        .fragments
        .iter()
        .map(|f| f.text(text).unwrap())
        .collect();
    assert_eq!(
        parts,
        [
            "“Every time you say that,”",
            "“You give ammunition to the people who want to break up the banks.”"
        ]
    );
    assert!(quote
        .content
        .text(text)
        .unwrap()
        .contains("Jon Tester said."));
    assert_eq!(quote.speaker_name.as_deref(), Some("Jon Tester"));
}

/// The attribution between the parts also reads as `X said “Q2”`, which
/// had made the second part a quote of its own.
#[test]
fn a_quote_interrupted_mid_sentence_is_one_quote_though_both_parts_find_the_cue() {
    let text = "Barack Obama spoke in Washington on Monday.\n\n\"If you have even a portion of those people displaced,\" he said, \"you now have the kind of crisis that nobody has seen.\"";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(quote.fragments.len(), 2, "{quote:#?}");
    assert_eq!(quote.cue.and_then(|c| c.text(text)), Some("said"));
}

#[test]
fn a_sentence_of_narration_between_quotes_keeps_them_apart() {
    let text = "“We will win,” Jon Tester said. The crowd cheered for a long time after that. “The banks will pay.”";
    let doc = annotate(text);
    let quotes = direct_quotes(&doc);
    assert_eq!(quotes.len(), 2, "{quotes:#?}");
    assert!(quotes.iter().all(|q| q.fragments.is_empty()));
    assert_eq!(quotes[1].speaker_name.as_deref(), Some("Jon Tester"));
}

/// PolNeAR dev: a quote with an attribution of its own later in its
/// sentence was joined to the quote before it as that one's second part.
#[test]
fn a_quote_reported_later_in_its_own_sentence_is_not_the_last_quote_s_second_part() {
    let text = "“This just isn’t right,” Warren said. “You squeezed employees to the breaking point” to drive up the stock price, she said.";
    let doc = annotate(text);
    let quotes = direct_quotes(&doc);
    assert_eq!(
        quotes[0].content.text(text),
        Some("“This just isn’t right,”"),
        "{quotes:#?}"
    );
    assert!(quotes[0].fragments.is_empty(), "{quotes:#?}");
}

/// PolNeAR train: `Dr. Ben Carson: ...`, `Poll: ...` headlines were read
/// as no attribution, since no name opened them right before the colon.
#[test]
fn a_headline_source_before_its_colon_reports_the_clause_after_it() {
    for (headline, speaker, clause) in [
        (
            "Dr. Ben Carson: Hillary Clinton Not Fit To Serve As President.",
            "Ben Carson",
            "Hillary Clinton Not Fit To Serve As President",
        ),
        (
            "Poll: Clinton and Sanders in dead heat in California.",
            "Poll",
            "Clinton and Sanders in dead heat in California",
        ),
    ] {
        let text = format!("{headline}\n\nThe figures came out on Sunday morning.");
        let doc = annotate(&text);
        let quote = quote_with_cue(&doc, &text, ":");
        assert_eq!(quote.speaker.and_then(|s| s.text(&text)), Some(speaker));
        assert_eq!(quote.content.text(&text), Some(clause));
    }
    let text = "The Latest: Sanders Wins The Primary In New Hampshire.\n\nHe spoke on Sunday.";
    let quotes = &annotate(text).layers.quotes.unwrap().items;
    assert!(quotes.is_empty(), "a label is no source: {quotes:#?}");
}

/// PolNeAR train: `Asked whether ..., X said` reported nothing, though
/// PolNeAR marks the question as an attribution of whoever asked it.
#[test]
fn a_question_asked_before_the_main_clause_is_reported_for_its_asker() {
    let text = "Asked on Monday whether he would run again, the senator laughed.";
    let doc = annotate(text);
    let quote = quote_with_cue(&doc, text, "Asked");
    assert_eq!(quote.content.text(text), Some("whether he would run again"));
    assert_eq!(quote.speaker, None, "{quote:#?}");
    assert!(quote.unattributed.is_some(), "{quote:#?}");
    let text = "When asked by Jane Doe what the plan was, the senator laughed.";
    assert_cue_speaker(text, "asked", "Jane Doe");
}

/// PolNeAR train: `In a CNN poll, CLAUSE` reported nothing, though
/// PolNeAR marks the clause as what the poll found.
#[test]
fn what_a_poll_found_is_reported_with_the_poll_as_its_source() {
    let text = "In a Des Moines Register poll released Monday, Ted Cruz had a 10-point lead.";
    let doc = annotate(text);
    let quote = quote_with_cue(&doc, text, "In");
    assert_eq!(
        quote.content.text(text),
        Some("Ted Cruz had a 10-point lead")
    );
    assert_eq!(
        quote.speaker.and_then(|s| s.text(text)),
        Some("a Des Moines Register poll released Monday")
    );
}

#[test]
fn reported_speech_before_its_attribution_is_an_indirect_quote() {
    for (text, content) in [
        (
            "The tax cuts will not pay for themselves, Lindsey Graham said on Monday.",
            "The tax cuts will not pay for themselves",
        ),
        (
            "Talks will resume in May, said Maria Fernandes.",
            "Talks will resume in May",
        ),
    ] {
        let doc = annotate(text);
        let quotes = quotes(&doc);
        let indirect: Vec<_> = quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Indirect)
            .collect();
        assert_eq!(indirect.len(), 1, "{text}: {quotes:#?}");
        assert_eq!(indirect[0].content.text(text), Some(content));
        assert!(indirect[0].speaker_cluster.is_some(), "{text}");
    }
}

#[test]
fn the_cue_of_a_partial_quote_reports_the_clause_around_it() {
    let text = "Senator Jane Doe called the plan “a disgrace” on Monday.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    let partial = quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Partial)
        .unwrap();
    let clause = quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect)
        .unwrap();
    assert_eq!(partial.content.text(text), Some("“a disgrace”"));
    assert_eq!(
        clause.content.text(text),
        Some("the plan “a disgrace”"),
        "the clause holds the partial quote; the circumstance after it is no part of what was said"
    );
    assert_eq!(clause.cue, partial.cue);
    assert!(clause.content.contains(&partial.content));
}

#[test]
fn according_to_finds_its_source_inside_the_phrase() {
    let text = "Turnout fell sharply in the cities, according to a New York Times poll released last week.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    assert_eq!(
        quotes[0].content.text(text),
        Some("Turnout fell sharply in the cities")
    );
    let speaker = quotes[0].speaker.unwrap().text(text).unwrap();
    assert!(speaker.contains("New York Times"), "{speaker}");
}

#[test]
fn a_headline_name_and_colon_attribute_what_follows() {
    let text = "Bernie Sanders: Clinton needs to get away from personality politics\n\nThe senator spoke in Vermont.";
    let doc = annotate(text);
    let quote = quote_with_cue(&doc, text, ":");
    assert_eq!(
        quote.content.text(text),
        Some("Clinton needs to get away from personality politics")
    );
    assert_eq!(quote.speaker_name.as_deref(), Some("Bernie Sanders"));
}

/// PolNeAR dev: an apposition of 30 tokens was longer than the extractor
/// looked back over, and `the service` inside it was taken for the speaker.
#[test]
fn the_speaker_before_a_long_apposition_is_the_speaker() {
    let text = "Dr. Connie Mariano, who as a Navy captain was the White House physician in the administration of former President Bill Clinton and later retired from the service as a rear admiral, said the schedule was punishing.";
    assert_cue_speaker(text, "said", "Connie Mariano");
}

#[test]
fn the_speaker_before_an_apposition_is_the_speaker() {
    let text = "Maria Fernandes, the envoy who led the talks for two years, said the deal was within reach.";
    let doc = annotate(text);
    let quote = first_indirect_quote(&doc);
    assert_eq!(quote.content.text(text), Some("the deal was within reach"));
    assert_eq!(quote.speaker.unwrap().text(text), Some("Maria Fernandes"));
}

#[test]
fn a_cue_right_after_its_subject_reports_its_noun_phrase_object() {
    let text = "Donald Trump is once again questioning the integrity of the voting system.";
    let doc = annotate(text);
    let quote = first_indirect_quote(&doc);
    assert_eq!(
        quote.content.text(text),
        Some("the integrity of the voting system")
    );
    assert_eq!(quote.cue.and_then(|c| c.text(text)), Some("questioning"));
    assert_eq!(quote.speaker_name.as_deref(), Some("Donald Trump"));
}

#[test]
fn a_noun_after_an_article_is_no_cue_of_the_subject_before_it() {
    let text = "The envoy who led the talks for years met Maria Fernandes in Lisbon.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    assert!(quotes.is_empty(), "{quotes:#?}");
}

#[test]
fn a_postposed_speaker_keeps_the_words_before_its_head() {
    let text = "The van was supposed to be escorted by a protective detail, another source said.";
    let doc = annotate(text);
    let quote = first_indirect_quote(&doc);
    assert_eq!(
        quote.content.text(text),
        Some("The van was supposed to be escorted by a protective detail")
    );
    assert_eq!(
        quote.speaker.and_then(|s| s.text(text)),
        Some("another source")
    );
}

/// The walk back from `sources` to a determiner crossed the comma and took
/// `a protective detail, sources` for the speaker.
#[test]
fn a_speaker_noun_phrase_never_reaches_back_over_a_comma() {
    let text = "The van was supposed to be escorted by a protective detail, sources said.";
    let doc = annotate(text);
    let quote = first_indirect_quote(&doc);
    assert_eq!(quote.speaker.and_then(|s| s.text(text)), Some("sources"));
}

/// A speaker whose first word a hyphen joined to the words before it
/// was named from that word on: `old woman`, `retracted report`, `law`.
#[test]
fn a_speaker_keeps_the_hyphenated_words_that_open_its_phrase() {
    assert_speaker_names(
        "A 27-year-old woman said she saw it. The now-retracted report claimed it was false. \
         Her mother-in-law said she was fine.",
        &[
            Some("a 27-year-old woman"),
            Some("the now-retracted report"),
            Some("her mother-in-law"),
        ],
    );
}

/// `However Downing Street has indicated that ...` was said by `However
/// Downing Street`, and `however many protesters have claimed ...` by
/// `however many protesters`: the word that
/// opens the clause was read into its subject.
#[test]
fn a_speaker_starts_past_the_word_that_opens_its_clause() {
    assert_speaker_names(
        "The talks were tough. However Downing Street has indicated that the prime minister \
         will not budge. The ministers conceded defeat, however many protesters have claimed \
         they will march on.",
        &[
            Some("Downing Street"),
            Some("the ministers"),
            Some("many protesters"),
        ],
    );
}

/// `The US-led coalition said` was said by `led coalition`: `US` was
/// read as the pronoun `us`, which joins no compound.
#[test]
fn an_acronym_joins_the_hyphenated_compound_of_its_speaker() {
    assert_speaker_names(
        "The US-led coalition said it was taking every precaution.",
        &[Some("the US-led coalition")],
    );
}

/// `according to the complaint. It said ...` left `it` unresolved: a
/// complaint, a regulation or a piece of legislation was no body that
/// `it` goes on with, since few of their uses in PolNeAR are sources.
#[test]
fn it_goes_on_with_the_document_that_spoke_last() {
    assert_speaker_names(
        "He told police he considered the killing practice, according to the complaint. \
         It said he was angered by the news.",
        &[Some("the complaint"), Some("he"), Some("the complaint")],
    );
}

/// `Republicans said ... They said ...` left `They` unresolved: a party's
/// members, a name of the miscellaneous kind, were no group that `they`
/// goes on with.
#[test]
fn they_goes_on_with_a_party_named_in_the_plural() {
    assert_speaker_names(
        "Republicans said the bill would pass. They said it would cut taxes.",
        &[Some("Republicans"), Some("Republicans")],
    );
}

/// `"The Walking Dead" airs Sunday on AMC` was a direct quote, said by
/// whoever spoke last: titles of shows, books and songs in quote marks
/// are no one's words.
#[test]
fn a_title_in_quote_marks_is_no_quote() {
    let text = "\"We are thrilled,\" she said. \"The Walking Dead\" airs Sunday on AMC, \
                and fans can stream \"Beauty and the Beast\" too.";
    let doc = annotate(text);
    assert_eq!(
        contents(quotes(&doc), text),
        ["\"We are thrilled,\""],
        "{:#?}",
        quotes(&doc)
    );
}

/// What a hat or a sign reads, and a title-case quote a cue introduces,
/// stay quotes.
#[test]
fn a_slogan_a_hat_reads_is_still_a_quote() {
    let text = "Giuliani wore a hat reading, \"Make Mexico Great Again Also\" on Wednesday. \
                Most participants in the survey said \"None of the Above\".";
    let doc = annotate(text);
    assert_eq!(
        contents(quotes(&doc), text),
        ["\"Make Mexico Great Again Also\"", "\"None of the Above\""],
        "{:#?}",
        quotes(&doc)
    );
}

/// A speaker in lower case at the very start of an article made the
/// quote stage read the token before the first one, and the article
/// became an error record.
#[test]
fn a_speaker_opening_the_article_in_lower_case_does_not_break_the_quote_stage() {
    assert_speaker_names(
        "officials said the plan would fail soon.",
        &[Some("officials")],
    );
}

/// `TRUMP: "I guess it was the biggest electoral college win"` in a
/// fact-check's transcript had no speaker: the entity model left the
/// label in capitals untagged.
#[test]
fn a_transcript_label_in_capitals_says_the_quote_after_its_colon() {
    assert_speaker_names(
        "Donald Trump held a press conference. TRUMP: \"I guess it was the biggest win.\" \
         FACT: Trump guessed wrong.",
        &[Some("Donald Trump")],
    );
}

/// A hyphen next to a function word stands for a lost space, and joins
/// no compound: `the-letter` is no speaker's name.
#[test]
fn a_hyphen_after_a_determiner_joins_no_compound_to_the_speaker() {
    assert_speaker_names(
        "“Claims that vaccines are unsafe have been disproven,” reads the-letter.",
        &[Some("letter")],
    );
}

/// `farmers pointed out that ...` was said by `farmers pointed` with the
/// cue `out`: the particle, a cue by its counts before `that`, left its
/// verb to the speaker.
#[test]
fn a_phrasal_cue_keeps_its_verb_out_of_the_speaker() {
    let text = "However, farmers pointed out that the average flock would require eight pitches.";
    assert_cue_speaker(text, "pointed out", "farmers");
    assert_speaker_names(
        "The expert did not rule out that the military has been lobbying for more money.",
        &[None],
    );
}

/// `“Q,” Kim told Russian President Vladimir Putin during their summit`
/// made the circumstance after the addressee an indirect quote: the
/// addressee's leading adjective (`Russian`) hid it.
#[test]
fn a_circumstance_after_the_addressee_is_not_what_was_said() {
    let text = "“The situation is dangerous,” Kim Jong-un told Russian President Vladimir Putin during their joint summit in Vladivostok on Thursday.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    assert!(
        !quotes.iter().any(|q| q.kind == QuoteKind::Indirect),
        "{quotes:#?}"
    );
}

/// PolNeAR train: `This is not about me, President Obama told his closest
/// advisers as he labored over the speech.` reported `he labored over
/// the speech`: `as` right after the cue was read as the topic
/// preposition of `described it as`, not a clause of when. A clause
/// fronted in what was said keeps its report (`said when he landed in
/// Kigali he was sent to a hotel`).
#[test]
fn a_clause_of_when_right_after_a_postposed_cue_is_no_report() {
    for text in [
        "This is not about me, President Obama told his closest advisers as he labored over the speech in the White House.",
        "This is not about me, President Obama said as he labored over the speech in the White House.",
    ] {
        let doc = annotate(text);
        let report = first_indirect_quote(&doc);
        assert_eq!(report.content.text(text), Some("This is not about me"), "{report:#?}");
    }
    assert_report(
        "Similar to Mesgen's story, Aman said when he landed in Kigali he was sent to a nearby hotel.",
        "said",
        "when he landed in Kigali he was sent to a nearby hotel",
        "Aman",
    );
}

#[test]
fn what_was_said_follows_the_addressee_and_the_circumstance() {
    let text = "Campaign manager Robby Mook told CBS This Morning on Monday that the campaign expects a close debate.";
    let doc = annotate(text);
    let quote = first_indirect_quote(&doc);
    assert_eq!(
        quote.content.text(text),
        Some("that the campaign expects a close debate")
    );
}

/// A partial quote closing its sentence ended one mark past the reported
/// clause around it (`... to lose.` without `”`), so the two were counted
/// as separate attributions.
#[test]
fn a_reported_clause_keeps_the_closing_mark_of_the_quote_inside_it() {
    let text = "Senator Lindsey Graham says voter fraud “would be one hell of a way to lose.”";
    let doc = annotate(text);
    let quote = first_indirect_quote(&doc);
    assert_eq!(
        quote.content.text(text),
        Some("voter fraud “would be one hell of a way to lose.”")
    );
    let partial = quotes(&doc).iter().find(|q| q.kind == QuoteKind::Partial);
    let partial = partial.unwrap_or_else(|| panic!("no partial quote"));
    assert!(
        quote.content.start <= partial.content.start && partial.content.end <= quote.content.end
    );
}

/// The nearest mention before a cue was taken for its subject even when a
/// preposition governs it (`The spokesman for Pompeo said`: not Pompeo).
#[test]
fn a_mention_after_a_preposition_is_not_the_subject_of_the_cue() {
    let text = "The spokesman for Mike Pompeo said that the talks would resume in June.";
    let doc = annotate(text);
    let quote = first_indirect_quote(&doc);
    assert_eq!(
        quote.speaker.and_then(|s| s.text(text)),
        Some("The spokesman")
    );
}

/// Readers' reactions signed with a dash (`“Q” ― Jane Doe`) had no
/// speaker, or the last one named in the narration.
#[test]
fn a_quote_signed_with_a_dash_and_a_name_is_that_person_s() {
    let text = "Readers wrote to us after the debate.\n\n“Maybe we can build a wall around Donald Trump.” ― Steve Quinlan\n\n“He is clueless about the struggles of minorities.” — Stephanie Egan, of Houston";
    let doc = annotate(text);
    let speakers = speaker_mentions(direct_quotes(&doc), text);
    assert_eq!(speakers, [Some("Steve Quinlan"), Some("Stephanie Egan")]);
}

/// Quoted transcript turns (`"WALLACE: ...`) went to no one, or to the last
/// organisation named before them.
#[test]
fn a_quoted_transcript_turn_belongs_to_the_name_before_its_colon() {
    let text = "The Wall Street Journal printed the exchange.\n\n\"WALLACE: Will Gennifer Flowers be at the debate tomorrow night?\n\n\"PENCE: She will not be attending the debate tomorrow night.\"";
    let doc = annotate(text);
    let turns: Vec<(Option<&str>, Option<&str>)> = direct_quotes(&doc)
        .iter()
        .map(|q| (q.speaker.and_then(|s| s.text(text)), q.content.text(text)))
        .collect();
    assert_eq!(
        turns,
        [
            (
                Some("WALLACE"),
                Some("Will Gennifer Flowers be at the debate tomorrow night?")
            ),
            (
                Some("PENCE"),
                Some("She will not be attending the debate tomorrow night.")
            )
        ]
    );
}

/// `“It was bad,” said X of Y.` made `It`, inside the quote, the speaker
/// of an indirect quote whose content was the direct quote's speaker.
#[test]
fn a_word_inside_quote_marks_is_never_the_subject_of_a_report() {
    let text = "The hearing went on for hours.\n\n\"It was the least bad outcome,\" said Mr. Morgan of the Sierra Club.";
    assert_no_speaker_reads(text, "It");
}

/// A report whose subject is no entity nor pronoun (`Connecticut’s tax
/// commissioner says that ...`) was dropped for want of a speaker.
#[test]
fn the_noun_phrase_before_a_cue_and_its_that_clause_is_the_speaker() {
    let text =
        "Connecticut’s tax commissioner says that an internal review found no leak of the returns.";
    let doc = annotate(text);
    let quote = first_indirect_quote(&doc);
    assert_eq!(
        quote.speaker.and_then(|s| s.text(text)),
        Some("Connecticut’s tax commissioner")
    );
    assert_eq!(
        quote.content.text(text),
        Some("that an internal review found no leak of the returns")
    );
}

/// `“Q,” NAME (R-Utah) said` found no cue: the search for it stopped six
/// tokens after the quote, inside the parenthesis.
#[test]
fn a_parenthesis_between_the_speaker_and_the_cue_is_skipped() {
    let text = "Pagliano did not appear.\n\n\"Subpoenas are not optional,\" panel Chairman Rep. Jason Chaffetz (R-Utah) said after the hearing.";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(
        quote.speaker_name.as_deref(),
        Some("Jason Chaffetz"),
        "{quote:#?}"
    );
}

/// A quoted passage introduced by the paragraph before it (`The New York
/// Times wrote:`) had no speaker, or the last one named.
#[test]
fn a_quote_introduced_by_a_colon_in_the_paragraph_before_is_that_speaker_s() {
    let text = "Few of the campaign's donors give small sums.\n\nThe New York Times wrote:\n\n\"In an illustration of the lack of enthusiasm, just 24 percent of the contributors gave less than $200.\"";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(
        quote.speaker_name.as_deref(),
        Some("New York Times"),
        "{quote:#?}"
    );
}

/// A participle cue after a comma (`..., accusing her of ...`) went to the
/// nearest mention before it, not to the subject of the sentence.
#[test]
fn a_participle_cue_after_a_comma_reports_for_the_subject_of_the_sentence() {
    let text = "Donald Trump has tried to use the ad against Hillary Clinton, accusing her of being asleep when the calls came in.";
    let doc = annotate(text);
    let quote = first_indirect_quote(&doc);
    assert_eq!(
        quote.speaker.and_then(|s| s.text(text)),
        Some("Donald Trump")
    );
}

/// With only a mention governed by a preposition before it (`in
/// Virginia`), a cue took that mention over the noun phrase that is its
/// subject.
#[test]
fn a_noun_phrase_subject_beats_a_mention_inside_a_prepositional_phrase() {
    let text = "At a town hall in Virginia on Monday, one questioner claimed that the forces of political correctness had won.";
    let doc = annotate(text);
    let quote = first_indirect_quote(&doc);
    assert_eq!(
        quote.speaker.and_then(|s| s.text(text)),
        Some("one questioner")
    );
}

/// A cue coordinated with the main verb (`... and says he will ...`) went
/// to the nearest mention before it.
#[test]
fn a_cue_after_and_reports_for_the_subject_of_the_sentence() {
    let text = "Donald Trump is telling a veterans group that the military of the United States is depleted and says he will expand the armed forces.";
    assert_cue_speaker(text, "says", "Donald Trump");
}

/// `the announcer said, “Q”`: a cue before the quote whose subject is no
/// entity left the quote without a speaker.
#[test]
fn a_quote_after_a_cue_whose_subject_is_a_common_noun_phrase_is_its() {
    let text = "The ad ran in 2008. As a phone rang, the announcer said, “It’s 3 a.m., and your children are safe and asleep.”";
    assert_sole_direct_quote_speaker(text, "the announcer");
}

/// `“Q,” NAME, a long apposition, said`: the cue lay beyond the tokens
/// searched after the name.
#[test]
fn an_apposition_between_the_speaker_and_the_cue_is_skipped() {
    let text = "The rule was announced last year.\n\n“It’s an invasion of the state regulatory domain,” Scott Pruitt, the Republican attorney general of Oklahoma, said on Monday.";
    assert_sole_direct_quote_speaker(text, "Scott Pruitt");
}

/// A show's title in quote marks (`on “Fox and Friends”`) was taken for
/// words its speaker said.
#[test]
fn a_title_in_quote_marks_is_not_a_partial_quote() {
    let text = "Mike Pence said on “Fox News Sunday” that the debate had gone well.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    assert!(
        quotes.iter().all(|q| q.kind != QuoteKind::Partial),
        "{quotes:#?}"
    );
}

/// `X attacked Y for ... Libya, saying, “Q”`: the quote went to the
/// nearest mention before the participle cue.
#[test]
fn a_quote_after_a_participle_cue_is_the_sentence_subject_s() {
    let text = "Earlier in the day, Donald Trump attacked Hillary Clinton for her support of military action in Iraq and Libya, saying, “She has been wrong on every one.”";
    assert_sole_direct_quote_speaker(text, "Donald Trump");
}

/// `A spokesperson for X, NAME, said ..., saying “Q”`: the quote went to
/// `A spokesperson`, while the report of `said` went to the name in
/// apposition.
#[test]
fn a_participle_s_quote_goes_to_the_name_in_apposition_to_the_subject() {
    let text = "A spokesperson for Angola's Catholic community, Manuel Imbamba, said that it \
                supported the anti-abortion law, saying \"life cannot be negotiated or \
                trivialized.\"";
    assert_sole_direct_quote_named(text, "Manuel Imbamba");
    assert_cue_speaker_name(text, "said", "Manuel Imbamba");
}

/// `CLAUSE, says Yang. “Q”`: the quote after a paraphrase went to the
/// first mention of the paraphrase, not to the speaker after its cue.
#[test]
fn a_quote_after_an_inverted_attribution_goes_to_the_speaker_after_the_cue() {
    let text = "Popular sectors include football, property and high technology, says Yang. \
                \"These deals allow Chinese investors to gain technology and expertise very \
                fast.\"";
    assert_sole_direct_quote_named(text, "Yang");
    let text = "Tara was very intelligent but, says Holden, I never heard her utter a single \
                political opinion. \"I think she thought it was slightly out of her remit.\"";
    assert_sole_direct_quote_named(text, "Holden");
}

/// `Ma, whose comments were released on Mar 13, added that ...`: the
/// `that` after `added` was taken for the clause of `released`, a passive
/// cue with no speaker.
#[test]
fn a_that_after_a_second_verb_of_saying_is_that_verb_s_clause() {
    let text = "Jack Ma, whose comments were released on Mar 13, added that Alibaba is ready \
                to shoulder the responsibility for major breakthroughs.";
    assert_report(
        text,
        "added",
        "that Alibaba is ready to shoulder the responsibility for major breakthroughs",
        "Jack Ma",
    );
}

/// `“Q,” wrote Robert Young, a geologist`: after a quote that closes on a
/// comma, the name after the cue was read as what it reported, said by
/// `It`.
#[test]
fn the_name_after_a_quote_and_its_inverted_cue_is_not_reported() {
    let text = "It's \"a terrible idea,\" wrote Robert Young, a geologist at Western Carolina \
                University, in The New York Times.";
    assert_no_content_starting_with(text, "Robert Young");
    assert_cue_speaker_name(text, "wrote", "Robert Young");
}

/// `X, a professor, told ABC News, “Q”`: the speaker and her apposition
/// were also read as a report of `told`, said by ABC News.
#[test]
fn a_speaker_before_told_and_a_quote_is_not_reported_by_the_addressee() {
    let text = "Kathleen Clark, a professor at Washington University in St. Louis and a member \
                of the D.C. Bar rules of professional conduct review committee, told ABC News, \
                \"It is accurate to say that she broke the law. It's not a criminal law.\"";
    assert_speaker_names(text, &[Some("Kathleen Clark")]);
}

/// `“Q,”?Cuban said`: a character the encoding lost, glued after the
/// closing mark, hid the attribution after it from a name the entity
/// stage did not tag as a person.
#[test]
fn an_attribution_after_a_lost_character_attributes_the_quote() {
    for text in [
        "He left. \"That is the one I regret not doing,\"?Cuban said. The end.",
        "He left. \"That is the one I regret not doing,\"?said Cuban. The end.",
    ] {
        assert_sole_direct_quote_named(text, "Cuban");
    }
}

/// `He turned to his comrades and said: “Q”, it was alleged.`: the
/// impersonal passive after the quote took it from the cue right before
/// it, and the quote had no speaker.
#[test]
fn an_impersonal_passive_after_a_quote_leaves_it_to_the_cue_before() {
    let text = "Blackman was angry. He then turned to his comrades and said: \"obviously this \
                doesn't go anywhere, fellas. I just broke the Geneva Convention\", it was \
                alleged.";
    assert_cue_speaker(text, "said", "He");
}

/// `Coveney has described the figures as “disappointing”. “Q”`: a quote
/// after a paraphrase went on from it only when the paraphrase quoted
/// nothing, and else to an earlier speaker or none.
#[test]
fn a_quote_after_a_paraphrase_with_a_partial_quote_goes_to_its_speaker() {
    let text = "Minister for Housing Simon Coveney has described the homelessness figures for \
                February as \"disappointing\". \"February's figures are a stark reminder of \
                the difficulties we face.\" There are now 2,546 children homeless.";
    assert_content_speaker_name(
        text,
        "\"February's figures are a stark reminder of the difficulties we face.\"",
        "Simon Coveney",
    );
}

/// `X, who said that ...`: the subject of the cue is the relative pronoun
/// (as PolNeAR marks it), resolved to the name before it.
#[test]
fn a_relative_pronoun_is_the_speaker_mention_and_resolves_to_its_antecedent() {
    let text =
        "The museum opened on Saturday with Stevie Wonder, who joked that he had not seen it yet.";
    let doc = annotate(text);
    let quote = quote_with_cue(&doc, text, "joked");
    assert_eq!(quote.speaker.and_then(|s| s.text(text)), Some("who"));
    assert_eq!(quote.speaker_name.as_deref(), Some("Stevie Wonder"));
}

/// A cue word used as a noun (`vied for the title of ...`) opened a report
/// whose content was the rest of the sentence.
#[test]
fn a_cue_word_after_a_determiner_is_a_noun_and_reports_nothing() {
    let text =
        "Donald Trump and Hillary Clinton vied for the title of commander in chief on Wednesday.";
    assert_no_cue(text, "title");
}

#[test]
fn a_quote_inside_a_reported_clause_takes_the_report_s_speaker() {
    let text = "Jane Doe said on Tuesday that if the council votes no, “we will take the city to court and we will win.”";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "said");
    let quote = sole_direct_quote(&doc);
    assert!(report.content.contains(&quote.content), "{report:#?}");
    assert_eq!(quote.cue, report.cue, "{quote:#?}");
    assert_eq!(
        quote.speaker_name.as_deref(),
        Some("Jane Doe"),
        "{quote:#?}"
    );
}

#[test]
fn a_sentence_with_two_reported_clauses_gives_two_indirect_quotes() {
    let text = "Hillary Clinton said she would order a thorough review of the nation’s computer defenses and warned that hackers from China and Russia were a threat.";
    let doc = annotate(text);
    let said = quote_with_cue(&doc, text, "said");
    let warned = quote_with_cue(&doc, text, "warned");
    assert_eq!(
        said.content.text(text),
        Some("she would order a thorough review of the nation’s computer defenses")
    );
    assert_eq!(
        warned.content.text(text),
        Some("that hackers from China and Russia were a threat")
    );
    assert_eq!(warned.speaker_name.as_deref(), Some("Hillary Clinton"));
}

#[test]
fn a_question_quote_continued_after_its_attribution_sentence_is_one_quote() {
    let text = "Hillary Clinton spoke in Charlotte on Tuesday.\n\n“How many times do we have to see this in our country?” Clinton said. “In Tulsa, an unarmed man with his hands in the air. This is just unbearable.”";
    assert_one_quote_in_two_parts(text, "Hillary Clinton");
}

#[test]
fn a_cue_that_only_leads_in_to_a_quote_reports_the_quote_not_a_clause() {
    for (text, cue) in [
        (
            "The New York businessman Donald Trump says of Clinton, “If she gets the chance, she will put the Oval Office up for sale.”",
            "says",
        ),
        (
            "The host, Mary Jones, told me, “We are a content provider and we do business with people who value our content.”",
            "told",
        ),
    ] {
        let doc = annotate(text);
        let quote = sole_direct_quote(&doc);
        assert_eq!(quote.cue.and_then(|c| c.text(text)), Some(cue), "{quote:#?}");
        let quotes = quotes(&doc);
        assert!(
            quotes.iter().all(|q| q.kind != QuoteKind::Indirect),
            "{quotes:#?}"
        );
    }
}

#[test]
fn a_cue_after_the_quote_it_attributes_reports_nothing_after_it() {
    let text = "“We need to step away from efforts to paint law enforcement as racist,” Mike Pence said on CNN’s State of the Union on Sunday.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    assert_eq!(quotes[0].kind, QuoteKind::Direct);
    assert_eq!(quotes[0].cue.and_then(|c| c.text(text)), Some("said"));
}

#[test]
fn an_attribution_between_commas_reports_the_sentence_around_it() {
    let text = "Lenox was a juggernaut in the coal business, Tom Clarke said, until it went bankrupt in 1999.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "said");
    assert_eq!(report.kind, QuoteKind::Indirect);
    let parts: Vec<&str> = report
        .fragments
        .iter()
        .map(|f| f.text(text).unwrap())
        .collect();
    assert_eq!(
        parts,
        [
            "Lenox was a juggernaut in the coal business",
            "until it went bankrupt in 1999"
        ]
    );
    assert_eq!(report.speaker_name.as_deref(), Some("Tom Clarke"));
}

#[test]
fn a_quote_that_completes_the_writer_s_clause_is_reported_with_its_subject() {
    let text = "Both political parties “saw Burma as a country that was really reeling under pressure from China,” said Victor Cha, a former adviser.";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    let clause = first_indirect_quote(&doc);
    assert_eq!(
        clause.content.text(text),
        Some("Both political parties “saw Burma as a country that was really reeling under pressure from China,”")
    );
    assert!(clause.content.contains(&quote.content));
    assert_eq!(clause.cue, quote.cue);
    assert_eq!(clause.speaker_name.as_deref(), Some("Victor Cha"));
}

#[test]
fn a_speaker_with_a_parenthesis_and_an_apposition_still_finds_the_cue() {
    let text = "“If the FBI wanted any other American’s laptops, they’d just go get them,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said in a phone interview. “But everyone associated with the Clintons gets a different set of standards.”";
    let doc = assert_one_quote_in_two_parts(text, "Jim Jordan");
    let quote = sole_direct_quote(&doc);
    assert_eq!(quote.cue.and_then(|c| c.text(text)), Some("said"));
}

#[test]
fn a_short_quote_that_opens_its_sentence_and_is_attributed_after_it_is_said_whole() {
    let text = "Melanie Austin watched the rally on television.\n\n“I would,” Melanie Austin said to the TV. “I would, Donald.”";
    assert_one_quote_in_two_parts(text, "Melanie Austin");
}

/// `CLAUSE, but she denied that ...`: the words after the comma were
/// read as a postposed attribution (`CLAUSE, X said`), with `but she` as
/// its speaker and the clause before as its content.
#[test]
fn a_cue_after_a_comma_and_but_opens_a_report_of_its_own() {
    let text = "Hillary Clinton said it was a mistake to use the server, but she denied that she broke any law.";
    let doc = annotate(text);
    let denied = quote_with_cue(&doc, text, "denied");
    assert_eq!(denied.speaker.and_then(|s| s.text(text)), Some("she"));
    assert_eq!(
        denied.content.text(text),
        Some("that she broke any law"),
        "{denied:#?}"
    );
}

/// `Clarke agreed, but also contended that ...`: the words before the
/// cue back to the comma, `but also`, were taken for its subject.
#[test]
fn a_cue_after_but_also_reports_for_the_subject_of_the_sentence() {
    let text = "Ray Clarke agreed, but also contended that the state should pay for the cleanup.";
    assert_cue_speaker(text, "contended", "Ray Clarke");
}

/// `wants` is too seldom a cue in PolNeAR for the rules to take it; the
/// shipped report scorer takes it with its subject and infinitive.
#[test]
fn the_report_scorer_takes_a_weak_cue_with_its_subject_and_infinitive() {
    let text = "Hillary Clinton wants to make in-state tuition free for families with less than $125,000 in income.";
    let doc = annotate(text);
    let wants = quote_with_cue(&doc, text, "wants");
    assert_eq!(wants.kind, QuoteKind::Indirect);
    assert_eq!(
        wants.speaker.and_then(|s| s.text(text)),
        Some("Hillary Clinton")
    );
    assert!(
        wants
            .content
            .text(text)
            .is_some_and(|c| c.starts_with("to make in-state tuition free")),
        "{wants:#?}"
    );
}

/// `Demonstrators said they want ...`: a common noun that is no entity
/// and heads no known source left the report without a speaker, and so
/// out.
#[test]
fn the_noun_phrase_before_a_verb_of_saying_is_its_speaker() {
    let text = "Demonstrators said they want justice for the man who died.";
    assert_cue_speaker(text, "said", "Demonstrators");
}

/// `Lawmakers have not said when ...`: the auxiliaries were taken into
/// the subject noun phrase.
#[test]
fn a_subject_noun_phrase_ends_before_the_auxiliaries_of_its_cue() {
    let text = "Lawmakers have not said when they would take up the reauthorization.";
    assert_cue_speaker(text, "said", "Lawmakers");
}

/// `A new poll shows ...`: no mention stands before the cue, only a noun
/// phrase; the shipped report scorer takes it as the subject.
#[test]
fn the_report_scorer_takes_a_noun_phrase_subject_with_no_mention_near() {
    let text = "A new poll shows Clinton leading Trump by four points in Florida.";
    let doc = annotate(text);
    let shows = quote_with_cue(&doc, text, "shows");
    assert_eq!(shows.speaker.and_then(|s| s.text(text)), Some("A new poll"));
    assert_eq!(
        shows.content.text(text),
        Some("Clinton leading Trump by four points in Florida")
    );
}

/// `Stevie Wonder, who joked of the museum, “Q”`: the relative pronoun
/// is the speaker mention, named for the person it follows (PolNeAR marks
/// the pronoun as the source; the speaker was `Stevie Wonder`, the
/// antecedent, with no mention in the clause).
#[test]
fn a_relative_pronoun_before_the_cue_of_a_quote_is_its_speaker_mention() {
    let text = "Guests included Oprah Winfrey and Stevie Wonder, who joked of the museum, “I haven't seen it yet, but I'm going to.”";
    let doc = annotate(text);
    let quote = quote_with_cue(&doc, text, "joked");
    assert_eq!(quote.speaker.and_then(|s| s.text(text)), Some("who"));
    assert_eq!(quote.speaker_name.as_deref(), Some("Stevie Wonder"));
}

/// `McConnell, now the Senate majority leader, who in 2010 said ...`: a
/// number and a preposition between the pronoun and its cue.
#[test]
fn a_relative_pronoun_a_few_words_before_a_report_cue_is_its_speaker_mention() {
    assert_cue_speaker(
        "Obama has had a frosty relationship with Mitch McConnell, now the Senate majority leader, who in 2010 said the party's most important goal was to beat him.",
        "said",
        "who",
    );
}

/// `said in a letter that ...`: the report is the clause after the
/// circumstance, not the circumstance (it began at `in`).
#[test]
fn a_report_after_a_circumstance_starts_at_its_that() {
    let text = "The city attorney said in a letter on Friday that the advertisement wrongly suggests the police support the campaign.";
    let doc = annotate(text);
    let quote = quote_with_cue(&doc, text, "said");
    assert_eq!(
        quote.content.text(text),
        Some("that the advertisement wrongly suggests the police support the campaign")
    );
}

/// `said Friday that ...`, `said via email that ...`, `said last week
/// that ...`: the report is the clause after the day or the means (it
/// began at `Friday`).
#[test]
fn a_report_after_a_day_or_a_means_starts_at_its_that() {
    for (text, clause) in [
        (
            "A Homeland Security Department official said Friday that hackers have targeted the voter registration systems of more than 20 states.",
            "that hackers have targeted the voter registration systems of more than 20 states",
        ),
        (
            "Campaign spokeswoman Jessica Ditto said via email that the campaign will respond.",
            "that the campaign will respond",
        ),
        (
            "The governor said last week that the state would not raise taxes.",
            "that the state would not raise taxes",
        ),
    ] {
        let doc = annotate(text);
        assert_eq!(quote_with_cue(&doc, text, "said").content.text(text), Some(clause));
    }
}

/// `told a meeting of Pacific Island leaders that ...`: an addressee no
/// mention covers is skipped to the clause (it was part of the report);
/// `told a story that was ...` keeps its object, whose `that` opens a
/// relative clause.
#[test]
fn a_report_after_an_addressee_that_is_no_mention_starts_at_its_that() {
    let text = "Obama told a meeting of Pacific Island leaders that few people understood the stakes of climate change.";
    let doc = annotate(text);
    assert_eq!(
        quote_with_cue(&doc, text, "told").content.text(text),
        Some("that few people understood the stakes of climate change")
    );
    let text = "The senator told a story that was hard to believe about the program.";
    let doc = annotate(text);
    let content = quote_with_cue(&doc, text, "told").content.text(text);
    assert!(
        content.is_some_and(|c| c.starts_with("a story")),
        "{content:?}"
    );
}

/// `called for a ban`, `warned against a rush`: the particle is the
/// cue's, as in PolNeAR's cue spans, and the report is what follows it
/// (it began at `for`, at `against`).
#[test]
fn a_report_starts_after_the_particle_of_its_cue() {
    for (text, cue, start) in [
        (
            "The mayor called for a ban on assault weapons after the shooting.",
            "called",
            "a ban on assault weapons",
        ),
        (
            "The president warned against a rush to judgment.",
            "warned",
            "a rush to judgment",
        ),
        // `to` is the particle of a few cues, a noun phrase after it.
        (
            "Trump was referring to the tax plan his rivals released on Monday.",
            "referring",
            "the tax plan",
        ),
        (
            "Obama pointed to the polls showing strong support for the deal.",
            "pointed",
            "the polls",
        ),
        // `to` before a determiner opens a noun phrase.
        (
            "Many observers alluded to the province of Kashmir as the most dangerous place on earth.",
            "alluded",
            "the province of Kashmir",
        ),
        // A report the scorer takes opens past the particle too.
        (
            "Asked about the deal, Obama said nothing.",
            "Asked",
            "the deal",
        ),
    ] {
        let doc = annotate(text);
        let content = quote_with_cue(&doc, text, cue).content.text(text);
        assert!(content.is_some_and(|c| c.starts_with(start)), "{content:?}");
    }
}

/// `"Kevin was snoring.` / `“Here he is, babe,” she said`: a straight
/// mark left open at a paragraph's end, the next paragraph opened with a
/// curly one, is a stray mark, not a quote running on (it was read as a
/// quote of the whole paragraph).
#[test]
fn an_open_mark_followed_by_a_paragraph_opened_in_another_style_is_stray() {
    let text = "The woman watched the stage.\n\n\"Kevin was snoring.\n\n“Here he is, babe,” she said. “Donald’s here, babe.”";
    let doc = annotate(text);
    let quotes = direct_quotes(&doc);
    assert!(
        quotes
            .iter()
            .all(|q| !q.content.text(text).unwrap_or_default().contains("Kevin")),
        "{quotes:#?}"
    );
    assert_cue_speaker(text, "said", "she");
}

/// `"Trump walked onto the stage, chanting “U-S-A! U-S-A!”`: a curly
/// quote inside a typewriter mark left open is a quote of its own. The
/// curly opening mark had closed the typewriter one, as a wrongly turned
/// mark, and the quote before took the paragraph as its next part.
#[test]
fn a_curly_quote_inside_a_stray_typewriter_mark_is_a_quote_of_its_own() {
    let text = "“Here he is, babe,” she said. “Donald’s here, babe.”\n\n\"Trump walked onto the stage, chanting “U-S-A! U-S-A!”\n\n“That’s right, Donald,” Melanie said.";
    let doc = annotate(text);
    let contents = contents(direct_quotes(&doc), text);
    assert!(contents.contains(&"“U-S-A! U-S-A!”"), "{contents:#?}");
    assert!(
        contents.iter().all(|c| !c.contains("Trump walked")),
        "{contents:#?}"
    );
}

/// A quote that runs over paragraphs, each opened with the same mark and
/// only the last closed, is one quote, a part for each paragraph.
#[test]
fn a_quote_running_over_paragraphs_with_one_style_of_mark_is_kept() {
    let text = "The senator said:\n\n“We will not stop until the law is changed.\n\n“Nobody in this state should wait that long.”";
    let doc = annotate(text);
    let quotes = direct_quotes(&doc);
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    let parts: Vec<&str> = quotes[0]
        .parts()
        .iter()
        .filter_map(|p| p.text(text))
        .collect();
    assert_eq!(
        parts,
        [
            "“We will not stop until the law is changed.",
            "“Nobody in this state should wait that long.”"
        ]
    );
}

/// `X said that “Q” against what the campaign sees as ...`: a cue after a
/// quote inside a report's clause is no attribution of the quote; the
/// quote takes the report's cue and speaker (it kept `sees`).
#[test]
fn a_quote_inside_a_report_with_a_cue_after_it_takes_the_report_s_attribution() {
    let text = "Spokeswoman Jessica Ditto said via email that, “Of course Mr. Trump is going to defend himself” against what the campaign sees as a coordinated attack effort by the media.";
    let doc = annotate(text);
    let quote = quote_where(&doc, |q| q.kind != QuoteKind::Indirect);
    assert_eq!(
        quote.cue.and_then(|c| c.text(text)),
        Some("said"),
        "{quote:#?}"
    );
    assert_eq!(quote.speaker_name.as_deref(), Some("Jessica Ditto"));
}

/// `“Q1,” Blige sings to Clinton before asking her, “Q2”`: the verb
/// right after the name that follows a quote attributes it, though no cue
/// word (Q1 went to `asking` and `Clinton`); a participle after `before`
/// takes the subject of its clause (Q2 went to `Clinton`).
#[test]
fn a_verb_right_after_the_name_after_a_quote_is_its_cue() {
    let text = "Mary J. Blige sang for the candidate.\n\n“Promise mama you’ll keep your hands in sight,” Blige sings to Clinton before asking her, “I just want to know, where do we go from here?”";
    let doc = annotate(text);
    let quotes = direct_quotes(&doc);
    assert_eq!(quotes.len(), 2, "{quotes:#?}");
    assert_eq!(quotes[0].cue.and_then(|c| c.text(text)), Some("sings"));
    assert_eq!(quotes[0].speaker.and_then(|s| s.text(text)), Some("Blige"));
    assert_eq!(quotes[1].cue.and_then(|c| c.text(text)), Some("asking"));
    assert_eq!(quotes[1].speaker.and_then(|s| s.text(text)), Some("Blige"));
}

/// `Clinton, at a later press gaggle, said, “Q”`: a noun phrase after a
/// preposition is no subject of the cue (the quote went to `a later
/// press`).
#[test]
fn a_mention_after_a_preposition_before_the_cue_of_a_quote_is_not_its_speaker() {
    assert_sole_direct_quote_speaker(
        "Trump spoke in Colorado.\n\nDemocratic nominee Hillary Clinton, at a later press gaggle, said, “I’ve been briefed about the bombings and there is still a lot to learn.”",
        "Hillary Clinton",
    );
}

/// A quote that goes on from an earlier speaker is said by that entity's
/// latest mention before it (it took the first quote's mention, `Ryan
/// Ellis`, where PolNeAR marks `Ellis`).
#[test]
fn a_quote_going_on_from_an_earlier_speaker_takes_the_entity_s_latest_mention() {
    let text = "“The plan is dead,” said Ryan Ellis, a tax lobbyist.\n\nEllis has long argued for lower rates.\n\n“I don’t get the sense she’s interested in tax reform.”";
    let doc = annotate(text);
    let quotes = direct_quotes(&doc);
    assert_eq!(quotes.len(), 2, "{quotes:#?}");
    let second = quotes[1];
    assert_eq!(
        second.speaker.and_then(|s| s.text(text)),
        Some("Ellis"),
        "{second:#?}"
    );
    assert_eq!(second.speaker_name.as_deref(), Some("Ryan Ellis"));
}

/// `CLAUSE, said X, a longtime adviser ...`: the speaker's apposition
/// runs past the sentence's last few words, and the attribution still
/// ends the report (the speaker and the content were swapped).
#[test]
fn a_postposed_attribution_with_a_long_apposition_reports_the_clause_before_it() {
    let text = "Its first national television ad could start this week, said Brian Baker, a longtime political adviser to the Ricketts family.";
    let doc = annotate(text);
    let quote = quote_with_cue(&doc, text, "said");
    assert_eq!(
        quote.content.text(text),
        Some("Its first national television ad could start this week")
    );
    assert_eq!(
        quote.speaker.and_then(|s| s.text(text)),
        Some("Brian Baker")
    );
}

/// `CLAUSE, top black lawmakers said Friday, as they ...`: a postposed
/// attribution whose subject is a noun phrase, not a name, followed by
/// the writer's clause (the content was taken after the cue).
#[test]
fn a_postposed_attribution_followed_by_the_writer_s_clause_reports_the_clause_before_it() {
    let text = "The obsession with the birth certificate is an insult to all African-Americans, top black lawmakers said Friday, as they bristled at the questions.";
    let doc = annotate(text);
    let quote = quote_with_cue(&doc, text, "said");
    assert_eq!(
        quote.content.text(text),
        Some("The obsession with the birth certificate is an insult to all African-Americans")
    );
    assert_eq!(
        quote.speaker.and_then(|s| s.text(text)),
        Some("top black lawmakers")
    );
}

/// `CLAUSE, one West Virginia official said.`: a noun phrase set off by
/// the comma is the subject of a postposed cue (no report was found).
#[test]
fn a_noun_phrase_after_a_comma_is_the_subject_of_a_postposed_cue() {
    let text = "After some challenges, the reclamation work has been meeting regulatory standards, one West Virginia official said.";
    let doc = annotate(text);
    let quote = quote_with_cue(&doc, text, "said");
    assert_eq!(
        quote.content.text(text),
        Some("After some challenges, the reclamation work has been meeting regulatory standards")
    );
    assert_eq!(
        quote.speaker.and_then(|s| s.text(text)),
        Some("one West Virginia official")
    );
}

/// `“Q1,” X said in an interview. “Q2”`: the cue after the first part
/// of an interrupted quote reports that quote, not the circumstance after
/// it (`in an interview` was taken as a report of its own).
#[test]
fn the_cue_of_an_interrupted_quote_reports_nothing_after_it() {
    let text = "“The White House wanted 60 votes on climate,” Mr. Alexander said in an interview. “Now it's back to power plants only.”";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    assert_eq!(quotes[0].fragments.len(), 2);
}

/// British style: quotes in single marks, among apostrophes (`don’t`,
/// `’90s`, `the players’ union`, `rock ’n’ roll`); single marks were
/// never paired, and these quotes were lost.
#[test]
fn quotes_in_single_marks_are_told_apart_from_apostrophes() {
    let text = "‘The players’ union will strike on Monday,’ the spokesman said. ‘Rock ’n’ roll is back and the ’90s are over.’\n\nThe minister said he didn’t accept the claim.";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(
        quote.content.text(text),
        Some("‘The players’ union will strike on Monday,’ the spokesman said. ‘Rock ’n’ roll is back and the ’90s are over.’")
    );
    assert_eq!(quote.fragments.len(), 2);
    assert_eq!(
        quote.speaker.and_then(|s| s.text(text)),
        Some("the spokesman")
    );
}

/// `‘He told me “never again”, and I believed him,’`: a double-marked
/// quote within a single-marked one is part of it.
#[test]
fn a_quote_within_a_single_marked_quote_is_part_of_it() {
    let text = "‘He told me “never again”, and I believed him,’ the witness said.";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(
        quote.content.text(text),
        Some("‘He told me “never again”, and I believed him,’")
    );
}

/// American style: double marks quote, and single marks set off quotes
/// within quotes, which are no quotes of their own; in the headline they
/// quote (`Voters Call Debate 'A Total Mess'`).
#[test]
fn single_marks_quote_only_in_the_headline_of_an_article_quoted_with_double_marks() {
    let text = "Poll: Voters Call Debate 'A Total Mess For Everyone'\n\n“I think it went very well for us,” the senator said. “He said ‘never again’ to me.”";
    let headline_end = text.find('\n').unwrap_or(text.len());
    let doc = annotate(text);
    let quotes = quotes(&doc);
    assert!(
        quotes.iter().all(|q| {
            let content = q.content.text(text).unwrap_or_default();
            !content.starts_with('‘')
                && (!content.starts_with('\'') || q.content.end as usize <= headline_end)
        }),
        "{quotes:#?}"
    );
    assert!(
        quotes
            .iter()
            .any(|q| q.content.text(text) == Some("'A Total Mess For Everyone'")),
        "{quotes:#?}"
    );
    assert_eq!(direct_quotes(&doc).len(), 1);
}

/// `Tanaka said 「we will decide tomorrow」`: corner brackets quote.
#[test]
fn corner_brackets_are_quote_marks() {
    let text = "Tanaka said 「we will decide on the merger tomorrow」 to reporters.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    assert!(
        quotes
            .iter()
            .any(|q| q.content.text(text) == Some("「we will decide on the merger tomorrow」")),
        "{quotes:#?}"
    );
}

/// `Later he added: ‹We are ready.›`: single guillemets were read as
/// the single marks that double as apostrophes, which quote only in an
/// article that pairs more of them than double marks, so the quote after
/// a quote in `«...»` was an indirect report.
#[test]
fn single_guillemets_quote_beside_double_marks() {
    let text = "The minister said: «We will not back down.» Later he added: ‹We are ready.›";
    let doc = annotate(text);
    let quote = quote_with_cue(&doc, text, "added");
    assert_eq!(quote.kind, QuoteKind::Direct, "{quote:#?}");
    assert_eq!(quote.content.text(text), Some("‹We are ready.›"));
}

/// `“Q,” the witness said` and `“Q,” said the witness`: a description
/// that is no mention the tagger knows is the speaker (the quote had
/// none).
#[test]
fn a_description_next_to_the_cue_after_a_quote_is_its_speaker() {
    for (text, speaker) in [
        (
            "“He told me never again, and I believed him,” the witness said.",
            "the witness",
        ),
        (
            "“He told me never again, and I believed him,” said the witness for the prosecution, a retired teacher.",
            "the witness for the prosecution",
        ),
    ] {
        assert_sole_direct_quote_speaker(text, speaker);
    }
}

/// `told the BBC he was ...`: the addressee's article is part of the
/// addressee, not of what was said (the content began at `the`).
#[test]
fn an_addressee_with_its_article_is_skipped_before_the_content() {
    let text = "Transport Secretary Grant Shapps told the BBC he was disappointed by the action.";
    let doc = annotate(text);
    let quote = quote_with_cue(&doc, text, "told");
    assert_eq!(
        quote.content.text(text),
        Some("he was disappointed by the action")
    );
}

/// `Maria Lopez, 45, a teacher from Leeds, said: “Q”`: an apposition of
/// several parts stands between the speaker and the cue (the speaker was
/// `Leeds`).
#[test]
fn the_speaker_before_an_apposition_of_several_parts_says_the_quote() {
    assert_sole_direct_quote_speaker(
        "Maria Lopez, 45, a teacher from Leeds, said: “We have had enough of this.”",
        "Maria Lopez",
    );
}

/// `... the workplace: “Q,” the union wrote.`: a report before a whole
/// quote with an attribution of its own ends before it (it ran through
/// the quote, which then took the report's cue).
#[test]
fn a_report_ends_before_a_quote_after_a_colon_that_has_its_own_attribution() {
    let text = "The statement referenced the impact it said Clinton would have on women in the workplace: “Our union has fought for equal pay for decades, and so has she,” the union wrote.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "said");
    assert_eq!(
        report.content.text(text),
        Some("Clinton would have on women in the workplace")
    );
    let quote = sole_direct_quote(&doc);
    assert_eq!(quote.cue.and_then(|c| c.text(text)), Some("wrote"));
}

/// `The New York Times reports:` / `a reader would now ask:` then the
/// quote: a cue word the lexicon doubts still introduces a quote with a
/// colon, and its subject is the phrase right before it (the quotes had
/// no speaker, or `times` from `in normal times`).
#[test]
fn a_weak_cue_word_before_a_colon_introduces_a_quote() {
    for (text, speaker) in [
        (
            "Few donors give small amounts.\n\nThe New York Times reports:\n\n\"Just 24 percent of the contributors to the campaign so far have given $200 or less.\"",
            "The New York Times",
        ),
        (
            "If we lived in normal times, a reader would now ask: \"Larry King and Ed Schultz are on a Russian television network?\"",
            "a reader",
        ),
    ] {
        assert_sole_direct_quote_speaker(text, speaker);
    }
}

/// `... are “not meeting the demand,” says X. “Q”`: a quote right after
/// a partial quote attributed after it goes on from that speaker (it had
/// none).
#[test]
fn a_quote_after_a_partial_quote_attributed_after_it_goes_on_from_its_speaker() {
    let text = "The answers to veteran suicides are \"not meeting the demand,\" says Paul Rieckhoff, founder of the veterans group. \"We often compare it to the early days of the AIDS crisis.\"";
    let doc = annotate(text);
    let second = u32::try_from(text.find("\"We often").unwrap()).unwrap();
    let quotes = quotes(&doc);
    let holding: Vec<&Quote> = quotes
        .iter()
        .filter(|q| q.parts().iter().any(|p| p.start == second))
        .collect();
    assert!(!holding.is_empty(), "{quotes:#?}");
    for quote in holding {
        assert_eq!(
            quote.speaker.and_then(|s| s.text(text)),
            Some("Paul Rieckhoff"),
            "{quote:#?}"
        );
    }
}

/// `House Speaker Paul D. Ryan (R-Wis.) said ...`: the state of a party
/// label is no speaker (it was `Wis.`).
#[test]
fn the_state_in_a_party_label_is_not_the_speaker() {
    assert_cue_speaker(
        "In an interview, House Speaker Paul D. Ryan (R-Wis.) said the recent spate of police shootings demands more listening.",
        "said",
        "Paul D. Ryan",
    );
}

/// `In her 2003 book, Living History, Clinton noted the clot’s
/// existence.`: a cue with an object of its own reports that, not the
/// phrase before the comma (it was read as `CLAUSE, X noted.`).
#[test]
fn a_cue_with_an_object_is_no_postposed_attribution() {
    let text = "In her 2003 book, Living History, Clinton noted the clot’s existence.";
    let doc = annotate(text);
    let quote = quote_with_cue(&doc, text, "noted");
    assert_eq!(quote.content.text(text), Some("the clot’s existence"));
}

/// `A friend commented: “Q”`: `commented` is a cue in 5 of its 7
/// PolNeAR train occurrences, though its stem, with the noun `comments`,
/// rarely is; the quote had no speaker.
#[test]
fn a_verb_form_mostly_a_cue_attributes_a_quote_whatever_its_stem() {
    assert_sole_direct_quote_speaker(
        "During the debate, a friend commented: \"For you, immigration is the most important reason to not vote for Trump.\"",
        "a friend",
    );
}

/// The founding article set in British style, its curly double marks
/// turned single (the same byte lengths, so the same offsets), amid its
/// apostrophes (`Trump’s`, `don’t`): every quote is found as it is in the
/// original, of the same kind, span and speaker.
#[test]
fn the_founding_article_in_single_marks_reads_as_in_double_marks() {
    let british = crate::founding_article::ARTICLE
        .replace('“', "‘")
        .replace('”', "’");
    let quotes_of = |text: &str| {
        let doc = annotate(text);
        let quotes = quotes(&doc);
        let read = |q: &Quote| (q.kind, q.content, q.speaker, q.speaker_name.clone());
        quotes.iter().map(read).collect::<Vec<_>>()
    };
    let original = quotes_of(crate::founding_article::ARTICLE);
    assert!(original.len() >= 17);
    assert_eq!(quotes_of(&british), original);
}

/// The names of the entities of `doc`, in order.
fn entity_names<'t>(doc: &Document, text: &'t str) -> Vec<&'t str> {
    let entities = &doc.layers.entities.as_ref().unwrap().items;
    entities.iter().filter_map(|e| e.span.text(text)).collect()
}

/// `Christopher Salas-Wright ... Salas-Wright said`: the tokenizer
/// splits hyphenated compounds (as UD English does) and the entity model
/// read `Salas` and `Wright` as two people; the quote went to `Salas`.
#[test]
fn a_hyphenated_surname_is_one_name_and_one_speaker() {
    let text = "The study was written by Christopher Salas-Wright, an assistant professor at Boston University. \"Again and again, we see evidence that they are not,\" Salas-Wright said.";
    let doc = annotate(text);
    let names = entity_names(&doc, text);
    assert!(names.contains(&"Christopher Salas-Wright"), "{names:?}");
    assert!(names.contains(&"Salas-Wright"), "{names:?}");
    let quote = sole_direct_quote(&doc);
    assert_eq!(
        quote.speaker_name.as_deref(),
        Some("Christopher Salas-Wright"),
        "{quote:#?}"
    );
}

/// `Rep. Gwen Moore (D-Wis.)`, `Sen. Tim Kaine, D-Va.,`: the entity model
/// tagged the states of party labels as places (`Wis.`, `Va.`), and read
/// whole, the labels as organisations; `R-Wis.` became a speaker.
#[test]
fn party_and_state_labels_are_no_entities() {
    let text = "Rep. Gwen Moore (D-Wis.) said Friday that the remark was a dog whistle. Sen. Tim Kaine, D-Va., said he agreed with the plan.";
    let doc = annotate(text);
    assert_eq!(entity_names(&doc, text), ["Gwen Moore", "Tim Kaine"]);
}

/// `Sen. Tim Kaine, D-Va., said he agreed with the plan.`: the inverted
/// attribution `, said X.` took `he` for its speaker and the name before
/// the comma for what was said.
#[test]
fn a_pronoun_after_said_opens_the_reported_clause() {
    let text = "Sen. Tim Kaine, D-Va., said he agreed with the plan.";
    let doc = annotate(text);
    let quote = first_indirect_quote(&doc);
    assert_eq!(
        quote.content.text(text),
        Some("he agreed with the plan"),
        "{quote:#?}"
    );
    assert_eq!(
        quote.speaker_name.as_deref(),
        Some("Tim Kaine"),
        "{quote:#?}"
    );
}

/// `“Q1,” X said in a statement, adding that ... “Q2.”`: the partial
/// quote was joined to the whole one as its second part, though `adding`
/// reports it.
#[test]
fn a_partial_quote_a_later_cue_reports_is_no_part_of_the_quote_before() {
    let text = "“Immunity deals should not be a requirement for cooperating with the FBI,\" Chairman Jason Chaffetz said in a statement, adding that the agreements were handed out \"like candy.\"";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert!(quote.fragments.len() < 2, "{quote:#?}");
    let partial = quote_with_cue(&doc, text, "adding");
    assert_eq!(partial.speaker_name.as_deref(), Some("Jason Chaffetz"));
}

/// `It was unclear whether ...`, `it's worth noting that ...`: no one
/// said these; the report had `It` for its speaker.
#[test]
fn an_impersonal_it_is_no_speaker() {
    let text = "It was unclear whether the judges would rule that the funds were lost.";
    let doc = annotate(text);
    let quote = first_indirect_quote(&doc);
    assert_eq!(quote.speaker, None, "{quote:#?}");
    assert!(quote.unattributed.is_some(), "{quote:#?}");
}

/// `It is pretty clear that ...`, `It is interesting to recall that
/// ...`: a word of degree before the predicate, or a predicate missing
/// from the list, left `it` the speaker (and the linker then tied it to
/// a country or a company named before).
#[test]
fn an_impersonal_it_with_a_word_of_degree_is_no_speaker() {
    for text in [
        "Poland voted. It is pretty clear that the populist parties are strong there.",
        "The program survived. It is interesting to recall that the meals came under the ax in 2013.",
    ] {
        let doc = annotate(text);
        let quote = first_indirect_quote(&doc);
        assert_eq!(quote.speaker, None, "{text}: {quote:#?}");
        assert!(quote.unattributed.is_some(), "{text}: {quote:#?}");
    }
}

/// `When Clinton noted that ... ― Trump boasted, “Q”`: the report ran on
/// through the quote, which then took the report's cue and Clinton for
/// its speaker.
#[test]
fn a_report_ends_before_a_quote_with_its_own_attribution() {
    let text = "When Clinton noted that Trump has not paid federal income taxes ― as was true for the few years his tax returns were made public ― Trump boasted, “That makes me smart.”";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(
        quote.speaker_name.as_deref(),
        Some("Donald Trump"),
        "{quote:#?}"
    );
    let report = first_indirect_quote(&doc);
    assert!(report.content.end <= quote.content.start, "{report:#?}");
}

/// `“Q1.” To which she said, “Q2”`: the cue that leads into the second
/// quote attributed the first as well, and joined the two.
#[test]
fn a_cue_leading_into_the_next_quote_attributes_not_the_one_before() {
    let text = "I had to change my answer: \"Of course I believe in the devil. I was just kidding.\" To which she said, \"Thank God at least you still believe in the devil.\"";
    let doc = annotate(text);
    let quotes = direct_quotes(&doc);
    assert_eq!(quotes.len(), 2, "{quotes:#?}");
    assert_ne!(
        quotes[0].speaker.and_then(|s| s.text(text)),
        Some("she"),
        "{quotes:#?}"
    );
}

/// `Elizabeth Warren To Wells Fargo CEO: ‘Q’`: American headlines set
/// quotes in single marks, which an article in double marks otherwise
/// leaves unpaired (they mark titles and nicknames there); a headline's
/// quote after a colon was lost, and with no cue it had no speaker.
#[test]
fn a_headline_quote_in_single_marks_after_a_colon_is_its_subjects() {
    let text = "A lesson from Loretta Lynch: ‘Be the voice that people hear.’\n\nThe attorney general spoke to \"a room of students\" on Monday. Her \"message\" was clear.";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(
        quote.content.text(text),
        Some("‘Be the voice that people hear.’")
    );
    assert_eq!(
        quote.speaker_name.as_deref(),
        Some("Loretta Lynch"),
        "{quote:#?}"
    );
}

/// `Hillary Clinton Speaks ‘Directly To White People’ After ...`: a
/// headline's single marks quote wherever they stand in an article set in
/// double marks, not only after a colon. In a title-case headline every
/// quote looks like a title, and the verb before it is capitalised like
/// the rest; the quote was taken for a name, and `Speaks`, a weak cue,
/// attributed nothing.
#[test]
fn a_headline_quote_in_single_marks_after_a_weak_cue_is_its_subjects() {
    let text = "Hillary Clinton Speaks ‘Directly To White People’ After Latest Police Shooting.\n\nHillary Clinton spoke out Tuesday about the death of Terence Crutcher, calling it \"intolerable.\"";
    let doc = annotate(text);
    let quote = quotes(&doc)
        .iter()
        .find(|q| q.content.text(text).is_some_and(|t| t.starts_with('‘')))
        .unwrap_or_else(|| panic!("no headline quote: {:#?}", quotes(&doc)));
    assert_eq!(quote.content.text(text), Some("‘Directly To White People’"));
    assert_eq!(
        quote.speaker_name.as_deref(),
        Some("Hillary Clinton"),
        "{quote:#?}"
    );
}

/// `John Kelly called the order "lawful and constitutional" but said he
/// should have delayed its rollout "just a bit" ...`: a report's content
/// had to hold every partial quote its cue might attribute, so it ran on
/// past the second cue joined to it and took that cue's quote and clause
/// as its own.
#[test]
fn a_partial_quote_after_a_joined_cue_does_not_hold_the_first_report_open() {
    let text = "Homeland Security Secretary John Kelly called President Trump's executive order on immigration \"lawful and constitutional\" but said he should have delayed the order's rollout \"just a bit\" so that members of Congress could be prepared.";
    let doc = annotate(text);
    let reports: Vec<_> = quotes(&doc)
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .collect();
    let contents: Vec<_> = reports.iter().map(|q| q.content.text(text)).collect();
    assert_eq!(
        contents,
        [
            Some("President Trump's executive order on immigration \"lawful and constitutional\""),
            Some("he should have delayed the order's rollout \"just a bit\" so that members of Congress could be prepared"),
        ],
        "{reports:#?}"
    );
}

/// `Rajoy said Monday that he will "try to form a stable government" and
/// insisted that his party was "still the No. 1 force in Spain."`: a
/// sentence that ends on a quote mark ran the report through to it, past
/// the cue joined to its own.
#[test]
fn a_report_in_a_sentence_ending_on_a_quote_mark_ends_before_a_joined_cue() {
    let text = "Rajoy said Monday that he will \"try to form a stable government\" and insisted that his party was \"still the No. 1 force in Spain.\"";
    let doc = annotate(text);
    let report = first_indirect_quote(&doc);
    assert_eq!(
        report.content.text(text),
        Some("that he will \"try to form a stable government\""),
        "{report:#?}"
    );
}

/// `Suu Kyi has faced sharp criticism for failing to address ...`: the
/// report of the noun `criticism` took the subject of `faced` for its
/// speaker, the one criticised.
#[test]
fn the_subject_who_faces_criticism_is_not_its_speaker() {
    let text = "For her part, Aung San Suu Kyi has faced sharp criticism for failing to address ethnic violence against the Rohingya Muslim minority.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    assert!(
        quotes
            .iter()
            .all(|q| q.speaker_name.as_deref() != Some("Aung San Suu Kyi")),
        "{quotes:#?}"
    );
}

/// `federal prosecutors in April charged two Vermont developers ... with
/// defrauding investors`: a report whose subject stands apart from its
/// cue scored below the one threshold all doubted reports shared, though
/// such reports are right about half the time, and was dropped.
#[test]
fn a_report_with_its_subject_apart_from_the_cue_stands_lower() {
    let text = "More recently, federal prosecutors in April charged two Vermont developers, Ariel Quiros and William Stenger, with defrauding investors from at least 74 countries.";
    let doc = annotate(text);
    let report = first_indirect_quote(&doc);
    assert_eq!(
        report.speaker.and_then(|s| s.text(text)),
        Some("federal prosecutors")
    );
    assert_eq!(report.cue.and_then(|c| c.text(text)), Some("charged"));
}

/// `Politifact: Donald Trump Is Right, ...`: one capitalised word before
/// a headline's colon that the entity model did not tag named no source,
/// and the headline reported nothing; a label there (`Breaking:`) still
/// names none.
#[test]
fn a_lone_name_before_a_headline_colon_is_the_source() {
    let body = "\n\nThe fact-checking site looked at police data from January to September.";
    let text =
        format!("Politifact: Donald Trump Is Right About Shootings in Chicago this Year.{body}");
    let doc = annotate(&text);
    let report = first_indirect_quote(&doc);
    assert_eq!(
        report.speaker.and_then(|s| s.text(&text)),
        Some("Politifact")
    );
    assert_eq!(
        report.content.text(&text),
        Some("Donald Trump Is Right About Shootings in Chicago this Year")
    );
    let text = format!("Breaking: Latest Primary Has Big Impact On Clinton Campaign.{body}");
    let doc = annotate(&text);
    assert!(quotes(&doc).is_empty(), "{:#?}", quotes(&doc));
}

/// `'Carson is cratering' while Trump rises on tough talk`, `‘Black
/// Lives Matter’ Sends Brutal Message To Hillary`: quoted words in a
/// headline that nobody in it is said to say are a slogan or a name, not
/// a quote with no speaker.
#[test]
fn a_headline_quote_nobody_is_said_to_say_is_no_quote() {
    let text = "\"Carson is cratering\" while Trump rises on tough talk.\n\nThe poll of 1,000 voters was taken last week. \"He is done,\" one rival said.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    assert!(quotes.iter().all(|q| q.content.start > 0), "{quotes:#?}");
}

/// `Not paying taxes ''makes me smart,'' Trump said last week`: the cue
/// after the quoted words attributes them; `last week` was reported as
/// what Trump said.
#[test]
fn a_circumstance_after_a_cue_that_follows_a_quote_is_no_report() {
    let text = "Not paying taxes \"makes me smart,\" Donald J. Trump said last week.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    assert!(
        quotes
            .iter()
            .all(|q| q.content.text(text) != Some("last week")),
        "{quotes:#?}"
    );
}

/// `CLAUSE, noted NBC’s Dante Chinni.`: the speaker is the person, not
/// the organisation that owns the name.
#[test]
fn an_inverted_speaker_after_a_possessive_is_the_name_owned() {
    let text = "However debates in and of themselves are not likely to alter the campaign, noted NBC’s Dante Chinni.";
    let doc = annotate(text);
    let report = first_indirect_quote(&doc);
    assert_eq!(
        report.speaker.and_then(|s| s.text(text)),
        Some("Dante Chinni")
    );
}

/// `“Q,” Scott Pruitt, the Republican attorney general of Oklahoma, one
/// of the states suing the EPA, said ...`: a second apposition after the
/// name hid the cue, and the quote had no speaker.
#[test]
fn a_quote_attributed_past_two_appositions_is_the_names() {
    assert_sole_direct_quote_speaker(
        "“It’s an invasion, in our estimation, of the state regulatory domain,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said at a Washington event this month.",
        "Scott Pruitt",
    );
}

/// `Limbaugh told his radio audience of Monday, “Q”`: the addressee
/// after `told` only leads into the quote; the quote had no speaker.
#[test]
fn a_quote_after_told_and_its_addressee_is_the_tellers() {
    assert_sole_direct_quote_speaker(
        "Limbaugh told his radio audience of Monday, “What has happened basically is this. The Clinton campaign has sent marching orders.”",
        "Limbaugh",
    );
}

/// `X said in a statement, “Q”`: the circumstance only leads into the
/// quote; `in a statement, “Q”` was reported as well, and the quote took
/// the noun `statement` for its cue.
#[test]
fn a_circumstance_before_a_quote_only_leads_into_it() {
    let text = "The senator said in a statement, “We will not back down.”";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    assert_eq!(quotes[0].cue.and_then(|c| c.text(text)), Some("said"));
}

/// `footage of Trump saying during the debate last week, “Q,” when
/// Clinton blasted him`: the cue that leads into the quote attributes it,
/// not the one after it.
#[test]
fn a_cue_leading_into_a_quote_wins_over_a_cue_after_it() {
    assert_sole_direct_quote_speaker(
        "The spot concludes with footage of Trump saying during the debate last week, “That makes me smart,” when Clinton blasted him for not paying income tax.",
        "Trump",
    );
}

/// `“Q1,” the ad’s narrator says, “Q2”`: the speaker read after the first
/// part (`the ad`) and before the second (`the ad’s narrator`) were cut
/// differently, and the two parts stayed two quotes.
#[test]
fn the_parts_of_a_quote_join_though_their_speakers_are_cut_differently() {
    let text =
        "“If he thinks that makes him smart,” the ad’s narrator says, “what does he think of you?”";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(quote.fragments.len(), 2, "{quote:#?}");
}

/// `Trump spoke to a gathering of fracking industry leaders`, `The
/// president spoke in a cottage on a Marine base`: where and to whom a
/// speech was made is no report of it; `spoke about` still reports.
#[test]
fn an_intransitive_speech_verb_reports_only_what_it_is_about() {
    let text =
        "On Thursday, Trump spoke to a gathering of fracking industry leaders in Pittsburgh.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    assert!(quotes.is_empty(), "{quotes:#?}");
    let text = "On Thursday, Trump spoke about the future of the coal industry in Pittsburgh.";
    let doc = annotate(text);
    assert!(first_indirect_quote(&doc)
        .content
        .text(text)
        .is_some_and(|c| c.contains("the future of the coal industry")));
}

/// `Mrs. Clinton met Mr. Trump ... He said`: the pronoun went to the first
/// person of the sentence before, a woman by her honorific.
#[test]
fn a_pronoun_goes_to_a_person_of_its_gender_where_honorifics_mark_it() {
    let text = "Mrs. Clinton met Mr. Trump in Ohio on Monday. He said the talks had gone well.";
    let doc = annotate(text);
    let report = first_indirect_quote(&doc);
    assert_eq!(
        report.speaker_name.as_deref(),
        Some("Donald Trump"),
        "{report:#?}"
    );
}

/// `Sanders told MSNBC’s “Morning Joe” that ...`: the addressee ended at
/// the possessive, and the report began at `’s`; its partial quote then
/// stood as a quote of its own.
#[test]
fn what_was_told_follows_the_programme_of_the_addressee() {
    let text = "Johnson tells MSNBC’s “Morning Joe” on Friday that “exactly who did it” remains under investigation.";
    let doc = annotate(text);
    let report = first_indirect_quote(&doc);
    assert_eq!(
        report.content.text(text),
        Some("that “exactly who did it” remains under investigation"),
        "{report:#?}"
    );
}

/// `Husted said the court's decision “Q1.” He said that if “Q2”`: the cue
/// of the next sentence, which reports a clause of its own, attributed the
/// first quote too, and joined the two.
#[test]
fn a_cue_reporting_a_clause_of_its_own_attributes_not_the_quote_before() {
    let text = "In a statement, Husted said the court's decision \"will effectively force us to put voters back on the voter rolls who have died or long since moved to another address.\" He said that if \"the final resolution requires us to reinstate voting eligibility to individuals who have died, we will appeal.\"";
    let doc = annotate(text);
    let quotes = direct_quotes(&doc);
    assert_eq!(quotes.len(), 2, "{quotes:#?}");
    assert_eq!(
        quotes[0].speaker.and_then(|s| s.text(text)),
        Some("Husted"),
        "{quotes:#?}"
    );
}

/// `Trump went on about “how the system is rigged,” and “wounded American
/// families” and “our own struggling citizens,” Melanie said ...`: the
/// listed phrases are one quote of Trump's; the later two had gone to
/// the narrator's `she`.
#[test]
fn quoted_phrases_listed_with_and_are_one_quote() {
    let text = "“You winning?” she said, but Kevin was drifting off again, and as Trump went on about “how the system is rigged,” and “wounded American families” and “our own struggling citizens,” Melanie said yes.";
    let doc = annotate(text);
    let listed = quote_where(&doc, |q| {
        q.content.text(text).is_some_and(|c| c.starts_with("“how"))
    });
    assert_eq!(listed.fragments.len(), 3, "{listed:#?}");
    assert_eq!(
        listed.speaker_name.as_deref(),
        Some("Donald Trump"),
        "{listed:#?}"
    );
}

/// `PolitiFact said “Trump exaggerates” the level of black youth
/// unemployment`: a report that opens with a partial quote, the writer's
/// clause going on after it, was left out; only the quoted words stood.
#[test]
fn a_report_may_open_with_a_partial_quote_the_clause_goes_on_from() {
    let text = "PolitiFact said “Trump exaggerates” the level of black youth unemployment through a misleading use of statistics.";
    let doc = annotate(text);
    let report = first_indirect_quote(&doc);
    assert_eq!(
        report.content.text(text),
        Some("“Trump exaggerates” the level of black youth unemployment through a misleading use of statistics"),
        "{report:#?}"
    );
}

/// `Democrats also described the showdown as ominous`: the adverb and the
/// verb after it each reported the words, twice over.
#[test]
fn an_adverb_and_the_verb_it_leads_report_the_words_once() {
    let text = "Another RT America host, Abby Martin, had previously denounced the annexation in an on-air diatribe.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    assert_eq!(quotes[0].cue.and_then(|c| c.text(text)), Some("denounced"));
}

/// `said after Pagliano failed to show up at the second committee
/// hearing`, `six years after she was released from house arrest`: a verb
/// with its particle, or a passive with its origin, was taken to report
/// what followed.
#[test]
fn showing_up_and_being_released_from_report_nothing() {
    for (text, cue) in [
        ("\"Subpoenas are not optional,\" panel Chairman Rep. Jason Chaffetz (R-Utah) said after Pagliano failed to show up at the second committee hearing he was formally called to in the past two weeks.", "show"),
        ("Aung San Suu Kyi visited the White House on Wednesday as Burma's de facto leader six years after she was released from house arrest, a triumphant moment for the democracy icon.", "released"),
    ] {
        assert_no_cue(text, cue);
    }
}

/// `Trump told Fox that "they hit Matt ... tougher. ... What they are
/// doing is ..."`: the end model stopped the report at the quote's first
/// sentence end, cutting the quote it had opened in two.
#[test]
fn a_report_stopping_inside_its_quote_runs_to_the_closing_mark() {
    let text = "Trump questions the fairness of moderators.\n\nTrump told Fox that \"they hit Matt because they said he should have been much tougher. What they are doing is gaming the system.\"";
    let doc = annotate(text);
    let report = first_indirect_quote(&doc);
    assert_eq!(report.cue.and_then(|c| c.text(text)), Some("told"));
    assert!(
        report
            .content
            .text(text)
            .is_some_and(|c| c.ends_with("gaming the system.\"")),
        "{report:#?}"
    );
}

/// `Ditto said she expects the campaign “to continue ...”`: the quoted
/// words are what Ditto said, though `expects` was taken as their cue and
/// the quote counted apart from her report.
#[test]
fn a_quote_in_its_speakers_report_takes_the_likelier_cue() {
    let text = "The campaign will keep pushing back.\n\nCampaign spokeswoman Jessica Ditto said she expects the campaign “to continue calling out examples of bias and defending ourselves as we deem necessary.”";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(
        quote.cue.and_then(|c| c.text(text)),
        Some("said"),
        "{quote:#?}"
    );
    assert_eq!(quote.speaker_name.as_deref(), Some("Jessica Ditto"));
    // A cue likelier than the report's stays the quote's own.
    let text = "The race tightened.\n\nTrump attacked Clinton on Thursday, saying \"She's trigger-happy and very unstable.\"";
    assert_eq!(
        sole_direct_quote(&annotate(text))
            .cue
            .and_then(|c| c.text(text)),
        Some("saying")
    );
}

/// `“On this basis,” Zero Hedge said, “Q2”`: `Zero` was a cue by its
/// stem (`zeroed in on`), and the first part of the quote lost its
/// attribution to the cue with no speaker after it.
#[test]
fn a_word_of_a_persons_name_is_no_cue() {
    let text = "Unemployment is high.\n\n“On this basis,” Zero Hedge said, “true white youth unemployment is in the mid-30s while black youth unemployment is in the low-50s.”";
    let doc = assert_one_quote_in_two_parts(text, "Zero Hedge");
    let quote = sole_direct_quote(&doc);
    assert_eq!(quote.cue.and_then(|c| c.text(text)), Some("said"));
}

/// `held a press conference Friday afternoon, shortly after Trump said he
/// finally believes ...`: `after` was read as a preposition governing
/// `Trump`, and `a press` became the speaker.
#[test]
fn the_subject_of_a_clause_opened_by_after_is_its_speaker() {
    let text = "Members of the Congressional Black Caucus held a press conference Friday afternoon, shortly after Trump said he finally believes Obama was born in the United States.";
    assert_cue_speaker(text, "said", "Trump");
}

/// `Authorities announced on Friday ... and said a curfew would
/// continue`: a source noun opening its sentence in capitals was not
/// known for one, and `a clash between protesters` became the speaker.
#[test]
fn a_source_noun_opening_its_sentence_is_a_speaker() {
    let text = "Authorities announced on Friday the arrest of a man in the fatal shooting of a demonstrator during a clash between protesters and police and said a curfew would continue through the weekend.";
    assert_cue_speaker(text, "said", "Authorities");
}

/// `“Q1,” Sanders said, suggesting a few questions, including, “Q2”`: the
/// second quote was joined to the first as its second part, though it
/// goes on from a report of its own.
#[test]
fn a_quote_after_another_cue_in_its_sentence_is_no_second_part() {
    let text = "Sanders spoke on MSNBC.\n\n\"The American people do not agree with Trump,\" Sanders said, suggesting a few questions, including, \"Mr. Trump, do you really think that billionaires need a massive tax break? What's your scientific basis for that?\"";
    let doc = annotate(text);
    let quotes = direct_quotes(&doc);
    assert_eq!(quotes.len(), 2, "{quotes:#?}");
    assert!(quotes.iter().all(|q| q.fragments.is_empty()));
    assert!(quotes
        .iter()
        .all(|q| q.speaker_name.as_deref() == Some("Bernie Sanders")));
}

/// `However laudable the goal, using the capital gains tax ''is a
/// misguided approach,'' Mr. Burman said`: the writer's words the quote
/// completes are part of what Burman said, though they run past five
/// words and hold a comma.
#[test]
fn a_long_lead_in_with_a_comma_is_part_of_the_clause_its_quote_completes() {
    let text = "Economists were divided.\n\nHowever laudable the goal, using the capital gains tax ''is a misguided approach,'' Mr. Burman said.";
    let doc = annotate(text);
    let clause = first_indirect_quote(&doc);
    let content = clause.content.text(text).unwrap_or_default();
    assert!(
        content.starts_with("However laudable") && content.ends_with("approach,''"),
        "{clause:#?}"
    );
    assert_eq!(clause.speaker_name.as_deref(), Some("Burman"));
}

/// `It was, the president said, ''a stone where ...''`: the writer's
/// words before the attribution open what the president said; the
/// quote, in lower case, finishes them.
#[test]
fn a_lead_in_before_an_attribution_opens_the_clause_its_quote_finishes() {
    let text = "The museum opened.\n\nIt was, the president said, ''a stone where day after day for years, men and women were torn from their spouse or their child.''";
    let doc = annotate(text);
    let clause = first_indirect_quote(&doc);
    assert_eq!(clause.fragments.len(), 2, "{clause:#?}");
    assert_eq!(clause.fragments[0].text(text), Some("It was"));
    assert_eq!(clause.cue.and_then(|c| c.text(text)), Some("said"));
}

/// `” … he delivered a mix of ...,” Barabak wrote`: a paragraph opened
/// by a wrongly turned mark, set apart by a space, had no quote, and the
/// quoted words became a report of `he`.
#[test]
fn a_closing_mark_opening_its_paragraph_opens_a_quote() {
    let text = "Pence did well.\n\n” … he delivered a mix of conservative orthodoxy and rejoinders with a coolness that Ronald Reagan himself might have admired,” Barabak wrote.";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(quote.speaker_name.as_deref(), Some("Barabak"));
    let quotes = quotes(&doc);
    assert!(
        quotes.iter().all(|q| q.kind != QuoteKind::Indirect),
        "{quotes:#?}"
    );
}

/// `He pitched himself to African-Americans by telling them that ...`:
/// the subject of a gerund after `by` is the main clause's; the nearest
/// mention, `African-Americans`, had been taken for it.
#[test]
fn a_gerund_cue_after_by_is_said_by_the_main_subject() {
    let text = "Nothing happened.\n\nHe recently pitched himself to voters by telling them that their lives are terrible.";
    assert_cue_speaker(text, "telling", "He");
}

/// `Trump told him that the plan was bad`: the pronoun spoken to was
/// taken into what was said.
#[test]
fn an_object_pronoun_after_a_cue_is_the_addressee() {
    let text = "Nothing happened.\n\nTrump told him that the plan was bad.\n\nShe told us on Monday that the plan was good.";
    let doc = annotate(text);
    assert_eq!(
        contents(quotes(&doc), text),
        ["that the plan was bad", "that the plan was good"],
        "{:#?}",
        quotes(&doc)
    );
}

/// `HE'S BEEN CALLED OUT BY FELLOW DOCTORS — He’s been dragged ...`: a
/// heading in capitals had `CALLED` for a cue, and `HE` said `OUT BY
/// FELLOW DOCTORS`.
#[test]
fn a_heading_in_capitals_reports_nothing() {
    let text = "Oz is on television.\n\nHE'S BEEN CALLED OUT BY FELLOW DOCTORS — He’s been dragged before a Senate subcommittee to defend his adulation of weight-loss supplements like those coffee beans.";
    assert_no_cue(text, "CALLED");
}

/// `If this argument fails to persuade, Mr. Castañeda argues, there are
/// other tools in the toolbox`: an attribution in the present tense set
/// inside the words it reports left out the words before it.
#[test]
fn a_present_tense_attribution_inside_its_words_reports_both_sides() {
    let text = "Mexico has options.\n\nIf this argument fails to persuade, Mr. Castañeda argues, there are other tools in the toolbox.";
    let doc = annotate(text);
    let report = first_indirect_quote(&doc);
    assert_eq!(report.fragments.len(), 2, "{report:#?}");
    assert_eq!(report.speaker_name.as_deref(), Some("Castañeda"));
}

/// `The Obama administration promised a veto and attempted to make the
/// case ...`: the report of a noun-phrase object ran on through the
/// subject's next act. A participle (`unsubstantiated and fabricated by
/// ...`) is no next act.
#[test]
fn an_object_report_ends_before_the_subjects_next_act() {
    let text = "Mr. Clarke has many interests.\n\nThe Obama administration promised a veto and attempted to make the case to members of both parties that the bill is a bad idea.\n\nThe Trump campaign called the charges unsubstantiated and fabricated by disgruntled former employees.";
    let doc = annotate(text);
    let promised = quote_with_cue(&doc, text, "promised");
    assert_eq!(promised.content.text(text), Some("a veto"));
    let called = quote_with_cue(&doc, text, "called");
    assert!(
        called
            .content
            .text(text)
            .is_some_and(|c| c.ends_with("former employees")),
        "{called:#?}"
    );
}

/// `“Q1,” Barkley said. “Q2.”¶“Q3.”`: a quote opening the paragraph right
/// after the one a quote closes, nothing between them, goes on with the
/// same speaker's words (PolNeAR annotates one quote in parts); with
/// narration between them, it is a quote of its own.
#[test]
fn a_quote_opening_the_next_paragraph_goes_on_from_the_last() {
    let text = "“CNN has done an awful job this election,” Barkley said. “They have followed ratings and sound bites.”\n\n“And it’s become sad that our company has sold its soul for ratings.”\n\nThe network did not comment.\n\n“We stand by our coverage.”";
    let doc = annotate(text);
    let quotes = direct_quotes(&doc);
    assert_eq!(quotes.len(), 2, "{quotes:#?}");
    let first = &quotes[0];
    assert_eq!(first.fragments.len(), 3, "{first:#?}");
    assert!(first
        .content
        .text(text)
        .is_some_and(|c| c.ends_with("for ratings.”")));
    assert_eq!(first.speaker_name.as_deref(), Some("Barkley"));
    assert!(quotes[1].fragments.is_empty());
}

/// `Mr. Trump issued a statement Tuesday saying, ''Q''`: the statement
/// is what Trump issued; the participle and the quote are his (the
/// statement was taken for the speaker).
#[test]
fn a_participle_after_an_issued_statement_is_said_by_the_issuer() {
    let text = "Trump spoke.\n\nMr. Trump issued a statement Tuesday saying, ''I do not feel that one's heritage makes them incapable of being impartial.''";
    assert_cue_speaker(text, "saying", "Mr. Trump");
}

/// `... complained about his mic, even suggesting he may have been
/// sabotaged`, `... nearly a decade ago," adding that ...`: a participle
/// after a comma is the main subject's report though an adverb or a
/// closing quote mark stands between them (neither was reported).
#[test]
fn a_participle_after_a_comma_and_an_adverb_or_a_quote_mark_is_the_subject_s() {
    let text = "The rally was loud.\n\nThe Republican nominee complained about his mic the morning after the debate, even suggesting he may have been sabotaged.\n\nThe company said it had grown into an \"independent, publicly traded company nearly a decade ago,\" adding that its market capitalization quadrupled in less than a year.";
    assert_cue_speaker(text, "suggesting", "The Republican nominee");
    assert_cue_speaker(text, "adding", "The company");
}

/// `But according to the poll, ...`, `In addition, according to the
/// department, ...`: words that lead a sentence in leave the clause after
/// the source to be reported; `Fundraising, according to the campaign,
/// has surged`: an attribution inside its clause reports both sides.
/// (The first two were not found; the third reported `Fundraising`.)
#[test]
fn according_to_after_a_sentence_lead_or_inside_its_clause_reports_the_clause() {
    let text = "The race tightened.\n\nBut according to the poll, 46 percent of Republican voters remain undecided.\n\nIn addition, according to the department, nearly nine million more workers will be protected.\n\nFundraising, according to the campaign, has surged in the same period.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    let contents: Vec<&str> = quotes
        .iter()
        .filter(|q| q.cue.and_then(|c| c.text(text)) == Some("according to"))
        .filter_map(|q| q.content.text(text))
        .collect();
    assert_eq!(
        contents,
        [
            "46 percent of Republican voters remain undecided",
            "nearly nine million more workers will be protected",
            "Fundraising, according to the campaign, has surged in the same period"
        ],
        "{quotes:#?}"
    );
}

/// `: According to X, ...`, `(According to X, ...`: the clause the
/// attribution opens starts after the colon or bracket (it had reported
/// the words before the colon); after a subordinate clause (`While ...,
/// according to X, ...`) or a subordinator (`after, according to X,
/// ...`) the main clause after the source is reported, not the words
/// before it.
#[test]
fn according_to_after_a_colon_bracket_or_subordinate_clause_reports_the_clause_after() {
    let text = "The gap is wide.\n\nAnd it has not gone unnoticed: According to recent polls, Trump holds only 14 percent of the Latino vote.\n\nRiders ignore the rules. (According to the police department, it does not keep statistics on violations.)\n\nHe crossed the border after, according to him, the network censured his first report.\n\nWhile most of those were marked confidential, according to a State Department official, two were upgraded to the secret level.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    let contents: Vec<&str> = quotes
        .iter()
        .filter(|q| {
            q.cue
                .and_then(|c| c.text(text))
                .is_some_and(|c| c.eq_ignore_ascii_case("according to"))
        })
        .filter_map(|q| q.content.text(text))
        .collect();
    assert_eq!(
        contents,
        [
            "Trump holds only 14 percent of the Latino vote",
            "it does not keep statistics on violations.",
            "the network censured his first report",
            "two were upgraded to the secret level"
        ],
        "{quotes:#?}"
    );
}

/// A single quoted word in lower case that ends the writer's clause
/// right before its attribution is a word said, and the clause is
/// reported (`The bill's failure was “heartbreaking,” she said.`: it had
/// been taken for a scare quote, and nothing was reported); a quoted
/// title there stays a name (`star of “Scandal,” thanked`).
#[test]
fn a_quoted_word_ending_a_clause_before_its_attribution_is_reported_with_the_clause() {
    let text = "Clinton spoke in San Juan.\n\nThe bill's failure was “heartbreaking,” she said.\n\nWashington, star of television’s “Scandal,” thanked Obama for the steps.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    let reports: Vec<(&str, &str)> = quotes
        .iter()
        .filter(|q| {
            q.kind == QuoteKind::Indirect && q.cue.and_then(|c| c.text(text)) == Some("said")
        })
        .filter_map(|q| Some((q.content.text(text)?, q.speaker?.text(text)?)))
        .collect();
    assert_eq!(
        reports,
        [("The bill's failure was “heartbreaking,”", "she")],
        "{quotes:#?}"
    );
    assert!(
        quotes
            .iter()
            .all(|q| q.content.text(text) != Some("“Scandal,”")),
        "{quotes:#?}"
    );
}

/// `CLAUSE, X, APPOSITION, said.` in the first sentences of a document:
/// the name before the apposition was looked for only from the 16th
/// token on, so a short input (one sentence per record, as a streaming
/// job sends) lost the report.
#[test]
fn a_speaker_with_an_apposition_is_found_in_a_document_s_first_sentence() {
    let text = "The plan will fail, Anne Richards, a senior official, said.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    let reports: Vec<(&str, &str)> = quotes
        .iter()
        .filter_map(|q| Some((q.content.text(text)?, q.speaker?.text(text)?)))
        .collect();
    assert_eq!(
        reports,
        [("The plan will fail", "Anne Richards")],
        "{quotes:#?}"
    );
}

/// Cue words in idioms that report nothing: `thanks to`, `added to`,
/// `found himself`, `appeared on` (each had made a report of the words
/// after it).
#[test]
fn idioms_of_no_speech_report_nothing() {
    let text = "The bill passed.\n\nThe economy grew thanks to higher exports last year.\n\nThe delay added to the costs of the project.\n\nSanders found himself on the defensive in the debate.\n\nTrump appeared on a morning show in Ohio.";
    assert_no_quotes(text);
}

/// A cue's object report that opens with a preposition, a conjunction or
/// a time (`is backed by 34% of GOP voters`, `a statement released
/// Thursday`, `responded first`) reports nothing (each had been taken for
/// what was said); a time with a possessive opens a noun phrase
/// (`praised Thursday's protests`), and a day before `to` is the cue's
/// (`pledged Thursday to provide ...`).
#[test]
fn an_object_that_opens_with_a_preposition_or_a_time_is_no_report() {
    let text = "The race is close.\n\nHe is backed by 34% of GOP voters in recent surveys.\n\nSen. Marco Rubio responded first, ripping into the president.\n\nOfficials praised Thursday's protests for being largely peaceful.\n\nThe European Union pledged Thursday to provide 75 million euros.";
    let doc = annotate(text);
    let contents = contents(quotes(&doc), text);
    assert_eq!(
        contents,
        [
            "Thursday's protests for being largely peaceful",
            "to provide 75 million euros"
        ],
        "{:#?}",
        quotes(&doc)
    );
}

/// `“Q” that CLAUSE, said X, APPOSITION.`: a quote that opens a clause
/// the writer goes on with is reported with the clause, by the speaker
/// after it. (The pattern had given up on a sentence opening with a
/// quote mark, and the fallback reported the speaker's own name and
/// apposition, said by `Clinton`.)
#[test]
fn a_clause_opened_by_a_quote_before_an_inverted_attribution_is_the_speaker_s() {
    let text = "Many were skeptical.\n\n\"He can assert it, but it seems extremely unlikely\" that Sanders can catch Clinton, said Steve Elmendorf, deputy campaign manager for John Kerry's 2004 campaign.";
    let doc = annotate(text);
    let reports: Vec<(&str, &str)> = quotes(&doc)
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .filter_map(|q| Some((q.content.text(text)?, q.speaker?.text(text)?)))
        .collect();
    assert_eq!(
        reports,
        [(
            "\"He can assert it, but it seems extremely unlikely\" that Sanders can catch Clinton",
            "Steve Elmendorf"
        )],
        "{:#?}",
        quotes(&doc)
    );
}

/// `As Professor Foner put it: ''Q''`, `As Ms. Simonyan put it in a
/// statement in July, RT is ''...''`: the idiom is the cue, its subject
/// the speaker; `it` is no speaker (it was taken for one).
#[test]
fn as_x_put_it_attributes_what_follows_to_x() {
    let text = "Immigration was debated.\n\nAs Professor Foner put it: ''The United States does a better job at accepting immigrants.''\n\nAs Ms. Simonyan put it in a statement in July, RT is ''providing a perspective you won't get from the mainstream press.''";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    let speakers: Vec<(&str, &str)> = quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Partial)
        .filter_map(|q| Some((q.content.text(text)?, q.speaker?.text(text)?)))
        .collect();
    assert_eq!(
        speakers,
        [
            (
                "''The United States does a better job at accepting immigrants.''",
                "Professor Foner"
            ),
            (
                "RT is ''providing a perspective you won't get from the mainstream press.''",
                "Ms. Simonyan"
            ),
        ],
        "{quotes:#?}"
    );
}

/// `Noting that only Kirk voted with Democrats, Tester added: “Q”`: a
/// participle opening its sentence reports its clause, said by the
/// subject after the comma (it was no report: no subject stood before
/// it); the main clause still reports its quote.
#[test]
fn a_participle_opening_its_sentence_is_said_by_the_main_subject() {
    let text = "The vote failed.\n\nNoting that only Sen. Mark Kirk voted with Democrats on background checks, Tester added: “That’s where your problem is.”";
    let doc = annotate(text);
    let noted = quote_with_cue(&doc, text, "Noting");
    assert_eq!(
        noted.content.text(text),
        Some("that only Sen. Mark Kirk voted with Democrats on background checks")
    );
    assert_eq!(noted.speaker.and_then(|s| s.text(text)), Some("Tester"));
    assert_cue_speaker(text, "added", "Tester");
}

#[test]
fn a_british_mr_without_a_full_stop_names_a_person_not_an_organisation() {
    let text = "Labour leader Jeremy Corbyn backed Remain last year.\n\n\
                Asked about the vote, Mr Corbyn said: \"It is not a disaster.\"";
    let doc = annotate(text);
    let corbyn = doc
        .layers
        .entity_items()
        .iter()
        .find(|e| e.span.text(text) == Some("Corbyn"))
        .unwrap_or_else(|| panic!("{:#?}", doc.layers.entity_items()));
    assert_eq!(corbyn.kind, newsnlp::core::EntityKind::Person);
    let quote = sole_direct_quote(&doc);
    assert_eq!(quote.speaker_name.as_deref(), Some("Jeremy Corbyn"));
}

#[test]
fn she_is_the_woman_named_before_not_the_man_named_first() {
    let text = "Investigators seized 195 watches from former governor Alexander Petrov, \
                spokeswoman Svetlana Ivanova told reporters on Tuesday. \
                \"He had a weakness for expensive watches,\" she said.";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(quote.speaker.and_then(|s| s.text(text)), Some("she"));
    assert_eq!(quote.speaker_name.as_deref(), Some("Svetlana Ivanova"));
}

#[test]
fn an_adverb_before_the_cue_is_no_part_of_the_speaker() {
    let text = "The purge began in 2000. Back then, the state incorrectly stated \
                that about 12,000 registered voters were former convicts.";
    let doc = annotate(text);
    let quote = quote_with_cue(&doc, text, "stated");
    assert_eq!(quote.speaker.and_then(|s| s.text(text)), Some("the state"));
}

#[test]
fn they_after_two_people_is_not_the_place_named_last() {
    let text = "Senators Chuck Grassley and Patrick Leahy wrote to the agency on Monday. \
                A lawyer in Miami handles many of the cases. \
                The program has grown far beyond its purpose, they say.";
    let doc = annotate(text);
    let quote = quote_with_cue(&doc, text, "say");
    assert_eq!(quote.speaker.and_then(|s| s.text(text)), Some("they"));
    assert_eq!(quote.speaker_name.as_deref(), Some("they"), "{quote:#?}");
    assert_eq!(quote.speaker_cluster, None);
}

#[test]
fn it_is_the_organisation_named_in_the_sentence_before() {
    let text = "The Scottish Parliament voted against the bill on Tuesday. \
                It said the government had left too many questions unanswered.";
    let doc = annotate(text);
    let quote = quote_with_cue(&doc, text, "said");
    assert_eq!(quote.speaker_name.as_deref(), Some("Scottish Parliament"));
}

#[test]
fn a_quote_paragraph_after_an_attributed_quote_goes_on_with_it() {
    assert_one_quote_in_two_parts(
        "\"They will work overtime to steal that nomination,\" Susan Collins told MSNBC.\n\n\
         \"I have never seen anything like it in my years in the Senate.\"",
        "Susan Collins",
    );
}

#[test]
fn a_family_name_written_first_says_nothing_of_gender() {
    let text = "Wang Lu is an oil analyst at Bloomberg Intelligence in Hong Kong. \
                \"Prices will recover slowly this year,\" Wang says. \
                The impact on the company is likely to be the greatest of the three, she said.";
    let doc = annotate(text);
    let quote = quote_with_cue(&doc, text, "said");
    assert_eq!(quote.speaker.and_then(|s| s.text(text)), Some("she"));
    assert_eq!(quote.speaker_name.as_deref(), Some("Wang Lu"), "{quote:#?}");
}

#[test]
fn an_attribution_behind_a_comma_after_a_sentence_final_quote_is_another_reports() {
    let text = "''MacGyver is a name that's in the culture,'' he said. \
                ''If you see that, you know what you're getting.'' \
                That's why, he added, viewers often see ''endless sequels.''";
    let doc = annotate(text);
    let quotes = direct_quotes(&doc);
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    assert_eq!(quotes[0].fragments.len(), 2, "{:#?}", quotes[0]);
    assert_eq!(quotes[0].cue.and_then(|c| c.text(text)), Some("said"));
}

#[test]
fn a_cue_word_after_a_determiner_after_a_quote_is_a_noun() {
    let text =
        "The talks went well. \"The sides agreed to meet again in May,\" the statement said.";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(quote.cue.and_then(|c| c.text(text)), Some("said"));
    assert_eq!(
        quote.speaker.and_then(|s| s.text(text)),
        Some("the statement")
    );
    let text =
        "She wrote to him in January. \"Who should lead it now?\" Her suggestions are redacted.";
    let doc = annotate(text);
    assert!(
        direct_quotes(&doc)
            .iter()
            .all(|q| q.speaker.and_then(|s| s.text(text)) != Some("Her")),
        "{:#?}",
        direct_quotes(&doc)
    );
}

#[test]
fn a_name_inside_the_first_part_of_a_quote_does_not_speak_the_second() {
    assert_one_quote_in_two_parts(
        "Cuban leaned on an attack by another senator.\n\n\
         \u{201c}If you\u{2019}re in the Senate and nobody would come to your aid,\u{201d} \
         the investor said, \u{201c}that\u{2019}s even worse.\u{201d}",
        "the investor",
    );
}

/// `The new rules are ''Q1,'' Warren said. ''Q2''`: the second quote
/// stood alone, with no cue, where PolNeAR reads one quote of Warren's
/// in two parts, as after a whole first quote.
#[test]
fn a_quote_after_a_partial_quote_and_its_attribution_goes_on_from_it() {
    let text = "The senator spoke on Monday. The new rules are ''a gift to the banks,'' Warren said. ''They will pay for it later.''";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    assert!(
        quotes.iter().all(|q| q.cue.is_some()),
        "no quote is left without its cue: {quotes:#?}"
    );
    let partial = quote_where(&doc, |q| q.kind == QuoteKind::Partial);
    let parts: Vec<&str> = partial
        .parts()
        .iter()
        .map(|p| p.text(text).unwrap())
        .collect();
    assert_eq!(
        parts,
        [
            "''a gift to the banks,''",
            "''They will pay for it later.''"
        ]
    );
    assert_eq!(partial.speaker_name.as_deref(), Some("Warren"));
}

/// `When the governor announced the cuts ..., the vote “was already
/// lost,” Senator Ann Ray said.`: the partial quote went to the governor,
/// by the cue word in the writer's lead-in, and the clause it completes
/// was never reported.
#[test]
fn a_quote_that_closes_on_a_comma_is_attributed_after_it_and_completes_the_sentence() {
    let text = "Lawmakers met on Monday. When the governor announced the cuts at the hearing in Richmond, the vote “was already lost,” Senator Ann Ray said.";
    let doc = annotate(text);
    let partial = quote_where(&doc, |q| q.kind == QuoteKind::Partial);
    assert_eq!(partial.cue.and_then(|c| c.text(text)), Some("said"));
    assert_eq!(partial.speaker_name.as_deref(), Some("Ann Ray"));
    let clause = quote_where(&doc, |q| {
        q.kind == QuoteKind::Indirect && q.cue == partial.cue
    });
    assert_eq!(
        clause.content.text(text),
        Some("When the governor announced the cuts at the hearing in Richmond, the vote “was already lost,”")
    );
}

/// `Then she added warily: ''Q''`: the adverb was read as the start of
/// an indirect quote holding the quote, where the quote is what was said.
#[test]
fn an_adverb_between_the_cue_and_the_quote_only_leads_into_it() {
    let text = "Has the storm passed? ''I hope so,'' Mrs. Clinton said. Then she added warily: ''There's always something that can come at you.''";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    assert!(
        quotes.iter().all(|q| q.kind == QuoteKind::Direct),
        "{quotes:#?}"
    );
    let added = quote_with_cue(&doc, text, "added");
    assert_eq!(
        added.content.text(text),
        Some("''There's always something that can come at you.''")
    );
}

/// `noted that ..., and added: “Q”`: what `noted` reports ran on through
/// the quote that the subject's next verb introduces.
#[test]
fn a_report_ends_where_its_subject_s_next_verb_introduces_a_quote() {
    for (text, first_cue, reported, second_cue) in [
        (
            "The president noted that he taught constitutional law, and added: “I know a little about this.”",
            "noted",
            "that he taught constitutional law",
            "added",
        ),
        (
            "Gore said he would back Clinton’s campaign for president while adding on climate change matters, “I don’t have any doubt that her heart is in the right place.”",
            "said",
            "he would back Clinton’s campaign for president",
            "adding",
        ),
        (
            "She quickly noted her years as senator representing the state, saying “we faced difficult challenges together.”",
            "noted",
            "her years as senator representing the state",
            "saying",
        ),
    ] {
        let doc = annotate(text);
        let report = quote_with_cue(&doc, text, first_cue);
        assert_eq!(report.content.text(text), Some(reported), "{text}");
        let quote = quote_with_cue(&doc, text, second_cue);
        assert_eq!(quote.kind, QuoteKind::Direct, "{text}");
    }
}

/// `said Wednesday, “Q”`, `said last week in Tel Aviv, “Q”`: the time
/// after the cue was read as the start of an indirect quote holding the
/// quote; and `in a statement Friday, Trump said: “Q”` must keep `said`
/// as the cue that leads in, not the noun before it.
#[test]
fn when_the_words_were_said_only_leads_into_the_quote() {
    for (text, cue) in [
        (
            "A House official said Wednesday, \"Certainly there are discussions between the White House and the campaign.\"",
            "said",
        ),
        (
            "As Michael Dell said last week in Tel Aviv, “Israel is the center of the digital future.”",
            "said",
        ),
        (
            "Cruz endorsed him. But in a statement Friday, Trump said: \"I am greatly honored by the endorsement of Senator Cruz.\"",
            "said",
        ),
    ] {
        let doc = annotate(text);
        let quote = quote_with_cue(&doc, text, cue);
        assert_eq!(quote.kind, QuoteKind::Direct, "{text}: {quote:#?}");
        assert!(
            quote.content.text(text).is_some_and(|c| c.starts_with(['"', '“'])),
            "{text}: {quote:#?}"
        );
    }
}

/// `While Comey has said that ..., Lewandowski said he ...`: Comey's
/// report ran on through Lewandowski's.
#[test]
fn a_report_ends_before_a_named_subject_and_its_own_cue_after_a_comma() {
    let text = "While Comey has said that he regularly makes recommendations on cases, Lewandowski said he does not do them publicly.";
    let doc = annotate(text);
    let comey = quote_where(&doc, |q| q.speaker_name.as_deref() == Some("Comey"));
    assert_eq!(
        comey.content.text(text),
        Some("that he regularly makes recommendations on cases")
    );
    let lewandowski = quote_where(&doc, |q| {
        q.speaker_name.as_deref() == Some("Corey Lewandowski")
    });
    assert_eq!(
        lewandowski.content.text(text),
        Some("he does not do them publicly")
    );
}

/// `One in three said ...`: the share of people was cut at its `in`,
/// leaving `three`, and the report went without a speaker.
#[test]
fn a_share_of_people_is_the_subject_of_its_cue() {
    let text = "Voters were asked about the party. One in three said the party doesn’t care very much about them.";
    assert_cue_speaker(text, "said", "One in three");
}

/// `“Q,” said former secretary of state Hillary Clinton`: the name lay
/// past the four words looked at after the cue, and the quote had no
/// speaker.
#[test]
fn a_person_named_after_a_role_in_lower_case_is_the_speaker() {
    assert_sole_direct_quote_speaker(
        "\"The first line of defense is within the community,\" said former secretary of state Hillary Clinton, who praised Bush.",
        "Hillary Clinton",
    );
}

/// `X, the party's spokesman, said in a statement. “Q”`: the sentence
/// before the quote reports nothing but the quote, which had no speaker.
#[test]
fn a_sentence_of_cue_and_circumstance_before_a_quote_attributes_it() {
    let text = "Both candidates said it was no big deal.\n\nSam Lau, the communications director for the Iowa Democratic Party, said in a statement. “There are no paper ballots to recount.”";
    assert_sole_direct_quote_speaker(text, "Sam Lau");
}

/// `X reported that ..., in which Adelson said: “Q”`: the quote inside
/// the report's clause counted as an attribution of its own beside the
/// report, where PolNeAR reads one. It keeps its speaker, marked within
/// the report.
#[test]
fn a_quote_inside_another_reports_clause_is_marked_within_it() {
    let text = "Tal Schneider reported this week that she had obtained video of Adelson at a fundraiser in Las Vegas, in which Adelson said: \"Trump is a businessman. I am a businessman.\"";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(
        quote.speaker_name.as_deref(),
        Some("Sheldon Adelson"),
        "{quote:#?}"
    );
    let quotes = quotes(&doc);
    let report = quote.within.map(|i| &quotes[i as usize]);
    assert_eq!(
        report.and_then(|r| r.cue).and_then(|c| c.text(text)),
        Some("reported"),
        "{quotes:#?}"
    );
}

/// `CLAUSE, he told the court in his filing.`: the person told was read
/// as the cue's object, so the clause before went unreported.
#[test]
fn the_person_told_after_a_postposed_clause_belongs_to_the_attribution() {
    assert_report(
        "The ruling was wrong. Michigan was only doing what 40 states already do, he told the court in his filing.",
        "told",
        "Michigan was only doing what 40 states already do",
        "he",
    );
}

/// `Six in 10 say ...`, `26% say ...`: the noun phrase before the cue
/// stopped at the figure, and the report went without a speaker.
#[test]
fn a_share_in_figures_is_the_subject_of_its_cue() {
    let text = "The poll was released on Monday. Six in 10 say he is decisive. About 26% say they are conservative.";
    let doc = annotate(text);
    let speakers = speaker_mentions(quotes(&doc), text);
    assert_eq!(speakers, [Some("Six in 10"), Some("26%")]);
}

/// `CLAUSE, Sen. Chuck Grassley (R-Iowa) told POLITICO.`: the party and
/// state between the name and the cue hid the name, and the clause went
/// unreported.
#[test]
fn a_parenthesis_after_a_postposed_speaker_hides_no_name() {
    assert_report(
        "The vote is close. Biofuels are not popular here, Sen. Chuck Grassley (R-Iowa) told POLITICO.",
        "told",
        "Biofuels are not popular here",
        "Chuck Grassley",
    );
}

/// `CLAUSE, said UMWA Director of Government Affairs Phil Smith.`: the
/// title hid the name, and the words after `said` were taken for what
/// the union said. A title of function words leads to no one
/// (`say supporters of Hillary Clinton`).
#[test]
fn a_title_before_a_postposed_speaker_leads_to_the_name() {
    let text = "The union will sit out the election, said UMWA Director of Government Affairs Phil Smith. The deal is dead, said Secretary of State John Kerry. The plan will fail, say supporters of Hillary Clinton.";
    let doc = annotate(text);
    let reports: Vec<(Option<&str>, Option<&str>)> = quotes(&doc)
        .iter()
        .map(|q| (q.content.text(text), q.speaker.and_then(|s| s.text(text))))
        .collect();
    assert_eq!(
        reports,
        [
            (
                Some("The union will sit out the election"),
                Some("Phil Smith")
            ),
            (Some("The deal is dead"), Some("John Kerry")),
            (Some("The plan will fail"), Some("supporters")),
        ]
    );
}

/// PolNeAR train: `CLAUSE, say some Democrats, who cringe ...` and
/// `CLAUSE, said a handful of Democrats who point to ...` gave no report:
/// a party's members head no speakers in the cue lexicon (Democrats head
/// 120 of their 458 PolNeAR occurrences), and a comma before the relative
/// clause was no end of the description.
#[test]
fn members_of_a_party_after_an_inverted_cue_are_its_speakers() {
    let reports = [
        (
            "A more subdued Bill Clinton may not be such a bad thing either, say some Democrats, who cringe as they recall his outbursts.",
            "A more subdued Bill Clinton may not be such a bad thing either",
            "some Democrats",
        ),
        (
            "Defending that terrain is squarely within the Biden wheelhouse, said a handful of Democrats who point to his record.",
            "Defending that terrain is squarely within the Biden wheelhouse",
            "a handful of Democrats",
        ),
    ];
    for (text, content, speaker) in reports {
        let doc = annotate(text);
        let report = quote_where(&doc, |q| q.content.text(text) == Some(content));
        assert_eq!(
            report.speaker.and_then(|s| s.text(text)),
            Some(speaker),
            "{report:#?}"
        );
    }
}

/// `CLAUSE, UMWA Director of Government Affairs Phil Smith said.`: the
/// subject was looked for within three words of the comma, and the
/// clause went unreported.
#[test]
fn a_long_title_before_a_postposed_subject_is_part_of_it() {
    assert_report(
        "Coal is in trouble. The union will sit out the election, UMWA Director of Government Affairs Phil Smith said.",
        "said",
        "The union will sit out the election",
        "Phil Smith",
    );
}

/// `led to what aide Kevin Phillips called “Q”`: PolNeAR reports the
/// relative clause that names something with a quote; the quoted words
/// alone were a direct quote of their own.
#[test]
fn a_relative_clause_naming_with_a_quote_is_the_report() {
    let text = "The strategy led to what aide Kevin Phillips called “the beginning of a new Republican era” in the South.";
    let doc = annotate(text);
    let clause = quote_where(&doc, |q| q.kind == QuoteKind::Indirect);
    assert_eq!(
        clause.content.text(text),
        Some("what aide Kevin Phillips called “the beginning of a new Republican era”")
    );
    assert_eq!(clause.speaker_name.as_deref(), Some("Kevin Phillips"));
    assert!(
        direct_quotes(&doc).iter().all(|q| q.within.is_some()),
        "{:#?}",
        doc.layers.quotes
    );
}

#[test]
fn a_bare_possessive_after_the_next_sentence_s_cue_does_not_take_the_quote() {
    // `criticized Ross’ business ties`: the cue has an object of its own,
    // so the quote before it goes on from the last speaker's.
    let text = "\"Mr. Ross will bring decades of experience to this position,\" said Sen. John Thune. \"I believe his management experience will equip him well.\" Sen. Elizabeth Warren of Massachusetts criticized Ross’ business ties to Russia.";
    assert_one_quote_in_two_parts(text, "John Thune");
}

#[test]
fn the_noun_before_an_object_relative_is_not_the_speaker_of_its_clause() {
    assert_report(
        "DeVos issued a statement that some said ignored the context of the colleges.",
        "said",
        "ignored the context of the colleges",
        "some",
    );
    assert_report(
        "DeVos issued a statement that critics said ignored the context of the colleges.",
        "said",
        "ignored the context of the colleges",
        "critics",
    );
}

#[test]
fn a_circumstance_fronted_before_a_comma_is_not_the_speaker() {
    // `organisers` is no speaker noun PolNeAR taught (its spelling is
    // British), so the nearest mention, the circumstance's, won before.
    assert_report(
        "In a statement, organisers said the event was a success.",
        "said",
        "the event was a success",
        "organisers",
    );
    assert_sole_direct_quote_speaker(
        "On the Facebook event page, organisers said: \"We cannot lose momentum.\"",
        "organisers",
    );
}

#[test]
fn a_quote_after_according_to_is_the_source_s_not_the_last_speaker_s() {
    let text = "“We want to win,” Mook said.\n\nAccording to Limbaugh, “If it was left up to Hillary, she would not have time to say anything positive.”";
    let doc = annotate(text);
    let quote = quote_where(&doc, |q| {
        q.content
            .text(text)
            .is_some_and(|c| c.starts_with("“If it"))
    });
    assert_eq!(
        quote.speaker_name.as_deref(),
        Some("Rush Limbaugh"),
        "{quote:#?}"
    );
}

#[test]
fn the_owner_of_a_cue_noun_is_its_speaker_though_a_preposition_governs_it() {
    assert_report(
        "Politifact seized on Donald Trump’s claim that there have been thousands of shootings in Chicago.",
        "claim",
        "that there have been thousands of shootings in Chicago",
        "Donald Trump",
    );
}

#[test]
fn a_cue_in_british_spelling_reports_as_the_american_one_does() {
    assert_report(
        "Minister Simon Harris emphasised that the talks were going well.",
        "emphasised",
        "that the talks were going well",
        "Simon Harris",
    );
}

/// `Harward was told that ...`: the subject of a passive cue was spoken
/// to, not speaking; the report had Harward for its speaker.
#[test]
fn the_subject_of_a_passive_cue_is_no_speaker() {
    let text = "Harward was told that he would get the job.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "told");
    assert_eq!(report.speaker, None, "{report:#?}");
    assert!(report.unattributed.is_some(), "{report:#?}");
}

#[test]
fn the_agent_of_a_passive_cue_is_its_speaker() {
    assert_report(
        "Sanders was asked by host John Dickerson whether his aim was similar.",
        "asked",
        "whether his aim was similar",
        "John Dickerson",
    );
}

/// `are concerned that`, `was quoted as saying`: participles of the
/// subject's own state or words keep the subject for speaker.
#[test]
fn a_participle_of_the_subjects_own_state_keeps_its_subject() {
    assert_report(
        "Some Clinton backers are concerned that momentum could carry him to a win.",
        "concerned",
        "that momentum could carry him to a win",
        "some Clinton backers",
    );
}

/// `... for the position,” President Trump said`: the description
/// `the position,” President` was read over the quote's closing mark,
/// linked to Flynn, and taken for the speaker.
#[test]
fn a_description_does_not_reach_over_a_closing_quote_mark() {
    let text = "Flynn was fired. “I have somebody that I think will be outstanding for the position,” President Trump said Thursday.";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(
        quote.speaker_name.as_deref(),
        Some("Donald Trump"),
        "{quote:#?}"
    );
}

/// `A senior administration official told ABC ...`, then `the senior
/// administration official said`: the official is unnamed; the
/// description went to the salient person, Harward.
#[test]
fn a_description_of_someone_introduced_unnamed_stays_unnamed() {
    let text = "A senior administration official told ABC News that Robert Harward had turned down the job. Harward cited his family, the senior administration official said.";
    assert_cue_speaker_name(text, "said", "the senior administration official");
}

/// `the Russian President Vladimir Putin`: the description is a title
/// of the name after it.
#[test]
fn a_description_titling_a_name_stands_for_that_person() {
    let text = "Kim Jong Un arrived on Wednesday. The Russian President Vladimir Putin said he was pleased.";
    let doc = annotate(text);
    let clusters = &doc.layers.clusters.as_ref().unwrap().items;
    let putin = clusters
        .iter()
        .find(|c| c.name == "Vladimir Putin")
        .unwrap_or_else(|| panic!("{clusters:#?}"));
    let mentions: Vec<_> = putin.mentions.iter().filter_map(|m| m.text(text)).collect();
    assert!(mentions.contains(&"The Russian President"), "{mentions:?}");
}

/// `CLAUSE, X, an assistant professor at ..., told Politifact`: the
/// comma that closes the apposition was read as that of an inverted
/// `CLAUSE, said X`, and the first cue's content ran through the whole
/// attribution.
#[test]
fn a_postposed_speaker_with_an_apposition_before_its_cue_reports_the_clause_before_it() {
    let text = "The research concludes that immigrants are not more likely to take part in crime, John Smith, an assistant professor at Boston University, told Politifact in 2016.";
    assert_report(
        text,
        "told",
        "The research concludes that immigrants are not more likely to take part in crime",
        "John Smith",
    );
    assert_report(
        text,
        "concludes",
        "that immigrants are not more likely to take part in crime",
        "the research",
    );
}

/// `China has been angered by ...`: a participle of feeling is the
/// subject's own state; the subject is its source.
#[test]
fn a_passive_participle_of_feeling_keeps_its_subject() {
    assert_cue_speaker(
        "However, China has been angered by the deployment of a US missile defence system to the South.",
        "angered",
        "China",
    );
}

/// `the world's most rigid centralised political orders`: the noun
/// phrase before the cue `orders`, cut at its word limit, began with `'s`
/// and was taken for a speaker.
#[test]
fn a_noun_phrase_cut_inside_a_possessive_is_no_speaker() {
    let text = "One is imposing one of the world's most rigid centralised political orders on one of the world's most diverse societies.";
    let doc = annotate(text);
    let speakers = speaker_mentions(quotes(&doc), text);
    assert!(
        speakers.iter().flatten().all(|s| !s.starts_with("'s")),
        "{speakers:?}"
    );
}

/// `..., saying, “Keep fighting. ...” Trump needs ...`: the cue of the
/// next sentence took the quote from the cue right before it.
#[test]
fn a_cue_right_before_a_quote_that_ends_its_sentence_attributes_it() {
    let text = "On his first day, Trump encouraged US soldiers based in Afghanistan, saying, “Keep fighting. We are going to win.” Trump needs a plan.";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(quote.cue.and_then(|c| c.text(text)), Some("saying"));
    assert_eq!(
        quote.speaker_name.as_deref(),
        Some("Donald Trump"),
        "{quote:#?}"
    );
}

/// `“Q2.” Caughman was bent over ...`: `was`, which the lexicon counts as
/// a cue, made the next sentence's subject the quote's speaker; the
/// quote goes on from the one before it.
#[test]
fn an_auxiliary_after_a_quote_is_no_cue() {
    let text = "“His intent was to kill as many people as he could,” prosecutor Joan Illuzzi said as the man was arraigned. “The defendant was motivated purely by hatred.” Caughman was bent over a bin near his home.";
    let doc = annotate(text);
    let quote = quote_where(&doc, |q| {
        q.content
            .text(text)
            .is_some_and(|c| c.contains("motivated purely"))
    });
    assert_eq!(
        quote.speaker_name.as_deref(),
        Some("Joan Illuzzi"),
        "{quote:#?}"
    );
    assert_sole_direct_quote_has_no_speaker("“We will win.” Trump was in Ohio on Monday.");
}

/// `“Q.” Turkey abolished the death penalty in 2004.`: a verb with an
/// object of its own, in the sentence after a quote that ends its own,
/// narrates; it made Turkey the speaker.
#[test]
fn a_verb_with_an_object_after_a_quote_that_ends_its_sentence_attributes_nothing() {
    assert_sole_direct_quote_has_no_speaker("Gabriel went even further: “We are farther away than ever from the accession.” Turkey abolished the death penalty in 2004.");
    assert_sole_direct_quote_speaker(
        "“We are farther away than ever from the accession.” Gabriel said on Monday.",
        "Gabriel",
    );
}

/// `“Q,” explains Chopek.`, `“Q,” Shen says.`: a surname the entity stage
/// did not tag left the quote with no speaker (13 quotes of news-dai2017,
/// most with Chinese surnames).
#[test]
fn an_untagged_name_beside_the_cue_after_a_quote_is_its_speaker() {
    assert_sole_direct_quote_speaker(
        "“I was actually making these bad choices for a reason,” explains Chopek.",
        "Chopek",
    );
    assert_sole_direct_quote_speaker("“It was fine,” Chopek said in a statement.", "Chopek");
}

/// `was signed by Govs. John Kasich and Rick Snyder`: the passive cue's
/// content after its first agent was `and Rick Snyder`.
#[test]
fn a_passive_cue_with_agents_in_a_list_reports_nothing() {
    let text = "The letter was signed by Govs. John Kasich and Rick Snyder.";
    assert_no_quotes(text);
}

#[test]
fn quote_marks_damaged_by_scraping_still_pair_and_attribute() {
    // news-dai2017 turns `’` into `"` and `” ` into `"?`: the apostrophes
    // of `didn"t` and `wasn"t` opened quotes, and the `?` after a closing
    // mark ended the sentence before its attribution.
    let text = r#"Harward rejected the job. "It's purely a personal issue,"?Harward told The Associated Press. The Post said he didn"t act. "I would have directed him to do it if I thought he wasn"t doing it," Trump said."#;
    let doc = annotate(text);
    let quotes = direct_quotes(&doc);
    let said: Vec<(Option<&str>, Option<&str>)> = quotes
        .iter()
        .map(|q| (q.content.text(text), q.speaker.and_then(|s| s.text(text))))
        .collect();
    assert_eq!(
        said,
        [
            (Some(r#""It's purely a personal issue,""#), Some("Harward")),
            (
                Some(r#""I would have directed him to do it if I thought he wasn"t doing it,""#),
                Some("Trump")
            ),
        ]
    );
}

#[test]
fn a_quote_after_a_paraphrase_is_said_by_the_paraphrase_s_speaker() {
    let text = r#"Of a total 775 students here, 543 are children of migrant workers. Guan Dongkui, the principal, says his school acts as a second home for such children. "We help them fight loneliness." Fan's parents visit her in the holidays."#;
    assert_sole_direct_quote_speaker(text, "Guan Dongkui");
    // Of the sentence's reports, the attribution that ends it.
    let text = r#"The leak went unpunished. The administration may be reluctant to act while John Kerry negotiates with Russia, Schiff said. "The other factor is the appearance of tipping the scales.""#;
    assert_sole_direct_quote_speaker(text, "Schiff");
}

#[test]
fn a_name_set_off_after_a_description_of_a_company_is_the_speaker() {
    // The mention before the apposition, the company, was taken.
    assert_cue_speaker(
        "His former business partner at Lenox, Lawrence B. Cummings, called him a master at bolting together impossible business transactions.",
        "called",
        "Lawrence B. Cummings",
    );
}

#[test]
fn a_speaker_described_by_a_quantity_is_the_speaker() {
    // Only `the`, `a` and `an` opened a described speaker.
    for (attribution, speaker) in [
        ("said two people familiar with the matter.", "two people"),
        ("another official said.", "another official"),
        (
            "says one of the campaigners behind the initiative.",
            "one of the campaigners",
        ),
    ] {
        let text = format!(
            "Ranieri has been sacked. \"A change of leadership is necessary,\" {attribution}"
        );
        assert_sole_direct_quote_speaker(&text, speaker);
    }
}

#[test]
fn a_damaged_possessive_inside_a_quote_does_not_close_it() {
    // `Cyprus"?population` is `Cyprus’ population`: it closed the quote.
    let text = r#"Russia is ready, the ambassador told TASS. "The terms are to be approved by Cyprus"?population at a referendum," he said."#;
    let doc = annotate(text);
    assert_eq!(
        sole_direct_quote(&doc).content.text(text),
        Some(r#""The terms are to be approved by Cyprus"?population at a referendum,""#)
    );
}

#[test]
fn a_hyphen_for_a_lost_space_joins_no_name_to_a_function_word() {
    // Scraped text writes `Jesse Klaver-is`: the entity stage read one
    // word, and the name it found took the verb in (or was not found).
    let text = "Jesse Klaver-is a rising star, and talks were held near the-Kremlin walls. \
                Fans went to Stoke-on-Trent.";
    let doc = annotate(text);
    let names: Vec<&str> = doc
        .layers
        .entity_items()
        .iter()
        .filter_map(|e| e.span.text(text))
        .collect();
    assert!(names.contains(&"Jesse Klaver"), "{names:?}");
    assert!(names.contains(&"Kremlin"), "{names:?}");
    assert!(
        !names
            .iter()
            .any(|n| n.contains('-') && n != &"Stoke-on-Trent"),
        "{names:?}"
    );
}

#[test]
fn a_verb_of_seeming_reports_its_whole_clause_said_by_no_one() {
    // `seems to be a real issue` was a report of `voters`, the nearest
    // mention, and left the subject out.
    for (text, cue, content) in [
        (
            "Still, the lack of enthusiasm for Clinton among black voters seems to be a real issue for her campaign.",
            "seems",
            "the lack of enthusiasm for Clinton among black voters seems to be a real issue for her campaign",
        ),
        (
            "About one of every nine voters this fall is expected to be Latino.",
            "expected",
            "About one of every nine voters this fall is expected to be Latino",
        ),
        (
            "They counted the delegates who are expected to support him at the convention.",
            "expected",
            "who are expected to support him at the convention",
        ),
    ] {
        let doc = annotate(text);
        let report = quote_with_cue(&doc, text, cue);
        assert_eq!(report.content.text(text), Some(content), "{report:#?}");
        assert_eq!(report.speaker, None, "{report:#?}");
        assert!(report.unattributed.is_some(), "{report:#?}");
    }
    // With a cue right after `to`, the subject speaks.
    assert_cue_speaker(
        "Stumpf appeared to blame low-level workers for the fraud.",
        "appeared",
        "Stumpf",
    );
}

#[test]
fn a_passive_cue_with_no_agent_reports_what_is_said_of_its_subject() {
    // The report began after the cue (`of using $50 million ...`).
    let text = "Mr. Quiros was accused of using $50 million for personal expenses.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "accused");
    assert_eq!(
        report.content.text(text),
        Some("Mr. Quiros was accused of using $50 million for personal expenses"),
        "{report:#?}"
    );
    assert_eq!(report.speaker, None, "{report:#?}");
    // Spoken to the subject, or a clause: what follows the cue.
    let text = "Mr. Quiros was told that the program would close.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "told");
    assert_eq!(
        report.content.text(text),
        Some("that the program would close"),
        "{report:#?}"
    );
}

#[test]
fn an_attribution_between_commas_with_a_title_reports_the_sentence_around_it() {
    // The mention leaves `Chief Justice` out, so no comma stood right
    // before it and only `one should visit this museum` was reported.
    let text = "To understand the real Dred Scott, Chief Justice Roberts said, one should visit this museum.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "said");
    assert_eq!(
        report.content.text(text),
        Some(&text[..text.len() - 1]),
        "{report:#?}"
    );
}

#[test]
fn according_to_between_commas_ends_the_report_before_an_aside() {
    // The report ran on past the attribution into what was set off
    // after it (`more than twice ...`, `head of ...`).
    for text in [
        "Their incomes would go up by 19.9 percent, according to the Tax Foundation, more than twice what it projected for others.",
        "Training can be extremely effective in reducing suicide, according to Craig Bryan, head of the National Center for Veterans Studies.",
    ] {
        let doc = annotate(text);
        let report = quote_with_cue(&doc, text, "according to");
        let before = &text[..text.find(", according").unwrap()];
        assert_eq!(report.content.text(text), Some(before), "{report:#?}");
    }
}

#[test]
fn a_verb_of_speech_reports_its_topic_past_an_adverb_or_a_day() {
    // `spoke emotionally of` reported nothing; `spoke out Tuesday about`
    // reported `Tuesday about ...`.
    for (text, topic, speaker) in [
        (
            "Mr. Obama spoke emotionally of his many flights on Marine One.",
            "his many flights on Marine One",
            "Barack Obama",
        ),
        (
            "Hillary Clinton spoke out Tuesday about the death of Terence Crutcher.",
            "the death of Terence Crutcher",
            "Hillary Clinton",
        ),
    ] {
        assert_report(text, "spoke", topic, speaker);
    }
    // A duration is no topic.
    let text = "The two women spoke for about five minutes.";
    assert_no_quotes(text);
}

#[test]
fn an_auxiliary_or_adverb_before_a_verb_is_no_cue() {
    // `also` and `officially` are cue words in the lexicon (PolNeAR's cue
    // spans hold them), and took the verb phrase after them as a report.
    for text in [
        "His returns would also help assess broader questions about his integrity.",
        "Mr. Obama officially opened the museum by ringing a large bell.",
    ] {
        assert_no_quotes(text);
    }
    // The verb after them reports, when it is a cue.
    assert_report(
        "Clinton supporters have also questioned the health of Donald Trump.",
        "questioned",
        "the health of Donald Trump",
        "supporters",
    );
}

#[test]
fn an_attribution_set_off_by_as_reports_the_clause_around_it() {
    // The content began at the comma after `pointed out`, and `The plan,
    // as the mayor said, would fail` reported nothing.
    assert_report(
        "Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get back-to-back hurricanes.",
        "pointed",
        "Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get back-to-back hurricanes",
        "Mr. Obama's climate advisers",
    );
    assert_report(
        "The plan, as the mayor said, would fail.",
        "said",
        "The plan, as the mayor said, would fail",
        "the mayor",
    );
    // After a connective, or when a clause of its own follows, only what
    // follows is reported; `X of Y` is said by X.
    assert_report(
        "Of course, as Joel Pollak of Breitbart California observed, the biggest victor was not on the stage.",
        "observed",
        "the biggest victor was not on the stage",
        "Joel Pollak",
    );
}

#[test]
fn a_verb_after_as_that_reports_no_clause_is_a_time() {
    let text = "As Blumenthal spoke, the NRA was going into overdrive.";
    assert_no_quotes(text);
}

#[test]
fn a_paragraph_after_an_attribution_and_its_colon_is_a_block_quote() {
    // The block quote's marks were lost with the page's layout; it was
    // read as the writer's words.
    let text = "Limbaugh added:\n\nAnd from a supposed front-runner, Hillary Clinton, this reeks of desperation.\n\nHere are the steps:\n\nFirst, call the office and ask for the form.";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(
        quote.content.text(text),
        Some("And from a supposed front-runner, Hillary Clinton, this reeks of desperation."),
        "{quote:#?}"
    );
    assert_eq!(
        quote.speaker_name.as_deref(),
        Some("Limbaugh"),
        "{quote:#?}"
    );
}

#[test]
fn a_quoted_term_after_known_as_or_so_called_is_a_name_not_a_quote() {
    // `known as the ''Buffett rule''` was a partial quote of the sentence's
    // subject; so was `so-called ''pass through''`.
    for text in [
        "Reform has a version of what has become known as the ''Buffett rule'' after the investor.",
        "He called for taxing so-called ''pass through'' income.",
    ] {
        let doc = annotate(text);
        let partials: Vec<_> = quotes(&doc)
            .iter()
            .filter(|q| q.kind == QuoteKind::Partial)
            .collect();
        assert!(partials.is_empty(), "{partials:#?}");
    }
    // A character of several bytes (`’`) right before the mark (the first
    // version of this rule sliced inside it and panicked): still a partial.
    let text = "He mocked Trump’s “rigged system” line, Warren said.";
    let doc = annotate(text);
    assert!(
        quotes(&doc).iter().any(|q| q.kind == QuoteKind::Partial),
        "{:#?}",
        quotes(&doc)
    );
}

#[test]
fn a_clause_without_that_after_its_cue_is_reported() {
    // `one study found Trump would ...` was read as a noun-phrase object
    // with no mention for a subject, which the scorer dropped.
    assert_cue_speaker(
        "In all, one study found Trump would actually raise taxes on 8 million low- and middle-income Americans.",
        "found",
        "one study",
    );
    // Not across a conjunction: `their address and have not cast` is no
    // clause.
    let text = "About 40,000 voters were removed because they did not respond to queries seeking to confirm their address and have not cast a ballot since 2008.";
    assert_no_content_starting_with(text, "their address");
}

#[test]
fn the_clause_after_an_addressee_and_a_subject_pronoun_is_what_was_told() {
    // `told reporters he was tired` reported `reporters he was tired`.
    assert_report(
        "Barack Obama told reporters he was tired.",
        "told",
        "he was tired",
        "Barack Obama",
    );
}

#[test]
fn a_cue_after_but_and_an_auxiliary_is_said_by_the_subject_of_the_sentence() {
    // `but has said` found no speaker: only an adverb could stand between
    // the conjunction and the cue.
    assert_report(
        "Hillary Clinton has encouraged European nations to bolster defense spending but has said she will hold firm to U.S. defense commitments.",
        "said",
        "she will hold firm to U.S. defense commitments",
        "Hillary Clinton",
    );
}

#[test]
fn an_object_report_stands_beside_a_clause_reported_by_a_participle() {
    // `rejected [a request], saying [the courts have ...]`: the clause of
    // `saying` made the object of `rejected` one the rules doubt.
    let text = "A New York judge has rejected a media request to make public the contents of a court file on Donald Trump's divorce, saying the courts have no business deciding what information could be useful to voters.";
    let doc = annotate(text);
    let rejected = quote_with_cue(&doc, text, "rejected");
    assert_eq!(
        rejected.content.text(text),
        Some(
            "a media request to make public the contents of a court file on Donald Trump's divorce"
        ),
        "{rejected:#?}"
    );
    quote_with_cue(&doc, text, "saying");
}

#[test]
fn an_object_report_ends_before_a_comma_and_a_participle_cue() {
    // `spoke out about [the death ..., arguing that ...]` ran on into the
    // participle's own report.
    let text = "Hillary Clinton spoke out Tuesday about the death of Terence Crutcher in Tulsa, Oklahoma, arguing that the epidemic of police officers killing unarmed black people should be recognized as \u{201c}intolerable.\u{201d}";
    assert_cue_content(
        text,
        "spoke",
        "the death of Terence Crutcher in Tulsa, Oklahoma",
    );
}

#[test]
fn it_as_the_object_of_a_verb_is_no_speaker() {
    // `to stick it to the rich ..., independent analyses agree`: the
    // speaker was `it`.
    assert_cue_speaker(
        "His promises to stick it to the rich notwithstanding, independent analyses agree the top 1 percent would be the biggest beneficiaries of his plans.",
        "agree",
        "independent analyses",
    );
}

#[test]
fn a_name_modifying_a_speaker_noun_is_part_of_the_speaker_mention() {
    // `A New York judge ..., saying` was said by `New York`, and `the New
    // York businessman said` by `New York`. A cue after the name is no
    // speaker noun (`The New York Post reports`).
    assert_cue_speaker(
        "A New York judge has rejected a media request to make public the contents of a court file on Donald Trump's divorce, saying the courts have no business deciding what information could be useful to voters.",
        "saying",
        "A New York judge",
    );
    assert_cue_speaker(
        "The New York Post reports that the team avoided the emergency room.",
        "reports",
        "New York Post",
    );
}

#[test]
fn a_word_often_a_cue_on_thin_evidence_is_one_though_its_stem_is_not() {
    // `ruled` is a cue 8 times in its 17 PolNeAR occurrences, its stem
    // (with the noun `rule`) seldom: `Smith ruled that ...` reported
    // nothing.
    assert_report(
        "Judge John Smith ruled that Ohio's practices could remove eligible voters.",
        "ruled",
        "that Ohio's practices could remove eligible voters",
        "John Smith",
    );
}

#[test]
fn a_postposed_speaker_after_a_title_with_a_place_reports_the_clause_before() {
    // `, Russia's Ambassador to South Korea Alexander Timonin said in an
    // interview with TASS.` found no postposed speaker (the title's `'s`
    // and `to South Korea` stopped it), and `said` then reported `in an
    // interview with TASS`.
    let text = "Sanctions will not force North Korea to abandon its missile program, Russia's Ambassador to South Korea Alexander Timonin said in an interview with TASS.";
    assert_report(
        text,
        "said",
        "Sanctions will not force North Korea to abandon its missile program",
        "Alexander Timonin",
    );
    let doc = annotate(text);
    assert_eq!(quotes(&doc).len(), 1, "{:#?}", quotes(&doc));
}

#[test]
fn a_speech_verb_before_a_closing_circumstance_reports_nothing_after_it() {
    // `X said in an interview with TASS.` reported `in an interview with
    // TASS` when the clause before found no postposed speaker.
    let text = "The number of Russians visiting the Republic of Cyprus in 2016 grew by 50% compared to the previous year, reaching a record high, Russian Ambassador to the Republic of Cyprus Stanislav Osadchy said in an interview with TASS.";
    let doc = annotate(text);
    assert!(
        quotes(&doc)
            .iter()
            .all(|q| q.content.text(text) != Some("in an interview with TASS")),
        "{:#?}",
        quotes(&doc)
    );
}

#[test]
fn a_title_of_nouns_before_a_name_leaves_the_name_the_speaker() {
    assert_sole_direct_quote_speaker(
        "“I think by the middle of the week she’ll be out there campaigning as aggressively as ever,” Clinton campaign spokesman Brian Fallon said on Monday.",
        "Brian Fallon",
    );
}

#[test]
fn a_partial_quote_after_a_participle_cue_is_that_cue_s() {
    // `spoke out about [...], arguing that ... “an emergency.”`: the
    // partial quote went to the sentence's first cue, whose report then
    // ran over the participle's to hold it.
    let text = "Hillary Clinton spoke out Tuesday about the death of Terence Crutcher in Tulsa, arguing that the epidemic of police shootings should be recognized as \u{201c}an emergency.\u{201d}";
    let doc = annotate(text);
    let partial = quote_where(&doc, |q| q.kind == QuoteKind::Partial);
    assert_cue_and_speaker_name(partial, text, "arguing", "Hillary Clinton");
    let spoke = quote_with_cue(&doc, text, "spoke");
    assert_eq!(
        spoke.content.text(text),
        Some("the death of Terence Crutcher in Tulsa"),
        "{spoke:#?}"
    );
}

#[test]
fn the_word_opening_a_question_or_condition_is_no_part_of_the_speaker() {
    // `Do you think`, `If you think` made the speakers `Do you` and `If
    // you`.
    for text in [
        "If you think this type of behavior is a relic of an earlier time, you are wrong.",
        "Do you know where your candidate's tax returns are?",
    ] {
        let doc = annotate(text);
        for quote in quotes(&doc) {
            let speaker = quote.speaker.and_then(|s| s.text(text)).unwrap_or("");
            assert!(
                !speaker.starts_with("If") && !speaker.starts_with("Do"),
                "{quote:#?}"
            );
        }
    }
}

#[test]
fn the_as_setting_off_a_postposed_attribution_is_no_part_of_the_speaker() {
    // `, as Conway said.` had the speaker mention `as Conway`.
    assert_cue_speaker(
        "The two refugees lived in Bowling Green, Kentucky, but they never committed a massacre or any attacks in Bowling Green, as Conway said.",
        "said",
        "Conway",
    );
}

#[test]
fn a_quote_after_a_report_of_the_writer_s_words_is_no_part_of_the_quote_before() {
    // The second quote was joined to the first over the writer's words
    // and their `she said`, making one quote of the whole stretch.
    let text = "“This just isn’t right,” Warren said. “You squeezed employees to the breaking point” to drive up the stock price, she said, referencing the bank’s drive to sell more accounts. “You went on television to blame thousands of $12-an-hour” workers.";
    let doc = annotate(text);
    for quote in direct_quotes(&doc) {
        let content = quote.content.text(text).unwrap_or("");
        assert!(
            !(content.contains("squeezed") && content.contains("television")),
            "{quote:#?}"
        );
    }
}

#[test]
fn the_title_of_a_work_after_its_noun_is_no_quote() {
    // `In his 2002 book, ''Make Your Kid a Millionaire,''` was a direct
    // quote of Mr. McKinley's.
    for text in [
        "In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. McKinley suggested looking at the things on your credit card statement.",
        "Ouisa Davis' commentary, \"Melania, tell your immigrant story,\" is very thoughtful.",
    ] {
        let doc = annotate(text);
        assert!(direct_quotes(&doc).is_empty(), "{:#?}", quotes(&doc));
    }
}

#[test]
fn a_quote_in_lower_case_after_the_noun_for_a_work_is_still_a_quote() {
    // `his grant program, “states were hemorrhaging money,”` was taken for
    // the title of a program.
    let text = "In 2009, when President Barack Obama offered states billions of dollars for education through his signature Race To The Top competitive grant program, “states were hemorrhaging money. They needed it,” DeSantis said.";
    let doc = annotate(text);
    let quote = quote_where(&doc, |q| q.kind != QuoteKind::Indirect);
    assert_eq!(
        quote.content.text(text),
        Some("“states were hemorrhaging money. They needed it,”"),
        "{quote:#?}"
    );
}

#[test]
fn a_that_clause_runs_past_the_circumstances_fronted_in_it() {
    // The content ended at the comma closing `in 1972`, before the
    // clause's own subject and verb.
    assert_report(
        "Fowler noted that at one of his first DNC meetings, in 1972, he supported a decision to nominate Sargent Shriver.",
        "noted",
        "that at one of his first DNC meetings, in 1972, he supported a decision to nominate Sargent Shriver",
        "Fowler",
    );
    assert_report(
        "Regulators and environmental groups worried that if the state held up the deal, Patriot could threaten to liquidate its properties.",
        "worried",
        "that if the state held up the deal, Patriot could threaten to liquidate its properties",
        "environmental groups",
    );
}

#[test]
fn a_report_in_an_opening_subordinate_clause_ends_with_the_clause() {
    // The content ran on into the main clause: `that action
    // unconstitutional, his decision was overturned by an appeals court`.
    assert_report(
        "While a federal judge found that action unconstitutional, his decision was overturned by an appeals court.",
        "found",
        "that action unconstitutional",
        "a federal judge",
    );
}

#[test]
fn the_subject_of_a_subordinate_clause_closed_before_a_coordinated_cue_is_not_its_speaker() {
    // `when my mother mentioned the devil to me, I laughed and said` gave
    // the quote to `mother`.
    assert_cue_speaker(
        "Once, when my mother mentioned the devil to me while driving on the highway, I laughed and said, \"I don't believe in the devil.\"",
        "said",
        "I",
    );
}

#[test]
fn a_byline_s_reported_from_reports_nothing() {
    // `Julie Hirschfeld Davis reported [from Midway Atoll, ...]` was a
    // report of a place.
    let text = "Julie Hirschfeld Davis reported from Midway Atoll, and Mark Landler from Kaneohe Bay, Hawaii.";
    assert_no_quotes(text);
}

#[test]
fn a_particle_glued_to_the_next_word_stays_in_the_content() {
    // `released on-air` skipped the particle `on` and opened the content
    // inside the word: `-air was a one-page letter`.
    let text = "The only records that Trump released on-air was a one-page letter from his doctor.";
    let doc = annotate(text);
    for quote in quotes(&doc) {
        let content = quote.content.text(text).unwrap_or("");
        assert!(!content.starts_with('-'), "{quote:#?}");
    }
}

#[test]
fn a_description_after_a_postposed_cue_is_its_speaker() {
    // `, said a GOP source.` reported nothing: no mention opened the
    // attribution.
    assert_report(
        "The meeting deteriorated from there, said a GOP source.",
        "said",
        "The meeting deteriorated from there",
        "a GOP source",
    );
}

#[test]
fn a_time_word_that_ends_a_newspaper_name_is_no_speaker() {
    // `today` headed speakers in the cue lexicon, learned from `USA
    // Today reported`, and spoke for the company before it.
    assert_report(
        "Infortrend Technology, Inc. today announced that its storage family now supports two controllers.",
        "announced",
        "that its storage family now supports two controllers",
        "Infortrend Technology, Inc.",
    );
}

#[test]
fn a_noun_that_names_speakers_speaks_with_the_words_that_modify_it() {
    // The speaker was the noun alone: `court`, `data`, `campaign`.
    assert_report(
        "Britain's highest court ruled last month that the talks must be approved by parliament.",
        "ruled",
        "that the talks must be approved by parliament",
        "Britain's highest court",
    );
    assert_report(
        "Fresh eurozone economic data show that inflation has risen.",
        "show",
        "that inflation has risen",
        "eurozone economic data",
    );
    assert_report(
        "Around that time, 47 percent said they would vote for Clinton.",
        "said",
        "they would vote for Clinton",
        "47 percent",
    );
}

#[test]
fn about_before_a_quantity_reports_nothing() {
    // `about` is a cue word (`talked about`), and `reserved about $9.2
    // million` was a report of the sum.
    for text in [
        "Clinton has reserved about $9.2 million in airtime this week.",
        "In Florida, Hispanics made up about a quarter of the primary voters.",
        "Mrs. Clinton spoke for about 30 minutes and took questions.",
    ] {
        assert_no_quotes(text);
    }
}

/// `are about evenly divided`, `at about lunchtime`, `just about every
/// poll`: `about` rounds a share, a time or `every` there, and the
/// rounded words were reports (`Voters` said `evenly divided ...`).
#[test]
fn about_before_an_even_share_a_time_of_day_or_after_just_reports_nothing() {
    for text in [
        "Voters are about evenly divided in their opinions of Sanders.",
        "A 17-year-old entered the Alexis de Tocqueville school at about lunchtime and \
         opened fire at the headteacher.",
        "He has offended just about every sub-population of the American people.",
    ] {
        let doc = annotate(text);
        let about = quotes(&doc)
            .iter()
            .find(|q| q.cue.and_then(|c| c.text(text)) == Some("about"));
        assert!(about.is_none(), "{text}: {about:#?}");
    }
}

#[test]
fn a_quoted_nickname_inside_the_speakers_name_is_part_of_it() {
    // `Marcia "Cia" Price`: the nickname cut the name in two, `Cia` was
    // the CIA, and the quotes around the attribution went unattributed.
    let text = r#""This is a big year for our senator!" Scott's niece, state Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd. "The nation is watching Virginia.""#;
    let doc = assert_one_quote_in_two_parts(text, "Del. Marcia Price");
    assert_eq!(quotes(&doc).len(), 1, "{:#?}", quotes(&doc));
}

#[test]
fn a_lead_in_set_off_by_commas_leaves_the_quote_to_its_cue() {
    // `said, on the other hand, “Q.”` gave the quote to the next
    // sentence's `He made the criticism`.
    assert_sole_direct_quote_speaker(
        "Clinton said, on the other hand, “the current system works fine if you’re eligible for Medicaid.” He made the criticism at a rally.",
        "Clinton",
    );
}

#[test]
fn a_verb_that_ends_the_sentence_after_a_comma_reports_the_clause_before_it() {
    // `, new fundraising reports show.`, `, Fox found.`: only verbs of
    // saying were read so; the clause before them was no report at all.
    assert_report(
        "More than 40 percent of that money arrived in February alone, new fundraising reports show.",
        "show",
        "More than 40 percent of that money arrived in February alone",
        "new fundraising reports",
    );
    assert_report(
        "Clinton has maintained support among black voters, Fox found.",
        "found",
        "Clinton has maintained support among black voters",
        "Fox",
    );
    assert_report(
        "The recovery might have been far less sluggish, the economists argue.",
        "argue",
        "The recovery might have been far less sluggish",
        "the economists",
    );
}

#[test]
fn a_verb_that_closes_a_sentence_reports_nothing_where_it_is_a_name_or_has_an_object() {
    // `at the Consumer Electronics Show` is a name, and `found the money`
    // has its own object: no report of the clause before.
    for text in [
        "Faraday unveiled its first production vehicle, called the FF91, at the Consumer Electronics Show in Las Vegas.",
        "The audit was finished in March, and the inspectors found the money.",
    ] {
        let doc = annotate(text);
        assert!(
            quotes(&doc).iter().all(|q| q.cue.and_then(|c| c.text(text)) != Some("Show")
                && q.cue.and_then(|c| c.text(text)) != Some("found")),
            "{text}: {:#?}",
            quotes(&doc)
        );
    }
}

#[test]
fn a_relative_clause_after_a_comma_is_no_postposed_attribution() {
    // `, which several senior officials have denied.`: `which several
    // senior officials` was the speaker of the clause before it.
    let text = "Trump has accused the Obama administration of tapping his phones, which several senior officials have denied.";
    assert_no_speaker_reads(text, "which several senior officials");
}

#[test]
fn a_sentence_opened_by_a_subordinator_has_no_subject_in_it() {
    // `As stated in`, `Lest you assume`, `As you know`: the opener and
    // the pronoun were taken for the speaker (`As`, `Lest you`).
    for text in [
        "As stated in Davis' commentary, there are conflicting stories about how his wife was able to work here.",
        "Lest you assume that my parents were uneducated, my father began his studies at MIT at age 16.",
        "As you know, we have been dressing Chinese men for over 25 years.",
    ] {
        let doc = annotate(text);
        assert!(
            quotes(&doc).iter().all(|q| {
                let speaker = q.speaker_name.as_deref().unwrap_or("");
                !speaker.starts_with("As") && !speaker.starts_with("Lest")
            }),
            "{text}: {:#?}",
            quotes(&doc)
        );
    }
}

#[test]
fn a_role_in_lower_case_before_a_postposed_speakers_name_is_part_of_the_attribution() {
    // `, said Democratic strategist Hank Sheinkopf.` gave no report, and
    // `, said strategist John Smith.` gave the role as the speaker.
    assert_report(
        "His endorsement could matter more than his clout in Boston, said Democratic strategist Hank Sheinkopf.",
        "said",
        "His endorsement could matter more than his clout in Boston",
        "Hank Sheinkopf",
    );
    assert_report(
        "The firm lobbied on behalf of the Trump Organization, said lobbyist and GOP strategist Charlie Black, Manafort's former business partner.",
        "said",
        "The firm lobbied on behalf of the Trump Organization",
        "Charlie Black",
    );
    // PolNeAR train: a role the lexicon does not know as a head of
    // speakers (`scientist`) hid the name after it, and the clause went
    // to `Bollywood`.
    assert_report(
        "Even India has more cultural resonance through Bollywood films, says political scientist Dossym Satpayev in Almaty.",
        "says",
        "Even India has more cultural resonance through Bollywood films",
        "Dossym Satpayev",
    );
}

#[test]
fn a_source_placed_near_the_matter_after_a_comma_is_the_speaker() {
    // `, three sources familiar with the plan said.`: the words between
    // the noun and the cue hid the speaker, and the clause was no report.
    assert_report(
        "The plan will be announced on Friday, three sources familiar with the plan said.",
        "said",
        "The plan will be announced on Friday",
        "three sources",
    );
    assert_report(
        "The ceasefire will hold, a source close to the talks has said.",
        "said",
        "The ceasefire will hold",
        "a source",
    );
}

#[test]
fn a_long_role_in_lower_case_before_a_postposed_subject_is_part_of_it() {
    // `, Russian Foreign Ministry spokeswoman Maria Zakharova told a news
    // briefing`: more than three words before the name, one of them in
    // lower case, and the clause before went unreported (or the briefing
    // was what she told).
    assert_report(
        "All charges that Russia is responsible for the attacks are groundless, Russian Foreign Ministry spokeswoman Maria Zakharova told a news briefing on Thursday.",
        "told",
        "All charges that Russia is responsible for the attacks are groundless",
        "Maria Zakharova",
    );
    assert_report(
        "A Franco-Algerian couple were also among the passengers, Algerian foreign affairs ministry spokesman Benali Cherif Abdelaziz said Thursday.",
        "said",
        "A Franco-Algerian couple were also among the passengers",
        "Benali Cherif Abdelaziz",
    );
}

#[test]
fn a_tweet_or_a_stress_that_ends_the_sentence_reports_the_clause_before_it() {
    // `, Trump tweeted.` and `, the minister stressed.` left the clause
    // before them unreported.
    assert_report(
        "Germany owes NATO vast sums of money, Trump tweeted.",
        "tweeted",
        "Germany owes NATO vast sums of money",
        "Donald Trump",
    );
    assert_report(
        "These sanctions have inflicted economic damage on the European Union, Foreign Minister Peter Szijjarto stressed.",
        "stressed",
        "These sanctions have inflicted economic damage on the European Union",
        "Peter Szijjarto",
    );
}

#[test]
fn a_verb_too_rare_to_be_a_cue_introduces_the_quote_right_after_it() {
    // `Noah quipped, “Q”` and `The letter continues: “Q”` left the quote
    // with no cue and no speaker: the corpus counts `quipped` twice and
    // `continues` mostly elsewhere.
    assert_cue_speaker(
        "A flabbergasted Noah quipped, “It’s like a lawyer with the dumbest client ever.”",
        "quipped",
        "A flabbergasted Noah",
    );
    assert_cue_speaker(
        "The letter continues: “As a former prosecutor, please explain the legal difference.”",
        "continues",
        "The letter",
    );
    // A plural noun before a comma is no verb.
    let text = "The hospital gives inadequate care to mothers and babies, “which impacts upon clinical outcomes,” the report said.";
    assert_no_cue(text, "babies");
}

#[test]
fn a_name_opening_the_sentence_before_a_colon_signs_the_quote_after_it() {
    // `Stone: “Q”`, as interview turns are written, left the quote with no
    // speaker.
    assert_cue_speaker(
        "Roger Stone spoke to reporters on Monday.\n\nStone: “So I think it’s a very real problem for the party.”",
        ":",
        "Stone",
    );
}

#[test]
fn the_clause_after_a_quote_attributes_it_whatever_its_verb_and_subject() {
    // `it read`, `beamed Donald Hartley`, `the 43-year-old asked` (a
    // subject split by hyphens), `a voice-over in the ad states` left the
    // quote with no cue and no speaker.
    assert_cue_speaker("“I am still Sanders,” it read.", "read", "it");
    assert_cue_speaker(
        "“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who snuck onto the floor.",
        "beamed",
        "Donald Hartley",
    );
    assert_cue_speaker(
        "“What if Donald Trump had elocution lessons?” the 43-year-old asked in the video’s description.",
        "asked",
        "the 43-year-old",
    );
    assert_cue_speaker(
        "“They know Hillary’s the only one strong enough,” a voice-over in the ad states.",
        "states",
        "a voice-over in the ad",
    );
    // A person named after a possessive place is the subject, not the
    // place.
    assert_cue_speaker(
        "“Each drop of blood shall be avenged,” Pakistan's army chief, Gen. Qamar Javed Bajwa, said in a statement.",
        "said",
        "Qamar Javed Bajwa",
    );
}

#[test]
fn a_sentence_of_the_writer_after_a_quote_does_not_attribute_it() {
    // `“Q!” The letter was read out`: a passive after a mark that ends the
    // sentence; `“Q,” adding ...`: a participle that reports more.
    for (text, not_cue) in [
        (
            "Fans wrote to the team. “Make us proud as only you can!” The letter was read out in the dressing room.",
            "read",
        ),
        (
            "“The battle must be fought inside and outside Congress,” adding public pressure should sway lawmakers.",
            "adding",
        ),
    ] {
        assert_no_cue(text, not_cue);
    }
}

#[test]
fn a_place_after_a_speaker_s_head_does_not_name_the_speaker() {
    // `fire officials in Cobb County told` was named `Cobb County`.
    let text = "A small plane crashed into a home on Friday, fire officials in Cobb County told reporters.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "told");
    assert_ne!(
        report.speaker_name.as_deref(),
        Some("Cobb County"),
        "{report:#?}"
    );
    assert_eq!(
        report.speaker.and_then(|s| s.text(text)),
        Some("fire officials in Cobb County"),
        "{report:#?}"
    );
}

#[test]
fn an_inverted_source_described_with_a_place_after_its_noun_is_the_speaker() {
    // `, said one GOP source in the room.` took the source for the
    // content, said by the Republicans named before it.
    assert_report(
        "The meeting deteriorated from there, said one GOP source in the room.",
        "said",
        "The meeting deteriorated from there",
        "one GOP source",
    );
    // What follows a name still counts from the name.
    assert_report(
        "Speaking in Brussels, Izabella Teixeira, former Brazilian environment minister, said Trump's decision was a mistake.",
        "said",
        "Trump's decision was a mistake",
        "Izabella Teixeira",
    );
}

#[test]
fn a_person_named_after_a_possessive_role_is_the_speaker_not_the_owner() {
    // `said Russia's foreign minister Sergei Lavrov` was said by Russia,
    // `said Al Jazeera's Osama Bin Javaid` by Al Jazeera.
    for (text, speaker) in [
        (
            "“We will not tolerate this,” said Russia's foreign minister Sergei Lavrov.",
            "Sergei Lavrov",
        ),
        (
            "“We will not tolerate this,” said Chad's foreign minister, Mahamat Ali.",
            "Mahamat Ali",
        ),
        (
            "“We will not tolerate this,” said NBC’s Dante Chinni.",
            "Dante Chinni",
        ),
    ] {
        assert_sole_direct_quote_speaker(text, speaker);
    }
}

#[test]
fn nouns_that_name_speakers_in_a_row_are_one_speaker() {
    // `a senior administration official told` was said by `a senior
    // administration`.
    assert_sole_direct_quote_speaker(
        "“We will respond,” a senior administration official told CNN on condition of anonymity.",
        "a senior administration official",
    );
    // A role before a name still leaves the name the speaker.
    assert_sole_direct_quote_speaker(
        "“There has been an explosion,” police spokesman Basir Mujahid told AFP.",
        "Basir Mujahid",
    );
}

#[test]
fn a_short_quote_opening_its_sentence_before_its_attribution_is_said_whole() {
    // `“No comment,” a spokesperson said` and `“Not true,” tweeted Sean
    // Spicer` were taken for scare quotes, and gave no quote at all.
    assert_sole_direct_quote_speaker("“Not true,” tweeted Sean Spicer.", "Sean Spicer");
    assert_sole_direct_quote_speaker("“Yes,” she said.", "she");
}

#[test]
fn a_quote_running_on_across_a_lost_paragraph_break_does_not_nest() {
    // An article whose paragraph breaks were lost: the mark that opened
    // the quote's second paragraph follows a full stop. It was taken for
    // a quote nested in the first, and every pair after it was off by one
    // mark: narration became quotes, and the quotes after went missing.
    let text = "In an interview, she said: \"It reduces the trauma for the victim. \"I want to see that being the standard offer.\" The plans come after a bill was launched. Mrs Truss said the interviews would help. \"It will give victims confidence,\" she added.";
    let doc = annotate(text);
    let contents: Vec<Option<&str>> = direct_quotes(&doc)
        .iter()
        .map(|q| q.content.text(text))
        .collect();
    assert_eq!(
        contents,
        [
            Some("\"It reduces the trauma for the victim. \"I want to see that being the standard offer.\""),
            Some("\"It will give victims confidence,\""),
        ],
    );
}

#[test]
fn a_quote_with_its_full_stop_after_the_mark_lends_no_cue_past_it() {
    // `"Q". Until recently, the Agency only asked that ...`: the next
    // sentence's cue and subject were taken for the quote's attribution.
    let text = "Mr Munro was angry. \"The carers had put the fire out\". Until recently, the Agency only asked that a warning be put on packaging.";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(quote.cue, None, "{quote:#?}");
    assert_report(
        text,
        "asked",
        "that a warning be put on packaging",
        "Agency",
    );
}

#[test]
fn a_person_named_right_before_a_participle_cue_says_the_quote() {
    // `The ad uses footage of Hillary Clinton asking, “Q”` was said by
    // the ad, the subject of the sentence.
    let text = "The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead, you might ask?”";
    assert_cue_speaker(text, "asking", "Hillary Clinton");
    // Not any mention: a statement is its sender's.
    let text = "The group released a statement saying, “We will fight this decision in court.”";
    assert_cue_speaker(text, "saying", "The group");
}

#[test]
fn the_subject_between_a_quote_and_its_cue_is_the_speaker_not_a_name_after_the_cue() {
    // `“Q,” one attendee said about Mulvaney` was said by Mulvaney.
    assert_sole_direct_quote_speaker(
        "“He was very defensive about it,” one attendee said about Mulvaney.",
        "one attendee",
    );
    // A name right after the cue is still the speaker.
    assert_sole_direct_quote_speaker(
        "“He was very defensive,” said Mick Mulvaney.",
        "Mick Mulvaney",
    );
}

#[test]
fn a_person_named_after_an_organisation_s_role_is_the_speaker_not_the_organisation() {
    // `tweeted White House press secretary Sean Spicer` was the White
    // House's; before the name, `press` was even taken for the cue.
    for text in [
        "“Not true,” tweeted White House press secretary Sean Spicer.",
        "“Not true,” White House press secretary Sean Spicer said.",
    ] {
        assert_sole_direct_quote_speaker(text, "Sean Spicer");
    }
    assert_cue_speaker(
        "The talks went well, according to White House press secretary Sean Spicer.",
        "according to",
        "Sean Spicer",
    );
    // A preposition may stand in the role.
    assert_sole_direct_quote_speaker(
        "“We will help,” said Chad's ambassador to France, Mahamat Ali.",
        "Mahamat Ali",
    );
    // An organisation alone is still the speaker.
    assert_sole_direct_quote_speaker("“We will help,” said Reuters.", "Reuters");
}

#[test]
fn an_age_standing_for_a_person_resolves_to_them() {
    // `“Q,” the 62-year-old said` named no one, and `The 62-year-old said
    // ...` had the speaker `old`.
    for text in [
        "John Smith was arrested on Monday. “I did nothing wrong,” the 62-year-old said.",
        "John Smith was arrested on Monday. The 62-year-old said he did nothing wrong.",
    ] {
        let doc = annotate(text);
        let quote = quote_with_cue(&doc, text, "said");
        assert_eq!(
            quote.speaker_name.as_deref(),
            Some("John Smith"),
            "{quote:#?}"
        );
        assert_eq!(
            quote
                .speaker
                .and_then(|s| s.text(text))
                .map(str::to_lowercase)
                .as_deref(),
            Some("the 62-year-old"),
            "{quote:#?}"
        );
    }
    // An age before a name is that name's (`the 23-year-old Moreno`).
    let text = "Tony Moreno held his son, Aaden. “I dropped him,” the 23-year-old Moreno said.";
    let doc = annotate(text);
    assert_eq!(
        sole_direct_quote(&doc).speaker_name.as_deref(),
        Some("Tony Moreno")
    );
}

#[test]
fn a_speaker_called_by_surname_alone_takes_the_full_name_news_agrees_on() {
    // An article that wrote only `Tillerson` named its speaker `Tillerson`,
    // where others name him `Rex Tillerson`: a corpus summed by speaker
    // counted him twice. (The shipped full-name table.)
    let text = "Tillerson said the talks went well.";
    assert_report(text, "said", "the talks went well", "Rex Tillerson");
    // A first name alone takes no full name its surname vote gave (`Joe`,
    // not the TV show `Morning Joe`).
    let text = "Joe said the talks went well.";
    assert_report(text, "said", "the talks went well", "Joe");
}

#[test]
fn a_speaker_capitalised_by_its_sentence_start_is_named_as_mid_sentence() {
    let text = "The company said the plant would close. Its sales had fallen by half in a \
                year, the company said on Monday. Police said two men were held. Later, police \
                said they were freed. Smith’s lawyer said the men would sue.";
    assert_speaker_names(
        text,
        &[
            Some("the company"),
            Some("the company"),
            Some("police"),
            Some("police"),
            Some("Smith’s lawyer"),
        ],
    );
}

/// `“Q.” Jiang Shan, researcher at Center for China and Globalization.`:
/// quotes signed by a name and a role in the sentence after them (China
/// Daily's boxes of voices) had no speaker, and the second of two was
/// taken as the first's next part.
#[test]
fn a_quote_signed_by_a_name_and_role_after_it_is_that_persons() {
    let text = "Firms are going abroad.\n\n“We hope to grow fourfold.” Liu Yonghao, chairman of \
                New Hope Group, speaking in Beijing. “The market is open.” Jiang Shan, a \
                researcher at the Center for China and Globalization.";
    assert_speaker_names(text, &[Some("Liu Yonghao"), Some("Jiang Shan")]);
    // A sentence of its own after the quote signs nothing: a statement
    // (`has lived`), an act (`sells`), a report (`echoed`).
    for after in [
        "John Smith, a teacher from Leeds, has lived here since 1990.",
        "Sebastian Alexis, 16, sells woven ponchos.",
        "Anil Kalhan, a law professor at Drexel, echoed that view.",
    ] {
        let text = format!("The market fell.\n\n“We will not give up.” {after}");
        let doc = annotate(&text);
        let quote = sole_direct_quote(&doc);
        assert_eq!(quote.speaker, None, "{after}: {quote:#?}");
    }
}

/// `said lead study author Dr. Anthony Hackney`: a title between the role
/// words and the name left the quote with no cue and no speaker.
#[test]
fn a_title_between_a_role_and_the_name_after_said_keeps_the_speaker() {
    let text = "“Exercise is good for the brain,” said lead study author Dr. Anthony Hackney, \
                a professor at the university.";
    assert_sole_direct_quote_named(text, "Anthony Hackney");
}

/// `..., according to Radwan Ziadeh, executive director of the Syrian
/// Centre for Political and Strategic Studies. “Q”`: the person the
/// sentence before ends on, as its source, says the quote after it,
/// which had no speaker; not a document (`according to a statement`).
#[test]
fn a_quote_after_a_sentence_ending_according_to_a_person_is_theirs() {
    let text = "The constitution guaranteed the right to protest, according to Radwan Ziadeh, \
                executive director of the Syrian Centre for Political and Strategic Studies. \
                “The 1950 constitution was one of the most advanced in the Arab world.”";
    assert_sole_direct_quote_speaker(text, "Radwan Ziadeh");
    let document = "The charges were warranted, according to a statement released to the \
                    press. “He prowled the streets for three days in search of a victim.”";
    assert_sole_direct_quote_has_no_speaker(document);
}

/// `He despaired of the antics of his fellow-countrymen. “Q”`: a quote
/// that goes on from its speaker took the speaker's latest mention,
/// which was the owner `his`, not the subject `He`.
#[test]
fn a_quote_going_on_from_its_speaker_is_said_by_no_possessive() {
    let text = "\"France is ungovernable,\" Charles de Gaulle said. He despaired of the antics \
                of his fellow-countrymen. \"How can you govern a country that has 246 different \
                kinds of cheese?\"";
    let doc = annotate(text);
    assert_eq!(speaker_of_quote_holding(&doc, text, "cheese"), Some("He"));
}

/// `Duma Deputy Speaker Vladimir Vasilyev of the United Russia said`:
/// the speaker's name was the party's, the last name in the phrase, not
/// the person's before the affiliation; `Celine Clement-Petremann of the
/// national financial prosecutor's office` was named by the whole
/// phrase. A title tagged as a person keeps the name after it.
#[test]
fn a_person_before_an_affiliation_names_the_speaker() {
    for (text, name) in [
        (
            "Lawmakers will visit Syria next week, Duma Deputy Speaker Vladimir Vasilyev of \
             the United Russia said on Saturday.",
            "Vladimir Vasilyev",
        ),
        (
            "Investigating judges filed the charges Tuesday, Celine Clement-Petremann of the \
             national financial prosecutor's office said.",
            "Celine Clement-Petremann",
        ),
    ] {
        assert_cue_speaker_name(text, "said", name);
    }
}

/// `“Q.” The FIS announced earlier in the day in its official statement
/// that ...`: a cue after a quote that ends its sentence, whose `that`
/// comes past a circumstance, opens a report of its own; it took the
/// quote before it from the speaker that quote goes on from.
#[test]
fn a_cue_reporting_a_clause_past_a_circumstance_leaves_the_quote_before_it() {
    let text = "\"We have been expecting this,\" Vylegzhanin said in an interview with TASS. \
                \"We will be definitely seeking a prompt approach.\" The FIS announced earlier \
                in the day in its official statement that the panel had upheld the suspensions.";
    let doc = annotate(text);
    assert_ne!(
        speaker_of_quote_holding(&doc, text, "prompt approach"),
        Some("FIS")
    );
}

/// `The MP told Radio Ulster: “Q”`, `the CEO added`, `the congressman
/// said`: the entity stage tagged `MP` and `CEO` as organisations, and
/// the quote's speaker was named `MP`, as every MP's in a corpus would
/// be; a role noun, the title links to the person it describes.
#[test]
fn a_description_by_a_title_like_mp_or_ceo_names_the_person() {
    let text = "DUP MP Jeffrey Donaldson outlined the details. The MP told Radio Ulster: \
                \"We wanted to be involved in the referendum at a national level.\"";
    assert_sole_direct_quote_named(text, "Jeffrey Donaldson");
}

/// `said CarSound Chief Strategy Officer Peter Nitoglia`: a company the
/// entity stage did not tag and a title of three capitalised words before
/// the name left the quote to the speaker of the quote before it.
#[test]
fn an_untagged_company_and_a_capitalised_title_after_said_keep_the_speaker() {
    let text = "“Providing critical ingredients to CarSound is a great achievement for SDC,” \
                said SDC Executive Chairman Bill Staron. “We are going to market with \
                confidence that our products will provide real benefits to our customers,” \
                said CarSound Chief Strategy Officer Peter Nitoglia.";
    let doc = annotate(text);
    assert_eq!(
        speaker_of_quote_holding(&doc, text, "going to market"),
        Some("Peter Nitoglia")
    );
}

/// `“Q,” Issam al Idlibi, a volunteer civil defence worker, told
/// Reuters`: a name the entity stage took for neither person nor body
/// named no speaker, and the quote went to the report of the sentence
/// before it (`Video footage ... showed`).
#[test]
fn a_name_tagged_misc_before_told_speaks_the_quote_before_it() {
    let text = "Video footage by activists showed civilians being treated in a hospital.  \
                \"We are still pulling bodies from the rubble,\" Issam al Idlibi, a volunteer \
                civil defence worker, told Reuters.";
    assert_sole_direct_quote_speaker(text, "Issam al Idlibi");
}

/// `said research analyst Robin Vanstraalen`, `says consultant and author
/// Peter York`: a noun that names speakers (`research`, `consultant`)
/// right after the cue was taken as the speaker, though it opens the role
/// of the person named after it.
#[test]
fn a_speaker_noun_opening_a_role_after_said_gives_way_to_the_person_named() {
    for (text, name) in [
        (
            "“I think there will be a lot of negotiations,” said research analyst Robin \
             Vanstraalen.",
            "Robin Vanstraalen",
        ),
        (
            "“Reviving a brand is very difficult indeed,” says consultant and author Peter York.",
            "Peter York",
        ),
    ] {
        assert_sole_direct_quote_named(text, name);
    }
}

/// `“Q.” According to earlier reports as Trump was interviewed ...`: a
/// name after a subordinator opens a clause of its own, and holds no role
/// the words before it name.
#[test]
fn a_name_after_a_subordinator_is_no_role_holder_of_the_speaker_noun_before_it() {
    let text = "“We will return to him with this question,” said officials as Trump was \
                interviewed on Fox News.";
    assert_sole_direct_quote_named(text, "officials");
}

/// `Each prototype is expected to cost ..., the government notice said`:
/// the agentless passive and the postposed attribution reported the same
/// words, and the first report of them, the passive's with no speaker,
/// stood; the notice's was dropped.
#[test]
fn a_report_with_a_speaker_stands_over_a_speakerless_one_of_the_same_words() {
    let text = "Each prototype is expected to cost between $200,000 and $500,000, the \
                government notice said.";
    assert_content_speaker_name(
        text,
        "Each prototype is expected to cost between $200,000 and $500,000",
        "the government notice",
    );
}

/// `George Osborne has been appointed editor ..., its owner Evgeny Lebedev
/// said`: a possessive before the speaker's role hid the attribution
/// after the comma, so the passive's content ran on through it.
#[test]
fn a_possessive_role_after_a_comma_opens_an_attribution_of_its_own() {
    let text = "George Osborne has been appointed editor of the London Evening Standard, its \
                owner Evgeny Lebedev said.";
    let doc = annotate(text);
    let contents: Vec<_> = quotes(&doc)
        .iter()
        .filter_map(|q| q.content.text(text))
        .collect();
    assert_eq!(
        contents,
        ["George Osborne has been appointed editor of the London Evening Standard"],
        "{:#?}",
        quotes(&doc)
    );
    assert_content_speaker_name(
        text,
        "George Osborne has been appointed editor of the London Evening Standard",
        "Evgeny Lebedev",
    );
}

/// `A spokesman said` and `The Trump administration said` opening their
/// sentences kept their capitals (`A` was too short to count, and a
/// capitalised word inside read as a name), so a corpus summed up by
/// speaker counted them apart from `a spokesman` and `the Trump
/// administration`; a name keeps its own (`The White House`).
#[test]
fn a_determiner_capitalised_by_its_sentence_start_is_named_in_lower_case() {
    let text = "The plan was passed. A spokesman said it would fail. The Trump administration \
                said it was fair.";
    assert_speaker_names(
        text,
        &[Some("a spokesman"), Some("the Trump administration")],
    );
}

/// `Critics say ...` opening a sentence, in an article that never wrote
/// `critics` in lower case, named its speakers `Critics`, apart from the
/// `critics` of other articles; a name stays as written (`Limbaugh`).
#[test]
fn a_plural_speaker_noun_capitalised_by_its_sentence_start_is_named_in_lower_case() {
    let text = "The plan was passed on Monday. Critics say it will fail. Police said two men \
                were held. Limbaugh said it was a disgrace. Republicans said it was fair.";
    assert_speaker_names(
        text,
        &[
            Some("critics"),
            Some("police"),
            Some("Limbaugh"),
            Some("Republicans"),
        ],
    );
}

/// `Queen Sirikit` was named `Sirikit`, of no known gender, so `she`
/// went to the last person before it; `Pope Francis` was `Francis`.
#[test]
fn a_royal_title_stays_in_the_speakers_name_and_marks_their_gender() {
    let text = "King Bhumibol met Queen Sirikit and Pope Francis in Rome on Monday. “We spoke \
                of peace,” she said. Later, Francis said he was glad.";
    assert_speaker_names(text, &[Some("Queen Sirikit"), Some("Pope Francis")]);
}

/// Dai (RTÉ): the entity model read `Taoiseach` as a name of its own
/// (an organisation 56 times, a person 25), so `the Taoiseach said` was
/// said by `Taoiseach`; a title alone is a description of the person it
/// titled.
#[test]
fn the_taoiseach_is_the_person_the_article_titled_so() {
    let text = "Taoiseach Enda Kenny met the unions in Dublin on Monday. Asked about the \
                border, the Taoiseach said the solution would not be a hard border.";
    assert_cue_speaker_name(text, "said", "Enda Kenny");
}

/// The cluster stage linked `he` to the first person of the sentence
/// before (Terney, the officer spoken of), not to the one who had just
/// spoken.
#[test]
fn a_pronoun_that_says_a_quote_goes_on_with_the_last_speaker() {
    let text = "Officer Justin Terney died overnight, Police Chief J.R. Kidney said. Terney \
                had only graduated from the academy last summer, Kidney said. “He was a very \
                young officer,” he said.";
    assert_sole_direct_quote_named(text, "J.R. Kidney");
}

/// A quote of several sentences lay between `he added:` and the next
/// `He said`, whose pronoun the cluster stage then linked to no one: the
/// pronoun goes on with the speaker of the quote it follows.
#[test]
fn a_pronoun_right_after_a_long_quote_goes_on_with_its_speaker() {
    let text = "Mr Lane told the court that he had found Miss Grice's body. He said he had \
                gone round to find out why she had not left for work and he added: \"I saw her \
                slumped against the bed. She wasn't moving. I saw blood on the floor. \"She was \
                in her dressing gown. I thought she was dead.\" He said he saw no signs of \
                fire.";
    assert_content_speaker_name(text, "he saw no signs of fire", "Lane");
}

/// The cluster stage looked six sentences back for the person a `he`
/// stands for, and a quote of six sentences used them all up: the `he`
/// that says it stands for the person of the sentence that introduced it.
#[test]
fn a_pronoun_after_a_quote_of_many_sentences_stands_for_the_person_before_it() {
    let text = "Tawfiq Abu Hadawa is 78. The wall was completed in 2005 and Abu Hadawa has \
                not returned to the land since then. \"For us, having the land meant having \
                everything. We had wheat and vegetables. The cattle meant cheese and milk. \
                Before, if we needed flour, we had it. If we needed milk, we had it. Losing the \
                land meant losing the way of life that came with it,\" he says.";
    assert_sole_direct_quote_named(text, "Tawfiq Abu Hadawa");
}

/// `“Q1,”?Levinson wrote. Warren welcomed the “Q2”?in ...` (characters
/// lost after the marks): the two quotes were joined as Levinson's, and
/// the `she` of the next sentence went on with him past Warren. Someone
/// else named since the last speaker's mention keeps the pronoun from
/// going on with them past their quote.
#[test]
fn a_pronoun_does_not_go_on_past_the_last_speaker_s_quote_when_another_is_named() {
    let text = "Dwindling numbers of consumers enrolled in any insurance undermines an \
                affordable risk pool \"We will conduct a fact-finding review of outreach efforts \
                related to marketplace enrollment in 2017,\"?HHS Inspector General Daniel \
                Levinson wrote in the letter to the senators. Warren welcomed the \"independent \
                review of the Trump administration's decision to cut off efforts to enroll \
                people\"?in the Affordable Care Act. The health deparment's \"move to halt \
                outreach for ACA enrollment could contribute to weakening healthcare \
                marketplaces,\"?she added.";
    assert_cue_speaker_name_is_not(text, "added", "Daniel Levinson");
}

/// Dai: `Tim Farron said ... Meanwhile, former Prime Minister Sir John
/// Major has criticised what he calls “Q”`: the `he` of the next sentence
/// went on with Farron, the last speaker, past the person its own
/// sentence names before it.
#[test]
fn a_pronoun_does_not_go_on_with_the_last_speaker_past_a_person_its_sentence_names() {
    let text = "Tim Farron said he will continue to campaign for a referendum on the deal. \
                Meanwhile, former Prime Minister Sir John Major has criticised what he calls \
                \"ultra Brexiteers\" within the Conservative Party.";
    assert_cue_speaker_name(text, "calls", "John Major");
}

/// A speaker in a clause the sentence is not about (`after Trump said`),
/// or the one spoken to (`She told Boyce`), is not whom the pronoun after
/// stands for.
#[test]
fn a_pronoun_does_not_go_on_with_a_subordinate_speaker_or_the_one_addressed() {
    let text = "Ahmed Aboul-Gheit issued a warning on Thursday after Donald Trump said his \
                administration was considering it. He said the move would have dangerous \
                consequences.";
    assert_content_speaker_name(
        text,
        "the move would have dangerous consequences",
        "Ahmed Aboul-Gheit",
    );
    let text = "Mary Klages downplayed her concerns, Larissa Boyce said in an interview. She \
                told Boyce she must have misunderstood.";
    assert_cue_speaker_name_is_not(text, "told", "Larissa Boyce");
}

/// `an FSA commander ... told Al Jazeera. He said ...`: the pronoun went
/// to Erdogan, named in a line before; it is the unnamed commander's.
#[test]
fn a_pronoun_goes_on_with_an_unnamed_speaker_described_by_a_role() {
    let text = "Turkish army will press on to Raqqa, says Erdogan. \"Most of al-Bab has been \
                liberated,\" an FSA commander also told Al Jazeera. He said the advance in the \
                city was slow.";
    assert_content_speaker_name(text, "the advance in the city was slow", "an FSA commander");
}

/// `the spokesman` went to the salient person, often the one he speaks
/// for (Theresa May); it stands for the person a spokesman role
/// introduced, however written, or for no one.
#[test]
fn a_spokesman_is_the_person_the_role_introduced_not_the_one_spoken_for() {
    let text = "Mrs May had always said she would act by the end of March. \"We have met that \
                timetable,\" the spokesman said.";
    assert_sole_direct_quote_named(text, "the spokesman");
    let text = "The incident is awkward, Russian Presidential Spokesman, Dmitry Peskov, told \
                reporters on Tuesday. Putin met Trump later. \"This is an insult,\" the \
                presidential spokesman said.";
    assert_sole_direct_quote_named(text, "Dmitry Peskov");
}

/// `A senior White House adviser said ... the senior adviser confirmed`:
/// the description goes back to the unnamed adviser, not to the salient
/// person (Melania Trump).
#[test]
fn a_description_introduced_unnamed_with_more_words_stays_unnamed() {
    let text = "Melania Trump attended the speech. A senior White House adviser said the same \
                advisers wrote it. \"It was a team effort,\" the senior adviser said.";
    assert_sole_direct_quote_named(text, "the senior adviser");
}

/// `It is understood that ...` went to the organisation before it (the
/// Workplace Relations Commission): an impersonal passive names no one.
#[test]
fn an_impersonal_passive_is_said_by_no_one() {
    let text = "Managers and unions have resumed talks at the Workplace Relations Commission. \
                It is understood that the talks are focused on seeking savings. It has also \
                been widely reported that a deal is close.";
    let doc = annotate(text);
    for cue in ["understood", "reported"] {
        let quote = quote_with_cue(&doc, text, cue);
        assert_eq!(quote.speaker, None, "{quote:#?}");
        assert!(quote.unattributed.is_some(), "{quote:#?}");
    }
}

/// `The committee said ... It said ...` went to the United Kingdom, the
/// last place named; a run of `it said` goes on with the body that spoke.
#[test]
fn it_goes_on_with_the_body_that_said_the_quote_before() {
    let text = "The committee said the department had changed its tone since the Brexit vote \
                in the United Kingdom. It said this was an important shift. It also said aid \
                should be published.";
    assert_speaker_names(
        text,
        &[
            Some("the committee"),
            Some("the committee"),
            Some("the committee"),
        ],
    );
}

/// `The government said ... It said ...`: `government` heads a source in
/// too few PolNeAR sentences to count as a noun that names speakers, and
/// `it` went to no one; a noun that heads organisations' names is a body
/// too.
#[test]
fn it_goes_on_with_a_body_named_by_the_head_of_organisations_names() {
    let text = "The government said aid spending had to be accountable. It said it would not \
                shy away from tough choices.";
    assert_speaker_names(text, &[Some("the government"), Some("the government")]);
}

/// Dai: `Following the meeting, the company said ... It said ...` and
/// `..., the bureau said. ..., it said.`: a description after a comma was
/// taken for an apposition to a name, and `it` went to no one. Only a
/// comma right after a name sets a description in apposition.
#[test]
fn it_goes_on_with_a_body_described_after_a_comma_that_follows_no_name() {
    let text = "Following the meeting, the company said in a statement that it was unable to \
                sign off on the accounts. It said its staff had refused the plan.";
    assert_speaker_names(text, &[Some("the company"), Some("the company")]);
    let text = "Consumption of crude oil increased by 5.5 percent, the bureau said. Overall \
                consumption of electricity rose by 5 percent, it said.";
    assert_speaker_names(text, &[Some("the bureau"), Some("the bureau")]);
}

/// `“Q,” the source said. He added ...`: a source is one person, whom
/// the `he` after their quote goes on with.
#[test]
fn a_pronoun_goes_on_with_an_unnamed_source() {
    let text = "\"A probe has been initiated into a video,\" the source said. He added that the \
                police were set to find the owner.";
    assert_content_speaker_name(
        text,
        "that the police were set to find the owner",
        "the source",
    );
}

/// `US officials say ... They are sceptical ...`: `they` went to the
/// Islamic State, the last organisation named; it is the officials'.
#[test]
fn they_goes_on_with_the_group_that_said_the_quote_before() {
    let text = "US officials say intelligence suggests Islamic State is based in Nangarhar. They \
                said the group had lost ground.";
    assert_content_speaker_name(text, "the group had lost ground", "US officials");
}

/// `Employees reported ... They also told Racked ...`: a group whose noun
/// opens its sentence, and so is capitalised, was not taken for a group,
/// and `they` went to no one.
#[test]
fn they_goes_on_with_a_group_named_at_the_start_of_a_sentence() {
    let text = "A handful of former and current staff spoke to Racked. Employees reported that \
                their paid time off was abruptly decreased. They also told Racked that the \
                health care plans were poor.";
    assert_content_speaker_name(text, "that the health care plans were poor", "employees");
}

/// `Alexey Navalny, a prominent Russian opposition figure who has
/// announced ...`: the speaker was named `who`.
#[test]
fn a_relative_pronoun_after_an_apposition_names_the_person_before_it() {
    let text = "The investigation was conducted by a foundation headed by Alexey Navalny, a \
                prominent Russian opposition figure who has announced his intention to run in \
                the 2018 election.";
    assert_cue_speaker_name(text, "announced", "Alexey Navalny");
}

/// A DW share bar inside flattened text was tagged as an organisation and
/// named the speaker of the quotes after it, and a report in the sentence
/// it opened was lost.
#[test]
fn a_share_bar_in_flattened_text_is_no_speaker_and_hides_no_report() {
    let text = "Claims rose on the premiums paid by clients. Send Facebook Twitter Google+ \
                Whatsapp Tumblr linkedin stumble Digg reddit Newsvine Permalink \
                http://dw.com/p/2W1pc While profits were lower last year, Munich Re said it \
                would increase its dividend to 8.60 euros per share.";
    let doc = annotate(text);
    let said = quote_with_cue(&doc, text, "said");
    assert_eq!(
        said.content.text(text),
        Some("it would increase its dividend to 8.60 euros per share"),
        "{said:#?}"
    );
    assert_eq!(said.speaker_name.as_deref(), Some("Munich Re"), "{said:#?}");
    assert!(quotes(&doc).iter().all(|q| !q
        .speaker_name
        .as_deref()
        .unwrap_or("")
        .contains("Facebook")));
}

/// `told the Senate intelligence committee he was`: the mention of the
/// Senate ended the addressee, and the rest of it (`intelligence
/// committee he was ...`) was read as what was said.
#[test]
fn an_addressee_a_name_modifies_is_not_what_was_said() {
    assert_report(
        "Comey told the Senate intelligence committee he was \"mildly nauseous\" about it.",
        "told",
        "he was \"mildly nauseous\" about it",
        "Comey",
    );
}

/// `They wouldn't tell the I.R.S. anything it doesn't already know`: the
/// pronoun after the addressee is what is told, not the addressee's head
/// noun.
#[test]
fn an_indefinite_pronoun_after_an_addressee_is_what_was_said() {
    let text = "Mr. Trump's accountants know the numbers. They wouldn't tell the I.R.S. anything it doesn't already know.";
    assert_no_content_starting_with(text, "it doesn't");
}

/// `“Q,” a Facebook user wrote`: once the entity model tagged `Facebook`
/// as an organisation, the quote went to Facebook, the name inside the
/// speaker's noun phrase, not to the user.
#[test]
fn a_name_modifying_the_noun_of_a_speaker_after_a_quote_is_not_the_speaker() {
    assert_sole_direct_quote_speaker(
        "Facebook Inc. said on Monday it would act. \"Finally it is over,\" a Facebook user wrote in one typical comment online.",
        "a Facebook user",
    );
}

/// `China said Saturday it would halt ...`: the day after the cue opened
/// the content; in a short sentence (`Katie Walsh said Thursday she
/// decided to make the move.`) the day read as all the cue reported, and
/// the report was dropped.
#[test]
fn a_day_after_the_cue_is_no_part_of_what_was_said() {
    assert_report(
        "China said Saturday it would halt all coal imports from North Korea.",
        "said",
        "it would halt all coal imports from North Korea",
        "China",
    );
    assert_report(
        "Katie Walsh said Thursday she decided to make the move.",
        "said",
        "she decided to make the move",
        "Katie Walsh",
    );
}

/// `He will be having dinner ... with Secretary of State Rex Tillerson
/// ..., he told reporters.`: the pronoun that attributes the words
/// before it took the first person they name; the speaker is someone
/// named before them. A sentence that opens with its speaker keeps it.
#[test]
fn a_pronoun_after_what_it_attributes_is_no_one_those_words_name() {
    assert_report(
        "President Donald Trump spoke to reporters on Friday. He will be having dinner Thursday night with Secretary of State Rex Tillerson and casino magnate Sheldon Adelson, he told reporters.",
        "told",
        "He will be having dinner Thursday night with Secretary of State Rex Tillerson and casino magnate Sheldon Adelson",
        "Donald Trump",
    );
    assert_report(
        "The Justice Department spoke to reporters. Attorney General Jeff Sessions recused himself from any probes related to the campaign, he said Thursday.",
        "said",
        "Attorney General Jeff Sessions recused himself from any probes related to the campaign",
        "Jeff Sessions",
    );
}

/// `The Grasse town hall said in a statement, “Q”`: the name that
/// modifies the subject's head noun took the quote; the town hall said
/// it. A name the verb follows after an adverb stays the speaker.
#[test]
fn a_name_modifying_the_subject_s_head_noun_is_not_the_speaker() {
    assert_sole_direct_quote_speaker(
        "The Grasse town hall said in a statement, \"Two pupils shot at the principal.\"",
        "The Grasse town hall",
    );
    assert_sole_direct_quote_speaker(
        "The United States now says, \"We will act.\"",
        "United States",
    );
}

/// `“Q.” Hussein faces the allegation of ...`: a cue word within three
/// words of the name after a quote made the name its speaker, though
/// after `the` the word is a noun and the sentence the writer's.
#[test]
fn a_cue_noun_after_the_name_past_a_quote_attributes_nothing() {
    assert_sole_direct_quote_has_no_speaker(
        "\"The network condemns arresting journalists.\" Hussein faces the allegation.",
    );
}

/// `“Q,” Clara Brandi of the German Development Institute told DW`: the
/// body a person was placed in stood between the name and the cue, and
/// took the quote as the nearest mention before the cue.
#[test]
fn a_person_placed_in_a_body_after_a_quote_says_it_not_the_body() {
    for (text, name) in [
        (
            "“We see worrying tendencies,” Clara Brandi of the German Development Institute \
             told DW.",
            "Clara Brandi",
        ),
        (
            "“He is rhythm supreme,” Keith Richards of the Rolling Stones once said of Berry.",
            "Keith Richards",
        ),
    ] {
        assert_sole_direct_quote_named(text, name);
    }
}

/// `a spokeswoman for Tyrol police said`: one who speaks for a body is
/// no person placed in it, and the body stays the speaker.
#[test]
fn a_spokeswoman_for_a_body_after_a_quote_leaves_the_body_the_speaker() {
    let text = "“Four of them were able to free themselves,” a spokeswoman for Tyrol police said.";
    assert_sole_direct_quote_named(text, "Tyrol police");
}

/// `Dov Khenin of the Arab Joint List said`: the body after `of the` was
/// the nearest mention before the cue that no preposition governs, so it
/// took the report of the person named before it.
#[test]
fn a_person_of_the_body_named_before_a_cue_is_its_subject() {
    for (text, name) in [
        (
            "Dov Khenin of the Arab Joint List said the bill was racist.",
            "Dov Khenin",
        ),
        (
            "Mick Jagger of the Rolling Stones said he was sad.",
            "Mick Jagger",
        ),
    ] {
        assert_cue_speaker_name(text, "said", name);
    }
}

/// `Stefan Kapferer, Managing Director of the Federal Association ...
/// told DW`: the entity model takes the title for a name, which is no
/// person to give the report to.
#[test]
fn a_title_taken_for_a_name_before_a_body_is_no_subject() {
    let text = "And not by renewables, which does not, the article continued, bode well for \
                national plans. Stefan Kapferer, Managing Director of the Federal Association of \
                the Energy and Water Industry-(BDEW) told DW that January was marked by \
                lower-than-average temperatures.";
    assert_cue_speaker_name_is_not(text, "told", "Managing Director");
}

/// `..., said three people who have worked with the company.`, `...,
/// said two diplomats.`: a group of people that the cue lexicon finds
/// too common a noun to head sources made no speaker after an inverted
/// cue, and the group was taken for the content of a report of the
/// mention before the comma (`the Kochs`), or nothing was found.
#[test]
fn a_group_of_people_after_an_inverted_said_is_the_speaker() {
    for (text, content, name) in [
        (
            "Maintaining this distinction is deeply important to the Kochs, said three people \
             who have worked with the company.",
            "Maintaining this distinction is deeply important to the Kochs",
            "three people",
        ),
        (
            "The plan is dead, said two diplomats.",
            "The plan is dead",
            "two diplomats",
        ),
        (
            "The plan is dead, said people familiar with the matter.",
            "The plan is dead",
            "people",
        ),
    ] {
        assert_content_speaker_name(text, content, name);
    }
}

/// `Chang Jiwen, deputy director of the Institute ... at the State
/// Council Development Research Center, a high-level think tank, agrees`:
/// of an apposition in several parts, the subject was taken from before
/// its last comma, the body or place ending the first part (71 reports
/// of the Dai corpus, nearly all wrong).
#[test]
fn a_person_before_an_apposition_of_several_parts_is_the_subject() {
    for (text, cue, name) in [
        (
            "Nikos Katsadoros, a psychiatrist with Klimaka, a suicide prevention NGO that runs \
             a helpline in Greece, said that people are often shouldered with debt.",
            "said",
            "Nikos Katsadoros",
        ),
        (
            "Bob Clifford, a local on a grocery run in Albany, New York State, said the town \
             was quiet.",
            "said",
            "Bob Clifford",
        ),
        (
            "Zhang Yu, a 28-year-old woman who works in Nanjing, Jiangsu province, says some \
             residents complained to the inspectors.",
            "says",
            "Zhang Yu",
        ),
    ] {
        assert_cue_speaker_name(text, cue, name);
    }
}

/// `Hussein, an Egyptian who lives in Doha, was stopped, questioned and
/// detained`: a verb outside a relative clause ends the apposition, and
/// what the passive lists is no report of the person before it.
#[test]
fn a_passive_after_a_name_and_its_apposition_is_no_report_of_the_name() {
    let text = "Hussein, an Egyptian who lives in the Qatari capital of Doha, was stopped, \
                questioned and detained by the Egyptian authorities on December 20 after \
                arriving at Cairo's international airport for a holiday.";
    let doc = annotate(text);
    assert!(
        quotes(&doc)
            .iter()
            .all(|q| q.speaker_name.as_deref() != Some("Hussein")),
        "{:#?}",
        quotes(&doc)
    );
}

/// `one local resident told CNN he thought Trump's comments were "spot
/// on"`: the noun phrase before a cue is its subject when a clause
/// follows, but a clause after the person told was not looked for, and
/// the report went to `Stockholm`, named earlier in the sentence.
#[test]
fn a_noun_phrase_subject_is_found_past_the_person_told() {
    let text = "After the riots broke out here, a short drive from the center of Stockholm, \
                one local resident told CNN he thought the comments were right.";
    assert_cue_speaker_name(text, "told", "one local resident");
}

/// `environmentalists have taken to the streets amid worries they could
/// roll back ...`, `The longest night in the year also signals that ...`:
/// the words right before a cue that a preposition governs were taken
/// for its subject (`the streets amid`, `the year`).
#[test]
fn a_noun_phrase_governed_by_a_preposition_is_no_subject() {
    for text in [
        "As climate deniers are poised to serve in Trump's administration, environmentalists \
         have taken to the streets amid worries they could roll back environmental protections.",
        "The longest night in the year also signals that, from there on, the daylight hours \
         will only get lengthier.",
    ] {
        let doc = annotate(text);
        for quote in quotes(&doc) {
            let speaker = quote.speaker.and_then(|s| s.text(text));
            assert!(
                !matches!(speaker, Some("the streets amid" | "the year")),
                "{text}: {quote:#?}"
            );
        }
    }
}

/// `In a strange scene at the White House on Friday, Trump boasted ...,
/// asking him if he was coming`: the subject of a participle cue is the
/// main clause's, the sentence's first mention that no preposition
/// governs; the entity leaves out the `the` after `at`, so `White House`
/// passed for ungoverned.
#[test]
fn a_participle_cue_skips_a_place_after_a_preposition_and_its_determiner() {
    for (text, name) in [
        (
            "At the White House on Friday, Trump praised the plan, saying it would create jobs.",
            "Donald Trump",
        ),
        (
            "Speaking at the United Nations, Haley criticized Russia, saying it had failed.",
            "Nikki Haley",
        ),
    ] {
        assert_cue_speaker_name(text, "saying", name);
    }
}

/// `Kelcy Warren, the CEO of the firm, has said that ...`: an auxiliary
/// or adverb between an apposition's closing comma and the cue hid the
/// apposition, and the report was lost or went to a mention inside it.
#[test]
fn an_apposition_before_an_auxiliary_and_its_cue_keeps_the_subject() {
    for (text, name) in [
        (
            "Kelcy Warren, the CEO of the firm, has said that the concerns are unfounded.",
            "Kelcy Warren",
        ),
        (
            "Kelcy Warren, the CEO of Energy Transfer Partners, the Texas-based developer behind \
             the project, has repeatedly said that concerns about the pipeline are unfounded.",
            "Kelcy Warren",
        ),
    ] {
        assert_cue_speaker_name(text, "said", name);
    }
}

/// `Donald Trump's chief strategist, Steve Bannon, pounced on the media
/// ..., repeating his attack`: the subject of a participle cue was the
/// sentence's first mention, the possessor, not the person it employs
/// (`the White House's press secretary, Sean Spicer, ..., saying` went
/// to the White House, `US President Donald Trump` to the US).
#[test]
fn a_participle_cue_goes_to_the_person_a_possessor_employs() {
    for (text, cue, name) in [
        (
            "Donald Trump's chief strategist, Steve Bannon, pounced on the media on Thursday, \
             repeating his attack that the press is the opposition party.",
            "repeating",
            "Steve Bannon",
        ),
        (
            "Russia's foreign minister Sergei Lavrov criticized the report, saying it was false.",
            "saying",
            "Sergei Lavrov",
        ),
    ] {
        assert_cue_speaker_name(text, cue, name);
    }
}

/// `“Q,” Claire Jakobsson from the manufacturers' organization EEF said`:
/// words between `the` and the body's name hid the body a person is
/// placed in, and the quote lost its speaker.
#[test]
fn a_body_with_modifiers_before_its_name_places_the_person_before_it() {
    let text = "\"The policy is wrong,\" Claire Jakobsson from the manufacturers' organization \
                EEF said.";
    assert_sole_direct_quote_named(text, "Claire Jakobsson");
}

/// `Less than two hours after a federal judge ruled that ..., the
/// president slammed the decision as “Q”`: a subordinate clause opening
/// its sentence after a measure of time was not seen as one, so the
/// report of its cue ran on through the main clause to the quote's
/// closing mark.
#[test]
fn a_subordinate_clause_after_a_measure_of_time_ends_its_report_at_its_comma() {
    let text = "Less than two hours after a federal judge ruled that the ban was unlawful, the \
                president slammed the decision as \"an unprecedented judicial overreach.\"";
    assert_cue_content(text, "ruled", "that the ban was unlawful");
}

/// `After a judge issued an order on the ban, the president slammed the
/// decision as “Q”`: the partial quote took the first cue of its
/// sentence, in the opening subordinate clause.
#[test]
fn a_partial_quote_in_a_main_clause_takes_no_cue_of_the_opening_subordinate_clause() {
    let text = "After a judge issued an order on the ban, the president slammed the decision as \
                \"an unprecedented judicial overreach.\"";
    assert_content_speaker_name(
        text,
        "\"an unprecedented judicial overreach.\"",
        "the president",
    );
}

/// `South Sudan's president said`, `Trump's spokesman said`: a role
/// after a possessive had no determiner, so its owner spoke.
#[test]
fn a_role_after_a_possessive_speaks_not_its_owner() {
    for (text, speaker) in [
        (
            "South Sudan's president said the deal was good.",
            "South Sudan's president",
        ),
        (
            "Trump's spokesman said the ban was temporary.",
            "Trump's spokesman",
        ),
    ] {
        assert_cue_speaker(text, "said", speaker);
    }
}

/// The guards of the possessive role: a name in apposition still speaks
/// (`Medvedev's spokeswoman, Natalya Timakova, told`), a contracted `is`
/// owns nothing (`That's why officials said`), and a role that modifies
/// the noun after it heads no phrase (`Trump's executive order says`).
#[test]
fn a_possessive_role_leaves_names_contractions_and_modifiers_alone() {
    assert_cue_speaker_name(
        "Medvedev's spokeswoman, Natalya Timakova, told RIA Novosti the video was pointless.",
        "told",
        "Natalya Timakova",
    );
    assert_cue_speaker(
        "That's why officials said the plan was good.",
        "said",
        "officials",
    );
    assert_cue_speaker(
        "Trump's executive order says the ban is temporary.",
        "says",
        "Trump",
    );
}

/// `The army spokesman, Maj. Gen. Asif Ghafoor, said`: titles before the
/// name in apposition hid the name, and the description spoke.
#[test]
fn a_name_with_titles_in_apposition_after_a_description_speaks() {
    assert_cue_speaker_name(
        "The army spokesman, Maj. Gen. Asif Ghafoor, said the attack was planned abroad.",
        "said",
        "Asif Ghafoor",
    );
}

/// `The High Court was told the woman, who ..., is frail`, `she was told
/// she would have to wait`: the words after a passive `told` were taken
/// for its addressee, and the report lost its subject.
#[test]
fn a_passive_told_reports_the_clause_after_it_whole() {
    for (text, content) in [
        (
            "The case was heard on Monday. The High Court was told the woman, who cannot be \
             identified, is physically frail.",
            "the woman, who cannot be identified, is physically frail",
        ),
        (
            "Upon arrival, she was told she would have to wait six weeks.",
            "she would have to wait six weeks",
        ),
    ] {
        let doc = annotate(text);
        let report = quote_with_cue(&doc, text, "told");
        assert_eq!(report.content.text(text), Some(content), "{report:#?}");
    }
}

/// `“Q1,” Waxman said. “Q2.” Peace talks stalled during the Obama
/// administration.`: the mention after a cue word in the next sentence
/// took the quote, though the cue did not come first (`“Q.” said X`).
#[test]
fn a_quote_ending_its_sentence_is_not_said_by_a_name_after_the_next_sentences_verb() {
    let text =
        "\"There is some movement,\" Waxman said. \"There is some discussion about bringing \
                in more regional actors.\" Peace talks stalled during the Obama administration.";
    assert_speaker_names(text, &[Some("Waxman")]);
}

/// `“Q2.” The Senate committee sought Kushner, who ...`, `“Q2.” The
/// observation was noted in the journal`: the next sentence, an act on
/// an object or a passive, is the writer's; the quote continues the
/// speaker before.
#[test]
fn a_quote_ending_its_sentence_is_not_said_by_the_subject_of_the_writers_next_sentence() {
    for (text, name) in [
        (
            "\"He is the main point of contact,\" the spokesman told CNN. \"He has volunteered to \
             speak with the committee.\" The Senate committee sought Kushner, who is a key \
             adviser, as part of its probe.",
            "the spokesman",
        ),
        (
            "\"We have witnessed a spectacular demise,\" said Lin in a statement. \"None \
             remained bright for as long as this one.\" The observation was noted in the journal \
             Nature Astronomy.",
            "Lin",
        ),
    ] {
        let doc = annotate(text);
        let direct = direct_quotes(&doc);
        assert_eq!(direct.len(), 1, "{direct:#?}");
        assert_eq!(direct[0].speaker_name.as_deref(), Some(name), "{direct:#?}");
        assert_eq!(direct[0].fragments.len(), 2, "{direct:#?}");
    }
}

/// A round-up of reactions, each a speaker's label and a colon (`Sen. Bob
/// Corker (R-Tenn.): “Q”`): the quotes had no cue, so they went to a
/// speaker of an earlier paragraph, or to none.
#[test]
fn a_speaker_label_before_a_colon_names_who_says_the_quote() {
    let text = "The reactions follow.\n\nSen. Bob Corker (R-Tenn.): \"This budget \
                is going nowhere.\"\n\nREP. NANCY PELOSI, House Democratic leader, on the report: \
                \"They are running away from the facts.\"\n\nAndrew Bingham, committee member: \"The \
                issues of the game, which we love, are destroying faith.\"";
    assert_speaker_names(
        text,
        &[
            Some("Bob Corker"),
            Some("NANCY PELOSI"),
            Some("Andrew Bingham"),
        ],
    );
}

/// `Jim Barrow, from Worthing said: “Q”`: a verb after the name makes it
/// no label; the cue before the colon stays the quote's.
#[test]
fn a_name_with_a_verb_before_the_colon_is_no_speaker_label() {
    let text =
        "Jim Barrow, from Worthing said: \"One guy, who I assume was the pilot, was soaked.\"";
    assert_cue_speaker_name(text, "said", "Jim Barrow");
}

/// `told Al Jazeera:-"Q"`: in damaged text a hyphen stands for the space
/// after the colon. The cue was then too far from the quote, which went
/// to the speaker of the quote before, and an indirect report held it.
#[test]
fn a_hyphen_after_a_colon_before_a_quote_leaves_it_to_the_cue_before() {
    let text = "Kamal Hyder said: \"We are told that the toll will climb.\" Sikandar Mandhro, the \
                health minister, told Al Jazeera:-\"There was a huge crowd at the shrine.\"";
    assert_content_speaker_name(
        text,
        "\"There was a huge crowd at the shrine.\"",
        "Sikandar Mandhro",
    );
    assert_no_content_starting_with(text, "-");
}

/// `Claire Jakobsson from the manufacturers' organization EEF said: “Q”`:
/// `organization`, a speaker noun of its own, was taken for the body the
/// person is placed in, so EEF, the nearest subject, spoke.
#[test]
fn a_speaker_noun_before_a_body_name_does_not_hide_the_person_placed_in_it() {
    let text = "Claire Jakobsson from the manufacturers' organization EEF said: \"The policy is \
                wrong.\"";
    assert_sole_direct_quote_named(text, "Claire Jakobsson");
}

/// `Former Chief of Staff of the Russian Strategic Missile Forces Viktor
/// Yesin said`: the entity model leaves the forces untagged, so the first
/// mention after `of the` is the person, no body to place `Staff` (tagged
/// a person) in.
#[test]
fn a_person_after_of_the_is_no_body_of_the_title_before_it() {
    let text = "Former Chief of Staff of the Russian Strategic Missile Forces Viktor Yesin said \
                that the drills are big.";
    assert_cue_speaker_name(text, "said", "Viktor Yesin");
}

/// `..., the president of Paris Airports, Augustin de Romanet, told CNN.`:
/// read as an inverted attribution (`, said X.`), the verb of telling
/// made the one told, CNN, the speaker, and the speaker's own name part
/// of what was said (`told TASS`, `told Al Jazeera`: 20 such reports in
/// the Dai corpus). The subject is the name and description set off by
/// commas before the cue, in either order.
#[test]
fn the_one_told_after_a_comma_is_never_the_speaker() {
    for (text, content, name) in [
        (
            "Travel for about 2,000 people had been severely disrupted, the president of Paris \
             Airports, Augustin de Romanet, told CNN.",
            "Travel for about 2,000 people had been severely disrupted",
            "Augustin de Romanet",
        ),
        (
            "The deployment of THAAD in South Korea poses a threat to Russia, Russia's \
             ambassador to Seoul, Aleksandr Timonin, told TASS in an interview.",
            "The deployment of THAAD in South Korea poses a threat to Russia",
            "Aleksandr Timonin",
        ),
        (
            "Sylvia Farelas also survived, while her 22-year-old daughter Adine was killed, \
             Brandon Farelas, Sylvia's son, told KGO-TV.",
            "Sylvia Farelas also survived, while her 22-year-old daughter Adine was killed",
            "Brandon Farelas",
        ),
    ] {
        assert_content_speaker_name(text, content, name);
    }
}

/// `“Q,” said CNN political contributor Robin Oakley`: after a body, a
/// role had to end on a noun the lexicon knows to head speakers, so
/// `contributor` (or `meteorologist`) named no role and the body spoke.
#[test]
fn a_role_in_lower_case_between_a_body_and_a_name_makes_the_person_speak() {
    let text = "“The talks will be exhausting,” said CNN political contributor Robin Oakley.";
    assert_sole_direct_quote_named(text, "Robin Oakley");
}

/// `Imam Ismail Elshikh of the Muslim Association of Hawaii, a plaintiff
/// in the state's challenge, says`, `Chief Constable Bailey, the head of
/// Operation Hydrant, which is investigating ..., said`: a title before
/// the name, or the body it is placed in, hid the person opening the
/// clause from the apposition reading.
#[test]
fn a_titled_or_placed_person_before_a_long_apposition_is_the_subject() {
    for (text, cue, name) in [
        (
            "Imam Ismail Elshikh of the Muslim Association of Hawaii, a plaintiff in the state's \
             challenge, says the ban will keep his mother-in-law from visiting.",
            "says",
            "Ismail Elshikh",
        ),
        (
            "Chief Constable Bailey, the head of Operation Hydrant, which is investigating \
             multiple allegations across the UK, said he knew his view would cause nervousness.",
            "said",
            "Bailey",
        ),
    ] {
        assert_cue_speaker_name(text, cue, name);
    }
}

/// `“Q,” said the academy in awarding the $1.2m prize to Walcott`, `“Q,”
/// reads the letter, signed by Cummings and ...`: a description after the
/// cue gave way to the first person named in the sentence, though a
/// preposition governs that person.
#[test]
fn a_description_after_the_cue_keeps_the_quote_from_a_person_after_a_preposition() {
    let text = "“In him, West Indian culture has found its great poet,” said the academy in \
                awarding the $1.2m prize to Walcott.";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_ne!(quote.speaker_name.as_deref(), Some("Walcott"), "{quote:#?}");
    assert_sole_direct_quote_named(
        "“Even if he has divested, his family stands to benefit,” reads the letter, signed by \
         Cummings and Democratic Senator Elizabeth Warren.",
        "the letter",
    );
}

/// `“Q,” Trump's spokesman said` gave the quote to Trump: after a quote,
/// the owner named first was taken for the speaker, though before a cue
/// (`Trump's spokesman said: “Q”`) the role spoke. A statement the owner
/// issued is still the owner's.
#[test]
fn a_role_after_a_possessive_after_the_quote_speaks_not_its_owner() {
    assert_sole_direct_quote_speaker(
        "Donald Trump met Theresa May. \"We are close,\" Trump's spokesman said.",
        "Trump's spokesman",
    );
    assert_sole_direct_quote_speaker(
        "Elon Musk met Theresa May. \"We are close,\" Musk's statement added.",
        "Musk",
    );
}

/// `“Q1,” Theresa May told the House of Commons. “Q2,” he said.`: the
/// `he` went on with her, since the quote stage knew a speaker's gender
/// only by the pronouns linked to them; the cluster stage's gender (her
/// first name) now counts.
#[test]
fn a_pronoun_does_not_go_on_with_a_speaker_whose_name_marks_the_other_gender() {
    assert_cue_speaker_name_is_not(
        "\"It was a peripheral matter,\" Angela Merkel told reporters in Berlin. \"We know \
         it well,\" he said.",
        "said",
        "Angela Merkel",
    );
}

/// `Opponents said [X], but supporters say [Y]`, `did not supply an
/// estimate for his plans, though he said [Y]`: a content ended before a
/// report of its own only where the subject came right after the comma,
/// so a conjunction between them let the first report swallow the
/// second, speaker and all.
#[test]
fn a_report_ends_before_a_conjunction_opening_a_report_of_its_own() {
    let text = "Opponents said this would cause real damage to British business, but \
                supporters say the UK can live with the consequences.";
    assert_report(
        text,
        "said",
        "this would cause real damage to British business",
        "opponents",
    );
    assert_report(
        text,
        "say",
        "the UK can live with the consequences",
        "supporters",
    );
    let text = "Senator Jane Doe did not supply an overall cost estimate for her plans, \
                though she said budget reforms would help finance them.";
    assert_report(
        text,
        "said",
        "budget reforms would help finance them",
        "Jane Doe",
    );
}

/// `criticized the media in a speech and insisted there will be no
/// “backing down”`: a partial quote took the first cue of its sentence,
/// so the first report held it and ran on through the second verb's
/// clause, which was never reported.
#[test]
fn a_partial_quote_takes_the_verb_coordinated_nearest_before_it() {
    let text = "The senator criticized the media in a speech on Friday and insisted there \
                will be no \"backing down\" on the ban.";
    let doc = annotate(text);
    let partial = quote_where(&doc, |q| q.kind == QuoteKind::Partial);
    assert_eq!(
        partial.cue.and_then(|c| c.text(text)),
        Some("insisted"),
        "{partial:#?}"
    );
    assert_report(
        text,
        "insisted",
        "there will be no \"backing down\" on the ban",
        "the senator",
    );
}

/// `Following the elections, Clinton offered ... and encouraged`:
/// `following` (and `during`, `amid`, `despite`) was no preposition to
/// the subject search, so the noun after it was taken for the subject of
/// a later verb.
#[test]
fn a_noun_after_following_or_amid_is_no_subject() {
    let text = "Following the elections, Clinton offered to work with Trump and encouraged \
                her supporters to keep an open mind.";
    assert_cue_speaker(text, "encouraged", "Clinton");
    let text = "During his campaign, Donald Trump promised a wall, and later pledged to slap \
                tariffs on imports from China.";
    assert_cue_speaker(text, "pledged", "Donald Trump");
}

/// `“Q,” the news agency quoted the Turkish defence minister as saying`:
/// the quote went to the agency that relayed it, not to the minister;
/// the passive (`the minister was quoted by X as saying`) was right.
#[test]
fn a_quote_relayed_with_quoted_as_saying_is_the_quoted_ones() {
    let text = "\"There is progress in the talks,\" the news agency Anadolu quoted the \
                Turkish defence minister as saying.";
    assert_sole_direct_quote_speaker(text, "the Turkish defence minister");
    let text = "\"We are ready,\" the press service quoted film company head Rubens \
                Aranha as saying.";
    assert_sole_direct_quote_named(text, "Rubens Aranha");
    let text = "\"The systems will not be integrated,\" the defence minister was quoted by \
                the TV channel Haber 7 as saying.";
    assert_sole_direct_quote_speaker(text, "the defence minister");
}

/// `The company said profits rose but analysts said ...`: with no comma
/// before the conjunction, the first report ran on through the second.
#[test]
fn a_report_ends_before_a_conjunction_with_no_comma_opening_a_report_of_its_own() {
    let text = "The company said profits rose but analysts said the outlook was weak.";
    assert_report(text, "said", "profits rose", "the company");
    let doc = annotate(text);
    let second = quote_where(&doc, |q| {
        q.speaker.and_then(|s| s.text(text)) == Some("analysts")
    });
    assert_eq!(
        second.content.text(text),
        Some("the outlook was weak"),
        "{second:#?}"
    );
}

/// `did not give “Q,” but he said that the footage “supports what we
/// have heard”`: the words after a quote within its sentence were read
/// as its attribution (`“Q,” ... he said`), so the second report was
/// never made and its partial quote stood alone.
#[test]
fn a_conjunction_after_a_quote_opens_the_writers_clause_not_its_attribution() {
    let text = "Kerr Putney said that the footage did not give \"absolute definitive visual \
                evidence that would confirm that a person is pointing a gun,\" but he said \
                that the footage and other evidence \"supports what we have heard\" from the \
                officers.";
    let doc = annotate(text);
    let second = quote_where(&doc, |q| {
        q.kind == QuoteKind::Indirect && q.speaker.and_then(|s| s.text(text)) == Some("he")
    });
    assert_eq!(
        second.content.text(text),
        Some(
            "that the footage and other evidence \"supports what we have heard\" from the officers"
        ),
        "{second:#?}"
    );
    let partial = quote_where(&doc, |q| q.kind == QuoteKind::Partial);
    assert!(partial.within.is_some(), "{partial:#?}");
}

/// `Police said the man was armed while witnesses said he had no
/// weapon`: a subject that names no one the stages know (`witnesses`)
/// opened no report of its own, and the clause took the nearest mention
/// before the conjunction (`the man`) for its speaker; `the US but
/// critics say` read the subject back across `but`.
#[test]
fn a_plural_subject_after_a_conjunction_opens_a_report_of_its_own() {
    let text = "Police said the man was armed while witnesses said he had no weapon.";
    assert_report(text, "said", "the man was armed", "police");
    let doc = annotate(text);
    let second = quote_where(&doc, |q| q.content.text(text) == Some("he had no weapon"));
    assert_eq!(
        second.speaker.and_then(|s| s.text(text)),
        Some("witnesses"),
        "{second:#?}"
    );
    let text = "Trump insists the ban is needed to protect the US but critics say it \
                discriminates against Muslims.";
    assert_cue_speaker(text, "say", "critics");
    // Subjects joined by `and` open no clause: the first one still speaks.
    let text = "Activists and residents said there had been fewer strikes since December.";
    assert_cue_speaker(text, "said", "Activists");
}

/// `Sen. Al Franken, who asked Sessions about Russia at the hearing,
/// said ...`: the report of the relative clause ran on through the
/// comma that closes it, swallowing the main clause and its own report.
#[test]
fn a_report_in_a_relative_clause_set_off_by_commas_ends_at_its_comma() {
    let text = "Senator Al Franken, who asked Sessions about Russia at the hearing, said the \
                response was misleading.";
    assert_report(text, "said", "the response was misleading", "Al Franken");
    let text = "The senator, who said the plan would fail, voted against it.";
    assert_report(text, "said", "the plan would fail", "the senator");
    // The main clause may go on with an auxiliary (`has promised`), but
    // an auxiliary after a name in apposition goes on with the report.
    let text = "Dutch politician Geert Wilders, who says he is on a mission against the \
                Islamisation of the country, has promised to shut Dutch borders.";
    assert_report(
        text,
        "says",
        "he is on a mission against the Islamisation of the country",
        "Geert Wilders",
    );
    let text = "Fran Visco, president of the coalition, who said the last game-changing \
                drug, Herceptin, was approved nearly 20 years ago, spoke on Monday.";
    assert_report(
        text,
        "said",
        "the last game-changing drug, Herceptin, was approved nearly 20 years ago",
        "Fran Visco",
    );
}

/// `Officials said the attack killed 12 people, the state news agency
/// reported.`: a content ended before a report of its own only where a
/// mention opened it, and `the state news agency` (a description that a
/// noun naming speakers heads) did not, so the first report swallowed
/// the attribution after the comma.
#[test]
fn a_description_after_a_comma_opens_a_report_of_its_own() {
    let text = "Officials said the attack killed 12 people, the state news agency reported.";
    assert_report(text, "said", "the attack killed 12 people", "officials");
    assert_cue_speaker(text, "reported", "the state news agency");
    let text = "He said he would resign, a spokesman confirmed on Monday.";
    assert_report(text, "said", "he would resign", "he");
}

/// `Do you think the EU is doing enough in Macedonia?`, `How do you
/// counter that?`: an interviewer's question reported what `you` said.
#[test]
fn a_question_put_to_you_reports_nothing_you_said() {
    for text in [
        "Do you think the EU is doing enough in Macedonia and in the Balkans?",
        "Critics call the plan unfair. How do you counter that criticism of your plan?",
    ] {
        assert_no_speaker_reads(text, "you");
    }
}

/// `DuVernay said she felt ... because “Q,” she said`: the quote's
/// attribution made a report of the whole sentence before it, the first
/// report and its cue inside, so the first report was never scored.
#[test]
fn a_lead_in_that_opens_with_a_report_of_its_own_is_not_the_quote_s_clause() {
    let text = "DuVernay said she felt the 13th Amendment was worth examining because “most people don’t know about that loop-hole,” she said. “We have no context for the current moment.”";
    let doc = annotate(text);
    assert_no_content_starting_with(text, "DuVernay said");
    let report = quote_with_cue(&doc, text, "said");
    assert_eq!(report.within, None, "{report:#?}");
    assert_eq!(report.speaker.and_then(|s| s.text(text)), Some("DuVernay"));
    // A relative clause's verb right before the quote opens no report.
    let text =
        "Nothing the president said “will assuage people’s fears,” the Florida senator said.";
    let doc = annotate(text);
    let clause = quote_where(&doc, |q| q.kind == QuoteKind::Indirect);
    assert_eq!(
        clause.content.text(text),
        Some("Nothing the president said “will assuage people’s fears,”")
    );
}

/// `Cement makers, for instance, argue that ...`: an interjection set off
/// by commas stood between the subject and its cue, so the report had
/// no speaker and was left out.
#[test]
fn an_interjection_between_subject_and_cue_keeps_the_subject() {
    assert_report(
        "Cement makers, for instance, argue that imports from China grew to 40 percent.",
        "argue",
        "that imports from China grew to 40 percent",
        "Cement makers",
    );
    assert_report(
        "The makers, however, argued that the plan would fail.",
        "argued",
        "that the plan would fail",
        "the makers",
    );
    // A name after the cue is an inverted attribution's speaker.
    assert_no_speaker_reads(
        "There's always a solution, though, says Munoz, “it just depends on money and time.”",
        "a solution",
    );
}

/// `Deborah Jordan Reynolds - Santilli's girlfriend and co-host - told
/// The Washington Post that ...`: an apposition set off by dashes hid
/// the subject, and the report was left out.
#[test]
fn an_apposition_set_off_by_dashes_keeps_the_subject() {
    let text = "Deborah Reynolds - Santilli's girlfriend and co-host on his channel - told The Washington Post that Santilli's skepticism turned toward extreme views.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "told");
    assert_eq!(
        report.speaker.and_then(|s| s.text(text)),
        Some("Deborah Reynolds"),
        "{report:#?}"
    );
}

/// `..., falsely suggesting that Obama was born ...`: an adverb between
/// the comma and the participle hid the participle's report.
#[test]
fn a_participle_after_a_comma_and_an_adverb_reports_for_the_subject() {
    assert_report(
        "Trump has raised questions about the president's birthplace, falsely suggesting that Obama was born outside the United States.",
        "suggesting",
        "that Obama was born outside the United States",
        "Trump",
    );
}

/// `Schumer said ... that he has “serious, serious concerns” about
/// Gorsuch, saying he had deflected many questions`: the first report
/// ran on over the participle's, which the subject said on its own.
#[test]
fn a_participle_report_after_a_comma_ends_the_report_before_it() {
    let text = "Senate Democratic Leader Chuck Schumer said earlier this month that he has \"serious, serious concerns\" about Gorsuch, saying he had deflected many questions.";
    assert_report(
        text,
        "said",
        "that he has \"serious, serious concerns\" about Gorsuch",
        "Chuck Schumer",
    );
    assert_report(
        text,
        "saying",
        "he had deflected many questions",
        "Chuck Schumer",
    );
    // After an adverb too.
    let text =
        "Mr Musk declined to reveal their identities, only saying that they knew each other.";
    assert_no_content_starting_with(text, "their identities, only");
    assert_report(text, "saying", "that they knew each other", "Elon Musk");
}

/// `Rep. Jim Renacci (R-Ohio), a former tax lawyer, argued that ...`:
/// the party label in parentheses hid the name before the apposition,
/// and the apposition's own noun spoke.
#[test]
fn a_name_before_a_party_label_and_an_apposition_is_the_subject() {
    let text = "Rep. Jim Renacci (R-Ohio), a former tax lawyer, argued that the president's tax returns would not reveal any wrongdoing.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "argued");
    assert_eq!(
        report.speaker.and_then(|s| s.text(text)),
        Some("Jim Renacci"),
        "{report:#?}"
    );
}

/// `Roy Cooper called Friday for releasing the police videos`: a day
/// between the cue and its particle left the report without an object.
#[test]
fn a_day_between_a_cue_and_its_particle_keeps_the_object() {
    assert_report(
        "Roy Cooper called Friday for releasing the police videos.",
        "called",
        "releasing the police videos",
        "Roy Cooper",
    );
}

/// `Others find that argument less than convincing, pointing out that
/// ...`: the particle `out` was taken for the cue, and the participle
/// before it for the speaker.
#[test]
fn a_cue_s_particle_before_that_is_no_cue_of_its_own() {
    let text = "Others find that argument less than convincing, pointing out that science and politics have always been entangled.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "pointing");
    assert_eq!(
        report.content.text(text),
        Some("that science and politics have always been entangled"),
        "{report:#?}"
    );
    assert_eq!(report.speaker.and_then(|s| s.text(text)), Some("Others"));
    assert_no_cue(text, "out");
}

/// `prosecutors charged the officer with murder and Emanuel fired his
/// police chief, acknowledging that ...`: the participle went to the
/// sentence's first subject, not to the subject of the clause it closes.
#[test]
fn a_participle_after_conjoined_clauses_is_the_last_clause_s_subject() {
    let text = "Over the past two weeks, prosecutors charged the officer with murder and Emanuel fired his police chief, acknowledging that significant mistakes were made.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "acknowledging");
    assert_eq!(
        report.speaker.and_then(|s| s.text(text)),
        Some("Emanuel"),
        "{report:#?}"
    );
    // A list of names is no clause: `Turkey will` does not speak.
    assert_no_speaker_reads(
        "Russia, Iran and Turkey will likely meet in Astana, repeating a previous encounter in the Kazakh capital.",
        "Turkey",
    );
}

/// `ORLANDO, Fla. (Reuters) - President Barack Obama met ... and said`:
/// the dateline's place was the first mention of the sentence, so the
/// coordinated verb's speaker.
#[test]
fn a_dateline_s_place_is_no_subject() {
    let text = "ORLANDO, Fla. (Reuters) - President Barack Obama met survivors of the massacre on Thursday and said the United States must do more.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "said");
    assert_eq!(
        report.speaker.and_then(|s| s.text(text)),
        Some("Barack Obama"),
        "{report:#?}"
    );
    // `READ MORE: ...` is no dateline.
    assert_no_speaker_reads(
        "READ MORE: The settlement law - A coalition of rights groups filed a petition against the law in February, arguing that it violated property rights.",
        "MORE",
    );
}

/// `..., said the assistant mayor for tourism, Jean-Francois Martins.`:
/// the name after the inverted attribution's description left no
/// description at the sentence's end, so the report was dropped (or
/// said by a name inside the clause).
#[test]
fn a_name_after_an_inverted_description_speaks() {
    let text = "The wall is designed to stop vehicles storming the site, said the assistant mayor for tourism, Jean-Francois Martins.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "said");
    assert_eq!(
        report.content.text(text),
        Some("The wall is designed to stop vehicles storming the site"),
        "{report:#?}"
    );
    assert_eq!(
        report.speaker.and_then(|s| s.text(text)),
        Some("Jean-Francois Martins"),
        "{report:#?}"
    );
}

/// `Paul Manafort said — on Twitter, as it happens — that Trump raised
/// ...`: the report's content was the dash opening the aside.
#[test]
fn an_aside_in_dashes_after_the_cue_comes_before_the_reported_clause() {
    assert_report(
        "His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump raised about $4 million that day.",
        "said",
        "that Trump raised about $4 million that day",
        "Paul Manafort",
    );
}

/// `House Speaker Paul Ryan, asked ... if he had seen evidence, said:
/// “No.”`: a one-word quote was a scare quote, and short ones after a
/// cue's comma were partial quotes of the report around them.
#[test]
fn a_short_answer_after_a_cue_is_a_direct_quote() {
    for (text, content) in [
        (
            "Asked if he would run again, Paul Ryan said: “No.”",
            "“No.”",
        ),
        (
            "Asked if he regretted his tweets, the president replied, “very seldom.”",
            "“very seldom.”",
        ),
    ] {
        let doc = annotate(text);
        let quote = sole_direct_quote(&doc);
        assert_eq!(quote.content.text(text), Some(content), "{quote:#?}");
        assert_eq!(quote.kind, QuoteKind::Direct, "{quote:#?}");
    }
}

/// `By big margins, those surveyed say the economy, including jobs, should
/// be the first priority`: the fronted phrase was taken for the clause
/// the attribution closes, because a participle follows the comma after
/// the cue; the noun phrase after the verb is what it reports.
#[test]
fn a_noun_phrase_after_a_verb_of_saying_is_no_postposed_attribution_s_tail() {
    assert_no_content_starting_with(
        "By big margins, those surveyed say the economy, including jobs and wages, should be the first priority.",
        "By big margins",
    );
    // The one told stays part of the attribution.
    assert_report(
        "Two posts were targeted by tank fire, a security source told the AFP news agency, which did not name him.",
        "told",
        "Two posts were targeted by tank fire",
        "a security source",
    );
}

/// `..., political analysts say; in 2012, Mitt Romney won 27 percent`:
/// the attribution did not end its sentence, so the clause after the
/// semicolon was taken for what they say.
#[test]
fn a_semicolon_ends_a_postposed_attribution() {
    assert_report(
        "To win the White House, candidates need about 40 percent of the Hispanic vote, political analysts say; in 2012, Mitt Romney won 27 percent.",
        "say",
        "To win the White House, candidates need about 40 percent of the Hispanic vote",
        "political analysts",
    );
    // A semicolon inside a quote ends nothing.
    assert_no_content_starting_with(
        "In a statement, the family said: “Our beloved Aysha; caring daughter and sister.”",
        "In a statement",
    );
}

/// `The senator, citing “grave concerns,” said on Monday that he would
/// ...`: the quote before the cue took `he`, the subject of the clause
/// the cue reports, for its inverted speaker, and grew into a report of
/// the sentence's first words.
#[test]
fn a_pronoun_opening_the_reported_clause_is_no_inverted_speaker_of_the_quote_before() {
    for text in [
        "The senator, citing “grave concerns,” said on Monday that he would vote against the bill.",
        "Smith, citing “grave concerns,” said he would vote against the bill.",
    ] {
        assert_no_speaker_reads(text, "he");
        assert_no_content_starting_with(text, "The senator");
    }
    // An inverted pronoun that ends the attribution still speaks.
    assert_cue_speaker("“We will vote against it,” said he.", "said", "he");
}

/// `X described Clinton as a “disgrace” after she attacked police officers
/// and blamed police shootings on ...`: the verb coordinated within the
/// subordinate clause went to the main clause's subject.
#[test]
fn a_verb_coordinated_in_a_subordinate_clause_shares_its_subject() {
    assert_cue_speaker(
        "Chris Christie criticized Hillary Clinton after she attacked police officers and blamed police shootings on racism.",
        "blamed",
        "she",
    );
    // A verb in another tense goes on the main clause.
    assert_cue_speaker(
        "Simon Coveney said he believes Frances Fitzgerald when she says something and added that the statement was a twist.",
        "added",
        "Simon Coveney",
    );
}

/// `Chris Christie described ... Clinton as a “disgrace” after she ...
/// blamed police shootings on “implicit bias.”`: the partial quote that
/// `blamed` attributes made its noun-phrase object count as a clause
/// report, beside which the sentence's first object, `described`'s,
/// reported nothing.
#[test]
fn an_object_holding_a_partial_quote_does_not_silence_the_sentences_first_object() {
    let text = "Chris Christie described Democratic presidential nominee Hillary Clinton as a “disgrace” after she attacked law enforcement officers nationwide and blamed police shootings on “implicit bias.”";
    assert_cue_speaker(text, "described", "Chris Christie");
    assert_cue_speaker(text, "blamed", "she");
}

/// `The ministry said the attack was “a cowardly act of terror”`: no
/// mention names the speaker near the partial quote, so it was dropped as
/// a scare quote, though the report that holds it has a speaker.
#[test]
fn a_partial_quote_no_one_is_found_for_goes_with_the_report_holding_it() {
    let text = "The ministry said the attack was “a cowardly act of terror”.";
    let doc = annotate(text);
    let partial = quote_where(&doc, |q| q.kind == QuoteKind::Partial);
    assert_eq!(
        partial.content.text(text),
        Some("“a cowardly act of terror”")
    );
    assert_eq!(
        partial.speaker.and_then(|s| s.text(text)),
        Some("The ministry")
    );
    // Outside any report, quoted words are still no one's.
    assert_no_quotes("The mayor opened the “new and improved” bridge on Tuesday.");
}

/// `The ministry called the attack “a cowardly act of terror”.`: a body
/// named by a noun in lower case (`the ministry`, `the government`) was
/// no mention, so the report had no speaker and was dropped.
#[test]
fn a_body_named_by_its_noun_before_a_cue_speaks() {
    assert_cue_speaker(
        "The ministry called the attack “a cowardly act of terror”.",
        "called",
        "The ministry",
    );
    // The noun modifying another is no speaker of its own.
    assert_no_speaker_reads(
        "Iraqi government forces say they have now taken a quarter of Mosul.",
        "government",
    );
}

/// `In a statement, GM said it was in talks “to build on the success” of
/// Opel Vauxhall and to put it in “the strongest possible position”.`:
/// the partial quotes looked for their cue from the sentence's start, in
/// the opening phrase, and found `put` said by Opel Vauxhall.
#[test]
fn a_partial_quote_after_an_opening_phrase_goes_with_the_main_clauses_cue() {
    let text = "In a statement, GM said it was in talks with PSA “to build on the success” of Opel Vauxhall and to put it in “the strongest possible position”.";
    let doc = annotate(text);
    for quote in quotes(&doc).iter().filter(|q| q.kind == QuoteKind::Partial) {
        assert_eq!(quote.speaker.and_then(|s| s.text(text)), Some("GM"));
        assert_eq!(quote.cue.and_then(|c| c.text(text)), Some("said"));
    }
    assert!(quotes(&doc).iter().any(|q| q.kind == QuoteKind::Partial));
}

/// `Velasco strongly denied the allegations. “Q”`: the quote after the
/// sentence that reports took the adverb, which PolNeAR's cue spans hold,
/// for its cue.
#[test]
fn a_quote_after_its_reporters_sentence_takes_the_verb_not_its_adverb_for_cue() {
    let text = "Velasco strongly denied the allegations. “This embassy is open to be audited by any organization.”";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(quote.cue.and_then(|c| c.text(text)), Some("denied"));
    assert_eq!(quote.speaker.and_then(|s| s.text(text)), Some("Velasco"));
}

/// `In a White House statement, President Obama condemned Friday's test
/// as “provocative and destabilizing”.`: `statement`, a noun a name
/// modifies, reported the whole main clause for the White House, and the
/// partial quote went with it.
#[test]
fn a_noun_of_saying_after_a_name_modifying_it_reports_nothing_of_its_own() {
    let text = "In a White House statement, President Obama condemned Friday's test as “provocative and destabilizing”.";
    assert_cue_speaker(text, "condemned", "Obama");
    assert_no_cue(text, "statement");
    // A possessive makes its owner the speaker: `the IMF's estimate`.
    assert_cue_speaker(
        "That was enough to hold the IMF's estimate of global growth steady at 3.1 percent this year.",
        "estimate",
        "IMF",
    );
}

/// `..., but before city officials had weighed in with any explanation,
/// Republican presidential nominee Donald Trump said ... that “a bomb” had
/// gone off`: the main clause's subject opened with a name and role words
/// before the speaker's own name, so the subordinate clause's report was
/// not ended before it, ran on over the main clause, and took its quote.
#[test]
fn a_report_ends_before_a_subject_whose_name_and_role_words_lead_to_a_speaker() {
    let text = "Following initial reports of the explosion, but before city officials had weighed in with any explanation, Republican presidential nominee Donald Trump said at an event in Colorado Springs that “a bomb” had gone off in New York.";
    assert_report(
        text,
        "said",
        "that “a bomb” had gone off in New York",
        "Donald Trump",
    );
    assert_no_content_starting_with(text, "in with any explanation, Republican");
    assert_report(
        "The Kremlin hopes to get information but wants to assure that it is ready for cooperation, Kremlin spokesman Dmitry Peskov said on Thursday.",
        "said",
        "The Kremlin hopes to get information but wants to assure that it is ready for cooperation",
        "Dmitry Peskov",
    );
}

/// `Proponents of the move said ...`: the subject's noun phrase was cut
/// at its preposition, so `the move` spoke; and `CLAUSE, the press
/// service of the Russian Defense Ministry said.` lost its report, its
/// subject a phrase governed by `of`.
#[test]
fn a_subject_with_an_of_phrase_speaks_as_a_whole() {
    let text = "Proponents of the move said it would give commanders greater flexibility.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "said");
    assert_eq!(
        report.speaker.and_then(|s| s.text(text)),
        Some("Proponents of the move")
    );
    assert_report(
        "More than 150 Russian sappers have arrived in Syria to clear mines in Palmyra, the press service of the Russian Defense Ministry said.",
        "said",
        "More than 150 Russian sappers have arrived in Syria to clear mines in Palmyra",
        "Russian Defense Ministry",
    );
    // Only before a verb of saying: `One example of their popularity was
    // that` names no speaker.
    assert_no_speaker_reads(
        "SUV sales grew 43.6 percent year-on-year in 2016. One example of their popularity was that Great Wall Motor Co Ltd sold 80,495 Haval H6 SUVs in December.",
        "One example of their popularity",
    );
    // A role in lower case after a person's name is the name's
    // apposition, not the subject of a report of the clause before it.
    assert_cue_speaker(
        "At the same time, Herzl Halevi, head of military intelligence warned a parliamentary committee of growing despair in Gaza.",
        "warned",
        "Herzl Halevi",
    );
}

/// `“Q,” a senior adviser to Prince Mohammed said`: the nearest mention
/// before the cue, which a preposition governs, spoke, so the prince was
/// quoted for his adviser (and `a friend of Bob Harward` for his
/// friend). The speaker is now the phrase of the mention the preposition
/// follows; a spokesman still speaks for the one named.
#[test]
fn a_quote_is_not_given_to_the_person_its_speaker_is_related_to() {
    let text = "“The meeting restored relations to their right path,” a senior adviser to Prince Mohammed said in a statement.";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(
        quote.speaker.and_then(|s| s.text(text)),
        Some("a senior adviser to Prince Mohammed")
    );
    assert_eq!(
        quote.speaker_name.as_deref(),
        Some("a senior adviser to Prince Mohammed")
    );
    assert_sole_direct_quote_named(
        "Bob Harward turned the job down. “It was a mess,” a friend of Bob Harward said.",
        "a friend of Bob Harward",
    );
    assert_sole_direct_quote_named(
        "Theresa May met the king. “The meeting was good,” a spokesman for Theresa May said.",
        "Theresa May",
    );
    assert_sole_direct_quote_named(
        "“We do not comment on the situation until formal decisions are made,” press service of Sberbank said.",
        "Sberbank",
    );
    // No phrase holds the object of a preposition after a noun that is
    // no speaker's: the mention after the comma speaks.
    let text = "“The meeting was good,” in an interview with CNN, Trump said.";
    let doc = annotate(text);
    assert_eq!(
        sole_direct_quote(&doc).speaker.and_then(|s| s.text(text)),
        Some("Trump")
    );
}

/// `A lawyer representing Mr. Smith said ...`: the nearest mention before
/// the cue, the participle's object, spoke, so Smith was quoted for his
/// lawyer. A mention a participle after a noun governs is no subject;
/// one a cue's participle opens is (`saying he wants`).
#[test]
fn the_object_of_a_participle_in_the_subject_does_not_speak() {
    assert_cue_speaker(
        "A lawyer representing Mr. Smith said the charges were false.",
        "said",
        "A lawyer",
    );
    assert_no_speaker_reads(
        "Groups opposing the Trump administration argued that the ban was illegal.",
        "the Trump administration",
    );
    assert_cue_speaker(
        "On Monday morning Trump said the wall would be built.",
        "said",
        "Trump",
    );
}

/// `“Q,” says another official familiar with EU customs rules.`: the
/// first mention after the inverted cue, which a preposition governs,
/// spoke (`EU`), and the quotes after went on with it. The description
/// after the cue speaks.
#[test]
fn an_inverted_description_speaks_not_the_mention_its_preposition_governs() {
    let text =
        "“Ireland will operate its rules,” says another official familiar with EU customs rules.";
    let doc = annotate(text);
    assert_eq!(
        sole_direct_quote(&doc).speaker.and_then(|s| s.text(text)),
        Some("another official")
    );
}

/// `“Q,” a teacher from Ohio said.`: the noun phrase before the cue was
/// cut at `from`, and the place spoke; a speaker's phrase ending in a
/// place after `from` was named by the place. One from a place does not
/// speak for it; a statement from a place does.
#[test]
fn a_person_from_a_place_does_not_speak_for_it() {
    let text = "“I was scared,” a teacher from Ohio said.";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(
        quote.speaker.and_then(|s| s.text(text)),
        Some("a teacher from Ohio")
    );
    assert_eq!(quote.speaker_name.as_deref(), Some("a teacher from Ohio"));
    assert_cue_speaker_name(
        "SpaceX launched the rocket. A press release from SpaceX noted that the launch was a success.",
        "noted",
        "SpaceX",
    );
}

/// `“Q,” the high-ranking diplomat told TASS on Thursday.`: the hyphen
/// kept the description from being read as the subject, and the one
/// told after the cue was taken for the speaker. After words of the
/// writer's, the one a verb of telling names is told; right after the
/// quote (`“Q,” told X`), X speaks.
#[test]
fn the_one_told_after_a_quote_is_not_its_speaker() {
    let text = "He arrived in London. “I am leaving for the UK for a visit today,” the high-ranking diplomat told TASS on Thursday.";
    let doc = annotate(text);
    assert_eq!(
        sole_direct_quote(&doc).speaker.and_then(|s| s.text(text)),
        Some("the high-ranking diplomat")
    );
}

/// `“Q?” asked Justice Ruth Bader Ginsburg.`: the entity stage read
/// `Justice` apart from the name, and the inverted attribution took it
/// for the speaker. A name that opens a title leads to the person the
/// title names.
#[test]
fn an_inverted_speaker_is_the_person_a_title_s_first_name_opens() {
    let text = "The law defines it as small. “Who invented it?” asked Justice Ruth Bader Ginsburg.";
    let doc = annotate(text);
    let speaker = sole_direct_quote(&doc).speaker.and_then(|s| s.text(text));
    assert_eq!(speaker, Some("Ruth Bader Ginsburg"));
}

/// `A spokeswoman for Pfizer, Sally Beatty, noted ...`: the entity stage
/// read `Pfizer` as a person, and a person before an apposition keeps
/// the report, so Pfizer spoke. A name a preposition governs is no
/// subject, and the name in apposition speaks.
#[test]
fn the_name_in_apposition_to_a_phrase_ending_in_its_object_speaks() {
    assert_cue_speaker(
        "A spokeswoman for Pfizer, Sally Beatty, noted that the benefits have improved.",
        "noted",
        "Sally Beatty",
    );
}

/// `CLAUSE, Lissner said, adding that ...`: the attribution was read as
/// one interrupting its clause, so the content ran on over it into what
/// the speaker added, and the participle's report was lost. The clause
/// before the attribution is its content, and the participle reports
/// the same speaker's next words.
#[test]
fn a_participle_after_a_postposed_attribution_reports_the_speakers_next_words() {
    let text = "The majority of the monkeys tolerated the gel well, Lissner said, adding that rates of granuloma were low.";
    assert_report(
        text,
        "said",
        "The majority of the monkeys tolerated the gel well",
        "Lissner",
    );
    assert_report(
        text,
        "adding",
        "that rates of granuloma were low",
        "Lissner",
    );
}

/// `CLAUSE, the lawmakers said Friday afternoon, as they bristled at
/// ...`: the clause after the attribution's words and comma is the
/// writer's, not the rest of what was said.
#[test]
fn the_writers_clause_after_an_attribution_and_its_time_is_no_content() {
    assert_report(
        "Trump’s obsession is an insult to all African-Americans, the lawmakers said Friday afternoon, as they bristled at the continued attacks.",
        "said",
        "Trump’s obsession is an insult to all African-Americans",
        "the lawmakers",
    );
}

/// `The senator met with leaders and came away convinced that ...`: the
/// walk back from `leaders` to a determiner crossed the preposition and
/// the verb, and the whole clause became the speaker's mention. A noun
/// that names speakers finds its determiner before any preposition but a
/// part's `of` (`a group of researchers`).
#[test]
fn a_speaker_noun_s_determiner_is_not_found_across_a_preposition() {
    assert_no_speaker_reads(
        "The senator met with leaders and came away convinced that the country was changing.",
        "The senator met with leaders",
    );
    // A preposition within a name or a title is crossed.
    assert_cue_speaker(
        "A Church in Wales spokeswoman told the paper that the service would go ahead.",
        "told",
        "A Church in Wales spokeswoman",
    );
}

/// `At a forum with military leaders ..., one questioner claimed that
/// ...`: once the walk to a determiner stopped at `with`, `leaders`
/// spoke. A noun with words in lower case before it and no determiner is
/// governed by the preposition before those words, and is no subject.
#[test]
fn a_noun_after_a_preposition_and_its_modifiers_is_no_subject() {
    assert_cue_speaker(
        "At a forum with military leaders in Virginia on Monday, one questioner claimed that the forces were adversely affecting the military.",
        "claimed",
        "one questioner",
    );
}

/// `As 29-year-old resident Xiao Xu puts it: “Q”`: the idiom was known
/// in the past tense only, so the quote after the present was no one's.
#[test]
fn as_x_puts_it_attributes_the_quote_after_it() {
    assert_sole_direct_quote_named(
        "A boardwalk runs along both banks. As 29-year-old resident Xiao Xu puts it: \"Jogging on different sides offers different feelings.\"",
        "Xiao Xu",
    );
}

/// `CLAUSE, Foreign Minister Salahuddin Rabbani said on Tuesday after
/// talks with his Russian counterpart Sergey Lavrov.`: the attribution's
/// circumstance ran past the few words a postposed attribution allowed,
/// so the clause before it was lost and the circumstance became the
/// content. A circumstance with no clause of its own may run to the
/// sentence's end.
#[test]
fn a_long_circumstance_after_a_postposed_cue_is_no_content() {
    assert_report(
        "Afghanistan expects oil imports from Russia to grow, Foreign Minister Salahuddin Rabbani said on Tuesday after talks with his Russian counterpart Sergey Lavrov.",
        "said",
        "Afghanistan expects oil imports from Russia to grow",
        "Salahuddin Rabbani",
    );
    assert_report(
        "The project will cost billions, the company said in a press release posted on its website on Wednesday.",
        "said",
        "The project will cost billions",
        "the company",
    );
}

/// `The German retailer says it is not responsible for the blaze,
/// arguing that ...`: the participle's subject was looked for as a
/// mention, and the description that opens the sentence is none, so the
/// participle reported nothing. After a clause the rules take, a
/// participle with no subject of its own goes on with its speaker.
#[test]
fn a_participle_after_a_reported_clause_goes_on_with_its_speaker() {
    assert_report(
        "They are seeking compensation from KiK. The German retailer says it is not responsible for the blaze, arguing that owners of the factory didn't follow the security precautions.",
        "arguing",
        "that owners of the factory didn't follow the security precautions",
        "the German retailer",
    );
}

/// `The ministry on Monday said ...`: the noun phrase before the cue
/// was cut at the time's `on`, so `Monday` spoke. A phrase of time
/// between a subject and its verb is passed over.
#[test]
fn a_time_between_subject_and_cue_does_not_speak() {
    assert_cue_speaker(
        "The ministry on Monday said the talks had failed.",
        "said",
        "The ministry",
    );
    assert_cue_speaker(
        "The deaths came as aid workers on Friday said they feared about 250 people had drowned.",
        "said",
        "aid workers",
    );
}

/// `The court said a government order to shut the camp, which would have
/// sent the refugees back, was illegal.`: the end model stops a content
/// before `, which`, and the reported subject lost its predicate. A
/// relative clause set off inside the subject is passed over when a
/// finite verb follows it.
#[test]
fn a_relative_clause_inside_a_reported_subject_does_not_end_the_content() {
    assert_report(
        "The court said a government order to shut the camp, which would have sent the refugees back to Somalia, was illegal.",
        "said",
        "a government order to shut the camp, which would have sent the refugees back to Somalia, was illegal",
        "the court",
    );
}

/// `told reporters Wednesday that ...`, `told reporters his
/// administration was ...`: no mention covers `reporters`, so it opened
/// the content (or was all of it). Those a speaker usually tells are the
/// addressee, and a time after them is passed over.
#[test]
fn reporters_told_are_no_part_of_the_content() {
    assert_report(
        "The senator told reporters Wednesday that intelligence indicates some leaders fled.",
        "told",
        "that intelligence indicates some leaders fled",
        "the senator",
    );
    assert_report(
        "Trump told reporters his administration was running like a fine-tuned machine.",
        "told",
        "his administration was running like a fine-tuned machine",
        "Trump",
    );
}

/// `Human Rights Watch has also raised “serious concerns”`: the writer's
/// clause around a partial quote took the word after its subject as the
/// cue, and that was the auxiliary `has` (77 such cues in the Dai
/// corpus). The cue is the verb the auxiliaries lead.
#[test]
fn an_auxiliary_before_a_partial_quote_is_not_its_cue() {
    let text = "Human Rights Watch has also raised \"serious concerns\" about the law.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "raised");
    assert_eq!(
        report.speaker_name.as_deref(),
        Some("Human Rights Watch"),
        "{report:#?}"
    );
}

/// `It was like “living in a horror movie,” he said.` and `He was “in
/// his office fulfilling his duties,” according to a statement`: a form
/// of `be` before a partial quote became its cue, so the real
/// attribution later in the sentence lost the quote. A copula with no
/// verb after it reports nothing.
#[test]
fn a_copula_before_a_partial_quote_leaves_it_to_its_attribution() {
    let text = "It was like \"living in a horror movie,\" he said.";
    let doc = annotate(text);
    assert!(quotes(&doc)
        .iter()
        .all(|q| q.cue.and_then(|c| c.text(text)) != Some("was")));
    let report = quote_with_cue(&doc, text, "said");
    assert_eq!(
        report.speaker.and_then(|s| s.text(text)),
        Some("he"),
        "{report:#?}"
    );
    assert_no_quotes("The device is small. It is \"context-aware\" and fast.");
}

/// `There's no doubt that ...`, `There have been no reports that ...`:
/// the noun phrase before a noun cue became its speaker, `There's no`
/// (10 such speakers in the Dai corpus). An existential `there` is no
/// one.
#[test]
fn an_existential_there_is_no_speaker() {
    for text in [
        "There's no doubt that the events of recent days could have a significant influence on the outcome.",
        "So far, there have been no reports that any of the slaughterhouses were selling cow meat.",
    ] {
        let doc = annotate(text);
        assert!(
            quotes(&doc).iter().all(|q| q
                .speaker
                .and_then(|s| s.text(text))
                .is_none_or(|s| !s.to_lowercase().starts_with("there"))),
            "{text}: {:#?}",
            quotes(&doc)
        );
    }
}

/// `“Q.” According to Lei Chao, about 20 million yuan ...`: the quote
/// before took the `according to` of the next sentence as its
/// attribution (about 15 of 28 such quotes in the Dai corpus), and the
/// clause it reports was lost. An `according to` that opens a sentence
/// attributes that sentence.
#[test]
fn a_sentence_opening_according_to_attributes_its_own_clause() {
    let text = "\"People will see the benefits of restoration,\" Ye says. \"And more houses will be saved.\" According to Lei Chao, about 20 million yuan has been spent on the villages.";
    assert_report(
        text,
        "According to",
        "about 20 million yuan has been spent on the villages",
        "Lei Chao",
    );
    let doc = annotate(text);
    let saved = quote_where(&doc, |q| {
        q.content
            .text(text)
            .is_some_and(|c| c.contains("more houses will be saved"))
    });
    assert_eq!(saved.speaker_name.as_deref(), Some("Ye"), "{saved:#?}");
}

/// `According to Micah Zenko, an expert on drones at the Council on
/// Foreign Relations, the U.S. has ...`: the clause after `according to
/// X,` opened with X's apposition (about 60 of 82 such sentences in the
/// Dai corpus). A role phrase with no verb between the name and a
/// clause with one is passed over; a clause right after the comma is
/// not (`According to Su, the German company will ..., analysts say`).
#[test]
fn an_apposition_after_the_source_of_according_to_is_no_part_of_the_clause() {
    assert_report(
        "According to Micah Zenko, an expert on drones at the Council on Foreign Relations, the U.S. has conducted more than 500 strikes.",
        "According to",
        "the U.S. has conducted more than 500 strikes",
        "Micah Zenko",
    );
    assert_report(
        "According to Paul Friese, founder of Bali Sharks, the sharks were bred in captivity.",
        "According to",
        "the sharks were bred in captivity",
        "Paul Friese",
    );
    assert_report(
        "According to Su, the German company will also benefit from the market, while rivals wait.",
        "According to",
        "the German company will also benefit from the market, while rivals wait",
        "Su",
    );
}

/// `Let's say you've been looking for a new phone company`: `Let's`
/// was the speaker of a report (11 times in the Dai corpus). `let's`
/// supposes or proposes; it reports no one's words.
#[test]
fn lets_say_is_no_report() {
    assert_no_speaker_reads(
        "Voice queries are different. Let's say you've been looking for a new phone company for your small business.",
        "Let's",
    );
}

/// `“Q.” It seems as though Russia ...`, `“Q.” Mr Zahab ... appeared in
/// court`, `“Q.” The president did seem to be enjoying himself`: a verb
/// of seeming after a quote that ends its sentence was read as the
/// quote's attribution (9 quotes in the Dai corpus, nearly all wrong).
/// It is the writer's inference, and attributes nothing before it.
#[test]
fn a_verb_of_seeming_after_a_quote_does_not_attribute_it() {
    let text = "The consequences are obvious, said analyst Randa Slim. \"Every political leader will now say it is time to look again at relations with Moscow.\" It seems as though Russia has just begun working on its Middle East strategy.";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert!(
        quote.cue.and_then(|c| c.text(text)) != Some("seems"),
        "{quote:#?}"
    );
    assert!(
        quote.speaker.and_then(|s| s.text(text)) != Some("It"),
        "{quote:#?}"
    );
}

/// `the international community responded aggressively`, `Clark told
/// CNN -- but ...`: a report whose content was a lone adverb or a dash
/// (15 in the Dai corpus: `"`, `.`, `--`, `(`). A content must hold a
/// word that says something.
#[test]
fn a_lone_adverb_or_mark_is_no_content() {
    for text in [
        "Faced with such a threat, the international community responded aggressively. In 2008, European states sent warships.",
        "The DNA showed that another dog had killed Jeb, Clark told CNN -- but exactly which dog may forever remain a mystery.",
    ] {
        let doc = annotate(text);
        assert!(
            quotes(&doc).iter().all(|q| q
                .content
                .text(text)
                .is_some_and(|c| c.chars().any(char::is_alphanumeric) && !c.ends_with("ly"))),
            "{text}: {:#?}",
            quotes(&doc)
        );
    }
}

/// `CLAUSE, Alexander Zhukov, the president of the Russian Olympic
/// Committee (ROC), said on Monday.`: the parenthesis inside the
/// apposition hid the name before it, so the postposed attribution was
/// not read and the clause was lost (or `Monday` became the content).
#[test]
fn a_parenthesis_inside_an_apposition_leaves_the_postposed_attribution() {
    assert_report(
        "The athletes will compete, Alexander Zhukov, the president of the Russian Olympic Committee (ROC), said on Monday.",
        "said",
        "The athletes will compete",
        "Alexander Zhukov",
    );
}

/// `As Bloomberg reported Thursday, so far he isn't doing much.`: a time
/// after the cue of an `as` attribution was read as its content
/// (`Thursday`), or opened the clause it reports (`last week, the White
/// House ...`; 6 such reports in the Dai corpus).
#[test]
fn a_time_after_an_as_attribution_is_no_part_of_its_clause() {
    assert_report(
        "As Bloomberg reported Thursday, so far he isn't doing much.",
        "reported",
        "so far he isn't doing much",
        "Bloomberg",
    );
    assert_report(
        "As the Times reported last week, the White House has been slow to fill posts.",
        "reported",
        "the White House has been slow to fill posts",
        "Times",
    );
}

/// `The Foreign Ministry said last week the two countries were ...`,
/// `Sweden said earlier this month it would reintroduce conscription`:
/// a time right after the cue opened the reported clause (PolNeAR train
/// leaves it out in 87 of 97 such attributions); only a day was passed
/// over (`said Thursday she decided`). Any phrase of time is.
#[test]
fn a_time_after_the_cue_is_no_part_of_the_clause_it_reports() {
    assert_report(
        "The Foreign Ministry in Beijing said last week the two countries were remaining in close touch.",
        "said",
        "the two countries were remaining in close touch",
        "Foreign Ministry",
    );
    assert_report(
        "Sweden said earlier this month it would reintroduce military conscription in 2018.",
        "said",
        "it would reintroduce military conscription in 2018",
        "Sweden",
    );
}

/// `CLAUSE, Putin said on Thursday at a gala concert dedicated to ...,
/// marked in Russia on February 23.`, `..., Lavrov said on Monday
/// following talks with his Mongolian counterpart, Tsend Munkh-Orgil.`,
/// `..., Manturov said Thursday as he is taking a trip to India.`: the
/// circumstance after a postposed cue broke at its comma or its clause,
/// the clause before was lost, and the circumstance became the content.
#[test]
fn a_postposed_circumstance_may_hold_a_participle_a_closing_name_or_a_subordinate_clause() {
    assert_report(
        "Russia will continue to strengthen its Armed Forces, Russian President Vladimir Putin said on Thursday at a gala concert dedicated to Defender of the Fatherland Day, marked in Russia on February 23.",
        "said",
        "Russia will continue to strengthen its Armed Forces",
        "Vladimir Putin",
    );
    assert_report(
        "Moscow expects the talks to go on, Lavrov said on Monday following talks with his counterpart, John Smith.",
        "said",
        "Moscow expects the talks to go on",
        "Lavrov",
    );
    assert_report(
        "The fund will finance industry, minister Denis Manturov said Thursday as he is taking a trip to India.",
        "said",
        "The fund will finance industry",
        "Denis Manturov",
    );
}

/// `CLAUSE, Jens Stoltenberg said on Thursday at a press conference
/// following a Russia-NATO Council meeting.`: the hyphen inside
/// `Russia-NATO` broke the circumstance after the postposed cue, and the
/// circumstance became the content.
#[test]
fn a_hyphen_inside_a_word_does_not_break_a_postposed_circumstance() {
    assert_report(
        "The ceasefire in eastern Ukraine is not respected, NATO Secretary General Jens Stoltenberg said on Thursday at a press conference following a Russia-NATO Council meeting.",
        "said",
        "The ceasefire in eastern Ukraine is not respected",
        "Jens Stoltenberg",
    );
}

/// `CLAUSE, the Russian Foreign Ministry said on Wednesday after talks
/// between the delegations headed by ... Pedro Serrano.`: a circumstance
/// of 24 tokens after the postposed cue was too long to be read as one,
/// and it became the content.
#[test]
fn a_long_postposed_circumstance_leaves_the_clause_before_it() {
    assert_report(
        "Russia and the European Union will hold a next round of anti-terrorism talks in Brussels, the Russian Foreign Ministry said on Wednesday after talks between the delegations headed by Russian Deputy Foreign Minister Oleg Syromolotov and EU Deputy Secretary General at the EEAS Pedro Serrano.",
        "said",
        "Russia and the European Union will hold a next round of anti-terrorism talks in Brussels",
        "Foreign Ministry",
    );
}

/// `CLAUSE, Sergey Shoigu said on Monday following the "2+2"
/// Russian-Japanese talks in Tokyo.`: the quote marks of a name broke the
/// circumstance after the postposed cue, and it became the content. A
/// few quoted words inside the circumstance are part of it; the words
/// said after a cue are not (`said in a statement "there are ..."`).
#[test]
fn a_quoted_name_inside_a_postposed_circumstance_leaves_the_clause_before_it() {
    assert_report(
        "The international community should chip in to restore the facilities, Russian Defense Minister Sergey Shoigu said on Monday following the \"2+2\" Russian-Japanese talks in Tokyo.",
        "said",
        "The international community should chip in to restore the facilities",
        "Sergey Shoigu",
    );
}

/// `... he said. - He said external interference would be ...`: a
/// paragraph break flattened into a spaced dash ended no sentence, and
/// the report before ran on into the next paragraph.
#[test]
fn a_report_ends_at_a_flattened_paragraph_break() {
    assert_report(
        "Mr Shatter said he was very pleased with the court's decision and very pleased to get an order for costs. - He said he did not believe he should have had to spend almost three years of his life doing battle in the court.",
        "said",
        "he was very pleased with the court's decision and very pleased to get an order for costs",
        "Alan Shatter",
    );
}

/// `- The latest wave of arrests ..., a source told the paper.`: the
/// bullet dash opening the sentence opened the content too.
#[test]
fn a_bullet_dash_opens_no_content() {
    assert_no_content_starting_with(
        "- The latest wave of arrests in Turkey is part of a counter-terrorism campaign, a source close to diplomatic circles told the paper.",
        "-",
    );
}

/// `Merkel said-she was ...`, `told DW-it was spreading`: a hyphen that
/// stands for a lost space opened the content.
#[test]
fn a_hyphen_for_a_lost_space_before_a_verb_joins_no_name_to_it() {
    // `Zappone-also` and `Command-told` were read into the names, and the
    // speaker was named `Zappone-also`.
    assert_report(
        "Minister Katherine Zappone-also said the plan was good.",
        "said",
        "the plan was good",
        "Katherine Zappone",
    );
    assert_report(
        "Taliban spokesman Zabihullah Mujahid-told Al Jazeera the group was responsible for the attack.",
        "told",
        "the group was responsible for the attack",
        "Zabihullah Mujahid",
    );
    // After the clause it reports, the name glued to its verb was no
    // subject of the verb.
    assert_report(
        "Parties have a few weeks to strike a deal, James Brokenshire-said.",
        "said",
        "Parties have a few weeks to strike a deal",
        "James Brokenshire",
    );
}

#[test]
fn a_hyphen_for_a_lost_space_after_the_cue_opens_no_content() {
    assert_report(
        "German Chancellor Angela Merkel said-she was cautious about demands for EU treaty change.",
        "said",
        "she was cautious about demands for EU treaty change",
        "Angela Merkel",
    );
}

/// `said during that day's briefing that ...`: the determiner `that`
/// after a preposition was read as the `that` of the clause.
#[test]
fn a_determiner_that_after_a_preposition_opens_no_clause() {
    assert_report(
        "White House press secretary Sean Spicer said during that day's briefing that the mission was a success.",
        "said",
        "that the mission was a success",
        "Sean Spicer",
    );
}

/// `said at that stage Fianna Fail had been alerted`: a time phrase
/// after the cue opened the content.
#[test]
fn a_moment_after_the_cue_opens_no_content() {
    assert_report(
        "Fianna Fail leader Micheal Martin said at that stage the party had been alerted to the existence of the file.",
        "said",
        "the party had been alerted to the existence of the file",
        "Micheal Martin",
    );
}

/// `In the Senate, a senior Republican said ...`: the object of a
/// fronted phrase, behind its `the`, was taken for the speaker.
#[test]
fn the_object_of_a_fronted_phrase_is_no_speaker() {
    assert_no_speaker_reads(
        "In the Senate, a senior Republican said even if the health bill passes the House, \"it wouldn't pass the Senate.\"",
        "Senate",
    );
}

/// `according to ... US government officials`: the source stopped at the
/// name that modifies it, and the officials were named the United States.
#[test]
fn an_according_to_source_takes_the_noun_its_name_modifies() {
    let text = "Kislyak is considered by US intelligence to be one of Russia's top spies, according to current and former senior US government officials.";
    assert_cue_speaker_name(text, "according to", "US government officials");
}

/// `a PLO statement said`: a document a body issued speaks for the body.
#[test]
fn a_statement_speaks_for_the_body_named_before_it() {
    let text = "The settlements negate peace and the possibility of the two-state solution, a PLO statement said.";
    assert_cue_speaker_name(text, "said", "PLO");
}

/// `Students in the class told ...`, `Agencies involved in the operation
/// say ...`: the object of the preposition was taken for the speaker.
#[test]
fn the_noun_a_preposition_attaches_to_heads_the_speaker() {
    assert_no_speaker_reads(
        "Agencies involved in the operation say it may be some time before the bodies are found.",
        "the operation",
    );
    assert_no_speaker_reads(
        "Students in the class told the officer the teacher was drinking wine.",
        "the class",
    );
}

/// `When her lead slipped last fall, her biggest boosters insisted it
/// was a temporary dip, reflecting ...`: the clause before the subject
/// was read as what the postposed attribution reported, though a clause
/// follows the cue.
#[test]
fn a_clause_after_the_cue_is_what_it_reports() {
    assert_no_content_starting_with(
        "When her double-digit lead slipped last fall, Clinton's biggest boosters in New Hampshire insisted it was a temporary dip, reflecting restlessness within an electorate.",
        "When",
    );
}

/// `said in a statement it is reviewing the decision`, `said on the
/// club's Twitter feed it was ...`: with no `that`, the circumstance
/// after the cue opened the content.
#[test]
fn a_pronoun_after_the_medium_of_saying_opens_the_content() {
    assert_report(
        "The Justice Department said in a statement it is reviewing the decision.",
        "said",
        "it is reviewing the decision",
        "Department of Justice",
    );
    assert_no_content_starting_with(
        "Biden hinted at the niche he sees for himself as Election Day nears.",
        "he sees",
    );
}

/// `told USA TODAY's weekly video newsmaker series it is clear ...`: with
/// no `that`, the content opened at the addressee's possessive `'s`.
#[test]
fn a_programme_the_addressee_owns_opens_no_content() {
    assert_report(
        "Schiff told USA TODAY's weekly video newsmaker series it is clear that Russia was behind the hacking.",
        "told",
        "it is clear that Russia was behind the hacking",
        "Adam Schiff",
    );
}

/// `some note that Trump — even as he says ... — has proposed little`:
/// the content ended at the dash that opens an aside the sentence closes
/// again.
#[test]
fn an_aside_between_dashes_does_not_end_the_content() {
    assert_report(
        "But some note that Trump — even as he says his experience in real-estate tax matters makes him uniquely qualified to tackle a tax-code rewrite — has proposed little in the way of reforming the breaks from which he has benefited.",
        "note",
        "that Trump — even as he says his experience in real-estate tax matters makes him uniquely qualified to tackle a tax-code rewrite — has proposed little in the way of reforming the breaks from which he has benefited",
        "some",
    );
}

/// `At the time, Flynn was about to become the senior adviser`: `about`,
/// a cue of topics (`talked about`), made a report of the future.
#[test]
fn be_about_to_reports_nothing() {
    assert_no_content_starting_with(
        "At the time, Flynn was about to become the senior foreign policy adviser for Trump.",
        "to become",
    );
}

/// `claimed without evidence that ...`, `said alongside Merkel that ...`,
/// `said following talks with his Afghan counterpart.`: circumstances the
/// cue's object list did not know opened the content, or stood as it.
#[test]
fn a_circumstance_of_manner_or_company_after_the_cue_opens_no_content() {
    assert_report(
        "Trump claimed without evidence that as many as 5 million people voted illegally.",
        "claimed",
        "that as many as 5 million people voted illegally",
        "Trump",
    );
    assert_report(
        "Seconds earlier Trump said alongside Merkel that the two leaders had something in common.",
        "said",
        "that the two leaders had something in common",
        "Donald Trump",
    );
    assert_no_content_starting_with(
        "The talks were useful, Lavrov said following talks with his Afghan counterpart.",
        "following",
    );
}

/// `She agreed without hesitation, although she now admits that she
/// hadn't thought it through`: once `without` opened a circumstance, the
/// `that` past the writer's `although` was taken for `agreed`'s.
#[test]
fn a_that_past_a_clause_of_the_writers_is_not_the_cues() {
    assert_report(
        "Moustafa asked Warda Alkenawy if she would help. She agreed without hesitation, although she now admits that she hadn't really thought it through.",
        "admits",
        "that she hadn't really thought it through",
        "Warda Alkenawy",
    );
}

/// `CLAUSE, Lavrov said following talks with his Afghan counterpart.`:
/// the words that open a circumstance after a preposed cue open the tail
/// of a postposed attribution too; `following` was read as the cue's
/// object, and `established` took the clause.
#[test]
fn a_circumstance_after_a_postposed_cue_ends_the_attribution() {
    assert_report(
        "Russia and Afghanistan have established a close dialog between their special services, Lavrov said following talks with his Afghan counterpart.",
        "said",
        "Russia and Afghanistan have established a close dialog between their special services",
        "Lavrov",
    );
}

/// `READ MORE: Syria's civil war explained But after analysing ...`: the
/// title of a linked article, run into the next sentence, made a report
/// of `Syria ... explained`.
#[test]
fn a_read_more_link_title_reports_nothing() {
    let text = "A UN probe in December said it was impossible to establish blame. READ MORE: Syria's civil war explained But after analysing satellite images, the inquiry determined that Syrian air forces targeted the convoy.";
    assert_no_cue(text, "explained");
}

/// `Residents who fled the fighting said ...`: the noun phrase right
/// before the cue stood in the relative clause that modifies the
/// subject, and was taken for the speaker (`the fighting`).
#[test]
fn an_object_in_a_relative_clause_before_the_cue_is_no_speaker() {
    assert_report(
        "Residents who fled the fighting said the town had been destroyed.",
        "said",
        "the town had been destroyed",
        "Residents who fled the fighting",
    );
    assert_report(
        "The gunman who attacked soldiers at Orly airport in Paris on Saturday told his father he had screwed up.",
        "told",
        "he had screwed up",
        "the gunman who attacked soldiers at Orly airport in Paris",
    );
}

/// `a minister who critics say is close to the king`: the noun right
/// after `who` is the subject of the relative clause's cue, not part of
/// a clause that modifies it. A guard: the first form of the rule above
/// took `a billionaire` here.
#[test]
fn the_subject_right_after_who_stays_the_speaker() {
    assert_report(
        "Power went to Thaksin, a billionaire who critics say is close to the king.",
        "say",
        "is close to the king",
        "critics",
    );
}

/// `assuring Fox News it would include ...`, `reminded passengers that
/// ...`: the person assured, reminded or informed is no part of what was
/// said, as the person told is not; only `told`, `warned` and `assured`
/// were read so.
#[test]
fn the_person_assured_reminded_or_informed_is_no_part_of_the_content() {
    assert_report(
        "Miller appeared on television, assuring Fox News it would include only minor technical differences.",
        "assuring",
        "it would include only minor technical differences",
        "Miller",
    );
    assert_report(
        "The National Transport Authority reminded passengers that there are alternative private operators on many routes.",
        "reminded",
        "that there are alternative private operators on many routes",
        "National Transport Authority",
    );
}

/// `The allure of simplicity, Mr. Furman argued, is a chimera`: the
/// attribution stands inside the clause it reports, whose predicate comes
/// after it; so after a named speaker's apposition (`, said Michael
/// Kofman, an expert on Russia, would reveal`). The subject alone had
/// been reported, the clause's verb left out.
#[test]
fn a_subject_before_an_attribution_is_reported_with_the_predicate_after_it() {
    let text = "The fight went on.\n\nBut the years that followed, he said, brought a fundamental shift.\n\nThe allure of simplicity itself, Mr. Furman argued, is largely a chimera.\n\nAny reading of Mr. Kerry's actions, said Michael Kofman, an expert on Russia at the Wilson Center, would reveal a pattern.\n\nThe plan failed, he said, adding that it was over.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    let contents: Vec<&str> = quotes
        .iter()
        .filter(|q| matches!(q.cue.and_then(|c| c.text(text)), Some("said" | "argued")))
        .filter_map(|q| q.content.text(text))
        .collect();
    assert_eq!(
        contents,
        [
            "But the years that followed, he said, brought a fundamental shift",
            "The allure of simplicity itself, Mr. Furman argued, is largely a chimera",
            "Any reading of Mr. Kerry's actions, said Michael Kofman, an expert on Russia at the Wilson Center, would reveal a pattern",
            "The plan failed"
        ],
        "{quotes:#?}"
    );
}

/// `, says Turkey, given its location, can serve`: a phrase after the
/// name that describes no one is no apposition, and the clause is not
/// read as resumed after it.
#[test]
fn a_phrase_of_the_clause_after_a_name_is_no_apposition_of_a_speaker() {
    let text = "Xiang Ligang, chief executive of the telecom website, says Turkey, given its location, can serve as a steppingstone.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    assert!(
        quotes.iter().all(|q| q
            .content
            .text(text)
            .is_none_or(|c| !c.contains("can serve") || !c.starts_with("Xiang"))),
        "{quotes:#?}"
    );
}

/// `About 10:03 p.m., according to a timeline, the contractors left`: a
/// phrase with no verb before the attribution opens the clause after it,
/// and the report holds both (`About 10:03 p.m.` alone had been
/// reported); so when an apposition follows the source (`, according to
/// Dennis Ross, a former envoy, was a decision`).
#[test]
fn a_verbless_phrase_before_according_to_is_reported_with_the_clause_after() {
    let text = "The night was long.\n\nAbout 10:03 p.m., according to a congressional timeline, the security contractors left for the compound.\n\nAt the heart of the trouble, according to Dennis Ross, a former envoy, was a decision by Mr. Obama.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    let contents: Vec<&str> = quotes
        .iter()
        .filter(|q| q.cue.and_then(|c| c.text(text)) == Some("according to"))
        .filter_map(|q| q.content.text(text))
        .collect();
    assert_eq!(
        contents,
        [
            "About 10:03 p.m., according to a congressional timeline, the security contractors left for the compound",
            "At the heart of the trouble, according to Dennis Ross, a former envoy, was a decision by Mr. Obama"
        ],
        "{quotes:#?}"
    );
}

/// `in what officials called a hate crime`: a naming verb whose speaker
/// follows `what` reports from `what` (the thing named), as PolNeAR
/// does; the name alone had been reported. A verb that reports a clause
/// (`what researchers say they need`) still reports only the clause.
#[test]
fn a_naming_verb_after_what_reports_from_what() {
    let text = "The attack was in Charleston, in what officials called a hate crime.\n\nThe killings are what critics have described as the work of death squads.\n\nIt is less than half of what researchers say they need every year.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    let contents: Vec<&str> = quotes
        .iter()
        .filter(|q| q.within.is_none())
        .filter_map(|q| q.content.text(text))
        .collect();
    assert_eq!(
        contents,
        [
            "what officials called a hate crime",
            "what critics have described as the work of death squads",
            "they need every year"
        ],
        "{quotes:#?}"
    );
}

/// `The altercation is what police said prompted ...`: the phrase a
/// speaker noun heads goes back to its determiner, but not across a verb
/// or `what` (the speaker was `The altercation is what police`).
#[test]
fn a_speaker_noun_phrase_stops_at_a_verb_or_what() {
    let text = "The store was robbed.\n\nThe altercation is what police said prompted the store to call 911.";
    assert_cue_speaker(text, "said", "police");
}

/// `his remarks in South Korea on Friday that ...`: a weekday before
/// `that` is part of a cue only after the verb it dates (`said Friday
/// that`), never a cue of its own; it had been the cue, and the place
/// before it the speaker (`South Korea`). In damaged text the verb
/// glued to a hyphen is the cue (`confirmed-on Friday that`).
#[test]
fn a_weekday_before_that_is_no_cue_of_its_own() {
    let text = "The visit followed his remarks in South Korea on Friday that military action might be necessary.\n\nVfB Stuttgart confirmed-on Friday that the club has parted ways with Kevin Grosskreutz.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    let cues: Vec<&str> = quotes
        .iter()
        .filter_map(|q| q.cue.and_then(|c| c.text(text)))
        .collect();
    assert_eq!(cues, ["confirmed"], "{quotes:#?}");
}

/// `Sen. Ted Cruz (R-TX) took to Twitter saying: “Q”`: past the reach of
/// the subject search, the nearest mention had said it (`Twitter`); a
/// mention no preposition governs comes first.
#[test]
fn a_medium_a_preposition_governs_is_no_speaker_before_the_subject() {
    let text = "The speech ended.\n\nSen. Ted Cruz (R-TX) took to Twitter saying: \"We should honor the promise we made to the American People.\"";
    assert_cue_speaker_name(text, "saying", "Ted Cruz");
}

/// `Twitter users responded that ...`, `Facebook users said ...`: the
/// noun for a medium's audience heads the speaker's phrase, which had
/// been the medium alone.
#[test]
fn the_users_of_a_medium_speak_not_the_medium() {
    let text = "The post spread.\n\nHundreds of Twitter users responded that he should have checked his facts first.\n\nFacebook users said they supported the ball as a charity event.";
    assert_cue_speaker(text, "responded", "Hundreds of Twitter users");
    assert_cue_speaker(text, "said", "Facebook users");
}

/// `One lawmaker called for ...`, `One Republican aide reported`: a
/// speaker noun's phrase goes back to `one` as to any determiner (the
/// speaker had been `lawmaker`, `aide`).
#[test]
fn a_speaker_phrase_opens_at_one() {
    let text = "The hearing ended.\n\nOne Republican aide said the vote would be delayed.";
    assert_cue_speaker(text, "said", "One Republican aide");
}

/// `told AFP news agency that ...`, `told broadcaster ORF that ...`: an
/// outlet's noun after its name (or before it) is part of the one told,
/// without `the`; the content had opened at `news agency`.
#[test]
fn an_outlet_s_noun_belongs_to_the_one_told() {
    let text = "The talks ended.\n\nThe minister told Reuters news agency on Monday that the talks had failed.\n\nMr Mair told broadcaster ORF that the avalanche had been triggered by fresh snow.";
    let doc = annotate(text);
    let quotes = quotes(&doc);
    let contents: Vec<&str> = quotes.iter().filter_map(|q| q.content.text(text)).collect();
    assert_eq!(
        contents,
        [
            "that the talks had failed",
            "that the avalanche had been triggered by fresh snow"
        ],
        "{quotes:#?}"
    );
}

/// `After Trump suggested ... to Kim Jong Un, many speculated that ...`,
/// `In response to a request from Sen. Patty Murray and Sen. Elizabeth
/// Warren (D-Mass.), the inspector general said`: a mention in the phrase
/// a preposition opens the sentence with, up to its comma, is no subject
/// of the cue after it (`Kim Jong Un` had speculated).
#[test]
fn a_mention_in_an_opening_phrase_is_no_subject_after_its_comma() {
    let text = "Talks stalled.\n\nAfter Trump suggested during his campaign that he would be willing to talk to North Korean leader Kim Jong Un, many speculated that talks would be forthcoming.";
    assert_cue_speaker(text, "speculated", "many");
}

/// `Sen. Bernie Sanders (D-VT) took to Facebook live to respond ...`: a
/// party label does not count against the reach of the subject search,
/// which had stopped short of the name and taken `Facebook`.
#[test]
fn a_party_label_does_not_use_up_the_subject_search() {
    let text = "The address ended.\n\nSen. Bernie Sanders (D-VT) took to Facebook live to respond to the president's joint address, going in on \"what he didn't say.\"";
    assert_cue_speaker(text, "respond", "Bernie Sanders");
}

/// `A former North Carolina police chief who now works as a consultant
/// said Sunday that ...`: the phrase before a verb of saying is its
/// speaker when a `that` clause follows, past a time after the cue too
/// (with `Sunday` between, the report had been left out).
#[test]
fn a_time_after_the_cue_does_not_keep_the_noun_phrase_from_speaking() {
    let text = "He was detained at the airport.\n\nA former North Carolina police chief who now works as a law enforcement consultant said Sunday that he is disappointed with his country.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "said");
    assert_eq!(
        report.content.text(text),
        Some("that he is disappointed with his country")
    );
    assert!(report
        .speaker
        .and_then(|s| s.text(text))
        .is_some_and(|s| s.contains("police chief")));
}

/// `... the ire of Germany and other better-off eurozone countries, which
/// fear that ...`: `off` is a preposition, and a speaker's phrase does
/// not reach back over it (the speaker had been `off eurozone
/// countries`).
#[test]
fn a_speaker_phrase_does_not_reach_back_over_off() {
    let text = "Rates stay low.\n\nThis will only increase the ire of Germany and other better-off eurozone countries, which fear that runaway inflation will dent economic growth.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "fear");
    let speaker = report.speaker.and_then(|s| s.text(text)).unwrap_or("");
    assert!(!speaker.starts_with("off"), "{report:#?}");
}

/// `Trump maintained Thursday that the roll-out "was perfect,"`: the
/// clause a partial quote closes is what its own cue reports; it had
/// opened at the sentence's subject (`Trump maintained Thursday that
/// ...`), cue and all.
#[test]
fn a_partial_quote_s_clause_opens_after_its_own_cue() {
    let text = "The decision is risky.\n\nTrump maintained Thursday that the roll-out of the order \"was perfect,\" despite the chaos.";
    let doc = annotate(text);
    let clause = quote_where(&doc, |q| q.kind == QuoteKind::Indirect);
    assert_eq!(
        clause.content.text(text),
        Some("that the roll-out of the order \"was perfect,\"")
    );
}

/// `Settlers are "governed by Israeli civil law", the report said.`: the
/// report after the comma and the clause the partial quote closes are
/// the same words, reported once (they had been two quotes).
#[test]
fn a_clause_found_by_two_patterns_is_one_quote() {
    let text = "The report is long.\n\nSettlers are \"governed by Israeli civil law\", the report said. It ended.";
    let doc = annotate(text);
    let clauses: Vec<&Quote> = quotes(&doc).iter().filter(|q| q.within.is_none()).collect();
    assert_eq!(clauses.len(), 1, "{clauses:#?}");
}

/// `Japan and Russia last held "two-plus-two" talks`, `Police forces
/// have begun ... an "increased focus"`: the word after a sentence's
/// opening name is no verb when it is a conjunction, or when an
/// auxiliary follows it; the quotes had the cues `and` and `forces`.
#[test]
fn a_conjunction_or_a_noun_after_the_opening_name_is_no_cue() {
    for (text, word) in [
        (
            "Talks resume.\n\nJapan and Russia last held \"two-plus-two\" talks in 2013.",
            "and",
        ),
        (
            "Roads are busy.\n\nPolice forces have begun a crackdown with an \"increased focus\" on speeding.",
            "forces",
        ),
    ] {
        let doc = annotate(text);
        assert!(
            quotes(&doc)
                .iter()
                .all(|q| q.cue.and_then(|c| c.text(text)) != Some(word)),
            "{text}: {:#?}",
            quotes(&doc)
        );
    }
}

/// `So-called "green-on-blue" insider attacks ...`: the writer's
/// distance from a term, which no one is quoted as saying. The `called`
/// had made the quote stand alone after a cue, and it went to the last
/// speaker (`Mohammad Rasoul Zazai`).
#[test]
fn a_quote_after_so_called_is_no_one_s_words() {
    let text = "\"The guard lost his life,\" Mohammad Rasoul Zazai told Reuters. So-called \"green-on-blue\" insider attacks were a major problem several years ago.";
    let doc = annotate(text);
    assert_eq!(
        contents(quotes(&doc), text),
        ["\"The guard lost his life,\""]
    );
}

/// `"Q," Nunes told "Fox News Sunday."`, `told "Good Morning America"`:
/// the show told is no quote. After the cue it had stood alone as a
/// direct quote, said by the one who told it, or joined to the quote
/// before it.
#[test]
fn a_show_told_is_not_a_quote() {
    let text = "The hearing ended.\n\n\"There never was a wiretap,\" Devin Nunes told \"Fox News Sunday.\" Two days later, he told \"Good Morning America\" more.";
    let doc = annotate(text);
    assert_eq!(
        contents(quotes(&doc), text),
        ["\"There never was a wiretap,\""]
    );
}

/// `which Apple's chief executive, Tim Cook, called ''total political
/// crap''`: the namer's apposition, set off by commas, keeps the clause
/// PolNeAR reports from the relative word (the quote had stood alone).
#[test]
fn a_naming_clause_reaches_over_the_namer_s_apposition() {
    let text = "Taxes rose.\n\nGiven the European Union's efforts to collect -- which Apple's chief executive, Tim Cook, called ''total political crap'' -- one question has emerged.";
    let doc = annotate(text);
    let clause = quote_where(&doc, |q| q.kind == QuoteKind::Indirect);
    assert_eq!(
        clause.content.text(text),
        Some("which Apple's chief executive, Tim Cook, called ''total political crap''")
    );
}

/// `Sir John Major has criticised what he calls "ultra Brexiteers" within
/// the Conservative Party who he believes ...`: the quote right after a
/// naming verb is the name it gives and all it reports; the report had
/// run on into the next clause.
#[test]
fn a_naming_verb_reports_the_quoted_name_it_gives() {
    let text = "The speech ended.\n\nMeanwhile, Sir John Major has criticised what he calls \"ultra Brexiteers\" within the Conservative Party who he believes are trying for a \"complete break from Europe.\"";
    let doc = annotate(text);
    let naming = quote_where(&doc, |q| {
        q.kind == QuoteKind::Indirect && q.content.text(text).is_some_and(|c| c.starts_with("what"))
    });
    assert_eq!(
        naming.content.text(text),
        Some("what he calls \"ultra Brexiteers\"")
    );
}

/// `what multiple lawmakers called “fraud” lead Sens. Jon Tester ... to
/// invoke ...`: a single quoted word after a naming verb is the name,
/// and the naming clause opens at `what`, before the namer's modifiers.
/// The report had run on from the quote into the sentence's main verb.
#[test]
fn a_naming_clause_ends_at_its_single_quoted_word() {
    let text = "The hearing ran long.\n\nHis emphasis on what multiple lawmakers called “fraud” lead Sens. Jon Tester and David Vitter to invoke the prospect of breaking up the bank.";
    let doc = annotate(text);
    let naming = quote_with_cue(&doc, text, "called");
    assert_eq!(
        naming.content.text(text),
        Some("what multiple lawmakers called “fraud”")
    );
}

/// `It's denouncing what it calls “the single-biggest coordinated media
/// attack in history.”`: the naming clause is reported after a pronoun
/// namer too, as PolNeAR does (the quote had stood alone).
#[test]
fn a_naming_clause_after_a_pronoun_namer_is_reported_whole() {
    let text = "The campaign answered.\n\nIt's denouncing what it calls “the single-biggest coordinated media attack in history.”";
    let doc = annotate(text);
    let clause = quote_where(&doc, |q| q.kind == QuoteKind::Indirect);
    assert_eq!(
        clause.content.text(text),
        Some("what it calls “the single-biggest coordinated media attack in history.”")
    );
}

/// `What Mr. Trump considers ''smart'' might be seen by others as
/// evasive.`: `consider` names as `call` does, and its naming clause is
/// what it reports (the report had run on into the main clause).
#[test]
fn consider_names_as_call_does() {
    let text = "The returns stay private.\n\nWhat Mr. Trump considers ''smart'' might be seen by others as evasive.";
    let doc = annotate(text);
    let naming = quote_where(&doc, |q| q.kind == QuoteKind::Indirect);
    assert_eq!(
        naming.content.text(text),
        Some("What Mr. Trump considers ''smart''")
    );
}

/// `She would also close the notorious ''carried interest'' loophole`:
/// an adverb that leads a verb is no cue of the quote after it (`also`
/// had made the term a partial quote said by `She`; `repeatedly`,
/// `reportedly`, `similarly` did so in the Dai corpus).
#[test]
fn an_adverb_leading_a_verb_is_no_cue_of_the_quote_after_it() {
    let text = "The plan was published.\n\nShe would also close the notorious ''carried interest'' loophole that benefits fund managers.";
    assert_no_quotes(text);
}

/// `She loudly commanded, "Go sit with those girls."`: the verb before
/// the comma introduces the quote past an adverb of manner after the
/// subject (the adverb had been the cue).
#[test]
fn a_verb_introduces_its_quote_past_an_adverb_of_manner() {
    let text = "A woman stepped on to the bus.\n\nShe loudly commanded, \"Go sit with those girls.\" Nobody moved.";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(quote.cue.and_then(|c| c.text(text)), Some("commanded"));
}

/// `A White House statement described their conversation as "extremely
/// cordial."`: a cue noun after its determiner says nothing of who
/// spoke, and the partial quote's cue is the verb (`statement` had been
/// the cue).
#[test]
fn a_partial_quote_s_cue_is_no_noun_after_a_determiner() {
    let text = "The leaders spoke.\n\nLater a White House statement described their conversation as \"extremely cordial.\"";
    let doc = annotate(text);
    let quote = quote_where(&doc, |q| q.kind == QuoteKind::Partial);
    assert_eq!(quote.cue.and_then(|c| c.text(text)), Some("described"));
}

/// `he is expected to arrange a visit by ... to the U.S. "Q," said Robert
/// Dujarric, ...`: a report with no speaker (a verb of seeming, run on
/// past `U.S.`) does not take over a quote attributed after it; the quote
/// had lost its speaker to the report.
#[test]
fn a_speakerless_report_leaves_a_quote_its_attribution_after_it() {
    let text = "Trump hosted Abe last month.\n\nWhen Tillerson goes to Beijing Saturday, he is expected to arrange a visit by Chinese President Xi Jinping to the U.S. \"The U.S. allies want to know that the United States will defend them,\" said Robert Dujarric, the director of an institute.";
    assert_sole_direct_quote_named(text, "Robert Dujarric");
}

/// `the Seine-Saint-Denis region ... said`, `The National Bus and Rail
/// Union has again called`: a capitalised word of a name of several words
/// (`Denis`, `Rail`, `Champions`) was the cue, and the name its speaker.
/// In a title-case headline (`Why Does Israel Refuse to ...`) and as a
/// sentence's first word (`Citing Justice Department officials`), such a
/// word stays a cue.
#[test]
fn a_capitalised_word_inside_a_name_is_no_cue() {
    let text = "Stephane Troussel, the head of the Seine-Saint-Denis region, where \
                Aulnay-sous-Bois is located, said the incident brought up \"numerous questions.\"";
    assert_cue_speaker(text, "said", "Stephane Troussel");
    let text = "The National Bus and Rail Union has again called on Mr Ross to establish a \
                forum for talks.";
    assert_cue_speaker(text, "called", "National Bus and Rail Union");
    assert_no_quotes("Barcelona made Champions League history by recovering from a 4-0 deficit.");
    assert_cue_speaker(
        "Why Does Israel Refuse to Recognize the Armenian Genocide",
        "Refuse",
        "Israel",
    );
    let text = "Citing Justice Department officials, the Post said the inquiry had ended.";
    assert_cue_speaker(text, "Citing", "Post");
}

/// `His surrogates called him ''a genius'' for ...`: a noun phrase that
/// names no known kind of speaker was no subject of `called`, so the
/// quoted words were a scare quote. A verb of naming with quoted words
/// in its object takes the phrase before it as speaker, unless the
/// phrase is a preposition's object or opens with `a` (the verb is then
/// a participle).
#[test]
fn the_subject_of_a_verb_naming_quoted_words_is_their_speaker() {
    let text = "His surrogates called him \"a genius\" for his recently revealed tax avoidance \
                strategies.";
    assert_cue_speaker(text, "called", "His surrogates");
    let text = "Many U.S. corporations have taken advantage of a tax break called the \
                \"domestic production deduction.\" The provision is obscure.";
    let doc = annotate(text);
    assert!(
        quotes(&doc)
            .iter()
            .all(|q| q.speaker.and_then(|s| s.text(text)) != Some("a tax break")),
        "{:#?}",
        quotes(&doc)
    );
}

/// `the Chicago Police Department which reported “2,521 shooting
/// incidents” in the city between ...`: quoted words right after a cue,
/// the writer's sentence going on past them, were a direct quote and
/// the report ended with them. They are a partial quote, and the report
/// runs on; where no report holds such words (`yelled “get out of my
/// country” at the two`), they keep the attribution they had.
#[test]
fn words_woven_after_a_cue_are_a_partial_quote_of_the_report() {
    let text = "To solve this quandary, they turned to the Chicago Police Department which \
                reported “2,521 shooting incidents” in the city between January 1 and \
                September 18.";
    let doc = annotate(text);
    assert!(direct_quotes(&doc).is_empty(), "{:#?}", quotes(&doc));
    let report = quote_where(&doc, |q| q.kind == QuoteKind::Indirect);
    assert_eq!(
        report.content.text(text),
        Some("“2,521 shooting incidents” in the city between January 1 and September 18")
    );
    let text = "The gunman yelled \"get out of my country\" at the two before he opened fire.";
    assert_cue_speaker(text, "yelled", "The gunman");
}

/// Readers' reactions signed with a dash (`“Q1” ― Christina N Luis
/// Olidem`, then `“Q2 ...` with its signature lost to a stray mark): the
/// unsigned quote was taken for the next part of the signed one before
/// it. A signature closes its quote; the next is no part of it, nor said
/// by its signer.
#[test]
fn a_quote_after_one_signed_by_a_dash_is_no_part_of_it() {
    let text = "Readers reacted to the debate.\n\n“Maybe we can build a wall around Donald \
                Trump.” ― Steve Quinlan\n“He is someone that no sane person would want as \
                president.”";
    let doc = annotate(text);
    let quotes = direct_quotes(&doc);
    assert_eq!(quotes.len(), 2, "{quotes:#?}");
    assert_eq!(quotes[0].speaker_name.as_deref(), Some("Steve Quinlan"));
    assert_eq!(quotes[1].speaker, None, "{quotes:#?}");
}

/// `a man named Tom Clarke`, `a hacking group known as Fancy Bear`: a
/// verb of naming right after an indefinite noun phrase is a participle,
/// and the name after it was reported as said by the phrase. Active uses
/// stay reports (`a leading opposition group called the coalition to
/// stop targeting homes`).
#[test]
fn a_naming_participle_after_an_indefinite_phrase_reports_nothing() {
    assert_no_quotes(
        "The mine was sold in 2015 to a man named Tom Clarke, who owned a chain of nursing homes.",
    );
    assert_no_quotes(
        "The emails were stolen by a notorious Russian military hacking group known as Fancy Bear.",
    );
    let text = "On Monday a leading Syrian opposition group called the US-led coalition to stop \
                targeting residential areas.";
    assert_cue_speaker(text, "called", "a leading Syrian opposition group");
}

/// `The move was hotly criticized by left-leaning economists`, `His views
/// were echoed by a number of tax experts`: a passive of a verb that
/// reports, with its agent after `by`, had no report (PolNeAR marks the
/// subject as what the agent said, 26 times in 34 on train and dev). It
/// reports the subject now, as said by the agent; `by` with no agent
/// (`by now`) and `supported by` money (not a poll's share) report
/// nothing.
#[test]
fn a_passive_of_a_reporting_verb_reports_its_subject_as_the_agent_s() {
    assert_report(
        "The move was hotly criticized by left-leaning economists.",
        "criticized",
        "The move",
        "left-leaning economists",
    );
    assert_report(
        "When the poll asked about all four candidates, Clinton was supported by 42 percent of \
         those responding.",
        "supported",
        "Clinton",
        "42 percent of those responding",
    );
    assert_no_quotes("The trip was supported by a travel grant from the university.");
    assert_no_quotes("The nominee should have been confirmed by now.");
}

/// `“... what they called ‘the comeback of the decade,'” the article
/// read.`: a quote closing with a quote within it was taken to end on
/// that inner mark, not on the comma inside both, so no attribution was
/// looked for after it; and a verb the lexicon does not know (`read`,
/// `states`) attributed the quote only after a name, never after a
/// description (`the article`, `the court filing`).
#[test]
fn a_quote_closing_on_a_comma_within_an_inner_quote_is_its_describer_s() {
    assert_sole_direct_quote_speaker(
        "“Business leaders honored Donald J. Trump yesterday for pulling off what they called \
         ‘the comeback of the decade,'” the article read.",
        "the article",
    );
    assert_sole_direct_quote_speaker(
        "“Rather than continuing this litigation, the President intends to rescind the Order,” \
         the brief states.",
        "the brief",
    );
    // After a quote ending its sentence, the words after it are the
    // writer's next sentence.
    assert_sole_direct_quote_has_no_speaker(
        "“But we come together. We the people!” The rappers, joined by Anderson Paak, went on \
         to perform.",
    );
}

/// `Having said that, there are some economists who argue that ...`: the
/// writer's turn of argument was a report of its own, said by `Having`,
/// which covered the economists' report after it.
#[test]
fn having_said_that_reports_nothing() {
    let text = "Having said that, there are some economists who argue that corporate taxes should \
                be cut.";
    assert_no_speaker_reads(text, "Having");
    assert_content_speaker_name(
        text,
        "that corporate taxes should be cut",
        "some economists",
    );
}

/// `Demonstrators said they want “justice for Terrence,” but pledged to
/// remain civil`: the cue joined to a report by `but` took the nearest
/// mention before it, the `they` inside the first report's content, as
/// its subject; it goes on with the first report's speaker.
#[test]
fn a_cue_joined_to_a_report_goes_on_with_its_speaker() {
    let text = "Demonstrators said they want “justice for Terrence,” but pledged to remain civil.";
    assert_cue_speaker(text, "pledged", "Demonstrators");
}

/// `family members of 9/11 victims, many of whom say ...`: the share
/// named by `of whom` is the subject PolNeAR marks (as it marks `who`);
/// the speaker mention was the antecedent, `members`.
#[test]
fn a_share_of_whom_is_the_subject_of_its_cue() {
    let text = "This has not gone over well with family members of 9/11 victims, many of whom say \
                the president's claims about retaliation are false.";
    assert_cue_speaker(text, "say", "many of whom");
}

/// `and most don’t expect him to back Clinton`: the negation written
/// with a curly apostrophe was not read as part of the verb group, so
/// `n’t` became the speaker.
#[test]
fn a_curly_negation_is_part_of_the_verb_group_not_the_speaker() {
    let text = "His leverage isn’t going anywhere, and most don’t expect him to back Clinton when \
                he speaks to supporters.";
    assert_no_speaker_reads(text, "n’t");
    assert_cue_speaker(text, "expect", "most");
}

/// `defensive when forced to defend not paying an architect who said he
/// was stiffed`: a `who` whose antecedent no entity names (only nouns
/// that name speakers are mentions) found no speaker at all, or stood
/// for an earlier mention (`He met an architect who said ...`: `He`).
/// A phrase in apposition to a name still stands for the name, and a
/// noun between `who` and the cue is the cue's own subject.
#[test]
fn who_stands_for_the_unnamed_noun_phrase_before_it() {
    let text = "Trump was defensive when forced to defend not paying an architect who said he was \
                stiffed.";
    assert_cue_speaker(text, "said", "who");
    assert_cue_speaker_name(text, "said", "an architect");
    assert_cue_speaker_name(
        "He met an architect who said he was stiffed.",
        "said",
        "an architect",
    );
    assert_cue_speaker_name(
        "Kelly, an administrator who declined to give her surname, was angry.",
        "declined",
        "Kelly",
    );
    assert_cue_speaker(
        "Two are the women who police believe wiped his face.",
        "believe",
        "police",
    );
}

/// `... with the explicit purpose of forwarding its view of the world says
/// something about the extreme ... media relativism`: `says something
/// about` means `shows`, and was a report said by `its view of the world`.
#[test]
fn says_something_about_reports_nothing() {
    assert_no_quotes(
        "That two hosts would sign up with a network forwarding its view of the world says \
         something about the extreme media relativism of the land.",
    );
}

/// `the kind of time-consuming and needless speculation that Mr. Trump
/// has generated`: the adjective before a noun cue was taken for its
/// subject, and said the report.
#[test]
fn an_adjective_before_a_noun_cue_is_no_speaker() {
    let text = "That would prevent the kind of time-consuming and needless speculation that Mr. \
                Trump has generated from ever again being an issue.";
    assert_no_speaker_reads(text, "needless");
}

/// `in the United States, both candidates have opposed a trade deal ...,
/// known as the Trans-Pacific Partnership`: what is
/// known of its subject is known by no one in particular (PolNeAR gives
/// 55 of its 63 `known` cues no source), but the nearest mention was made
/// its speaker. What someone has known stays theirs.
#[test]
fn known_as_names_no_speaker() {
    let text = "Meanwhile, in the United States, both presidential candidates have opposed an \
                expansive new trade deal with countries bordering the Pacific Rim, known as the \
                Trans- Pacific Partnership.";
    assert_no_speaker_reads(text, "United States");
    assert_no_speaker_reads(
        "Trump won the group of contests known as Super Tuesday.",
        "the group",
    );
    assert_cue_speaker(
        "We've known since at least World War I that sustained economic misery breeds fascism.",
        "known",
        "We",
    );
}

/// `But, said Solovey, “Q”`, `Said Dorothy Poynter, who grew up with Ali
/// in the neighborhood, “Q”`, `Says Feng Yunxi: “Q”`: an inverted
/// attribution before a quote found its cue but looked for the speaker before it, where there is
/// none. A verb of telling is never inverted (`Clark, a law professor,
/// told ABC News, “Q”`).
#[test]
fn an_inverted_attribution_before_a_quote_names_its_speaker() {
    assert_sole_direct_quote_named(
        "Nicklaus said it was sad. Said Dorothy Poynter, who grew up with Ali in the \
         neighborhood, “He was a great man.”",
        "Dorothy Poynter",
    );
    assert_sole_direct_quote_named("But, said Solovey, “He could be tough.”", "Solovey");
    assert_sole_direct_quote_named(
        "Sam Xie runs the space. Says Feng Yunxi: “All of them need a decent space.”",
        "Feng Yunxi",
    );
    // Any verb of the cue lexicon may open the sentence.
    assert_sole_direct_quote_named(
        "Tessa Misiaszek came with friends. Explains Amanda Mahlman, “Donald Trump's win \
         mobilized a generation.”",
        "Amanda Mahlman",
    );
    assert_sole_direct_quote_named(
        "Kathleen Clark, a law professor, told ABC News, “She broke the law.”",
        "Kathleen Clark",
    );
}

/// `RED STATES OUTNUMBER BLUE STATES FOR THE FIRST TIME - Jeffrey M.
/// Jones: “Q”`, `More from Blumenthal and Cohen: “Q”`: a digest names the
/// writer it quotes after a dash or `from`, before a colon; the quote had
/// no speaker, or the headline's shouted name (`CRUZ`).
#[test]
fn a_name_after_a_dash_before_a_colon_says_the_quote() {
    assert_sole_direct_quote_named(
        "RED STATES OUTNUMBER BLUE STATES FOR THE FIRST TIME - Jeffrey M. Jones: “Gallup’s \
         analysis of political party data shows more red states.”",
        "Jeffrey M. Jones",
    );
    assert_sole_direct_quote_speaker(
        "The partisanship of the states shifted - More from Blumenthal and Cohen: “Data \
         collected by our firm shows it.”",
        "Blumenthal and Cohen",
    );
}

/// `At a rally in Beaumont, Tex., Mr. Trump was blunt, claiming ...`,
/// `Like Corker, Menendez rejected it, arguing ...`: the participle's
/// subject was the first mention of the sentence, a place or a person in
/// the phrase a preposition (or a subordinate clause) opens it with.
#[test]
fn a_participle_after_an_opening_phrase_is_said_by_the_main_subject() {
    assert_cue_speaker(
        "At a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming that the \
         system was rigged.",
        "claiming",
        "Mr. Trump",
    );
    assert_cue_speaker(
        "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to expand on her \
         statement, saying she was sorry.",
        "saying",
        "Mrs. Clinton",
    );
    assert_cue_speaker(
        "Like Corker, Menendez also rejected the notion that Democrats could pull away, \
         arguing that there is flexibility.",
        "arguing",
        "Menendez",
    );
    // So is one after a short lead of time.
    assert_cue_speaker(
        "The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming \
         that the system was rigged.",
        "claiming",
        "Mr. Trump",
    );
    // So is a subordinate clause.
    assert_cue_speaker(
        "While Democrats plot to take advantage of the tensions, Republicans are looking to \
         do much the same, hoping to win.",
        "hoping",
        "Republicans",
    );
    // A phrase with no comma of its own ends before its subject.
    assert_cue_speaker(
        "On Sunday morning Mr. Trump made a third attempt to deflect the criticism, writing \
         on Twitter that the real issue was terrorism.",
        "writing",
        "Mr. Trump",
    );
}

/// `The Democratic National Convention released a statement Wednesday,
/// saying ...`: the first mention of the sentence was the message, where
/// no entity names the subject that issued it; and `Mr. Manafort helped
/// draft a report defending ...`, apart from its subject, was doubted
/// away.
#[test]
fn a_participle_after_an_issued_message_is_said_by_its_issuer() {
    assert_cue_speaker(
        "The Democratic National Convention released a statement Wednesday evening, saying \
         it was proud.",
        "saying",
        "The Democratic National Convention",
    );
    assert_cue_speaker(
        "The town released a statement Wednesday saying it welcomed the visit.",
        "saying",
        "The town",
    );
    assert_cue_speaker(
        "Mr. Manafort helped draft a report defending the prosecution that the government \
         commissioned in 2012.",
        "defending",
        "Mr. Manafort",
    );
}

/// `Since last November, according to Human Rights Watch, state security
/// forces have killed ...`: the attribution interrupts the clause, whose
/// subject, in lower case, was not read as one; the report stopped at
/// `Since last November`.
#[test]
fn according_to_inside_a_clause_whose_subject_is_in_lower_case_reports_it_whole() {
    assert_report(
        "Since last November, according to Human Rights Watch, state security forces have \
         killed more than 400 protesters.",
        "according to",
        "Since last November, according to Human Rights Watch, state security forces have \
         killed more than 400 protesters",
        "Human Rights Watch",
    );
    // A relative clause after the attribution is no part of the report.
    assert_report(
        "In the final round of primaries, Clinton leads by 10 points, according to the \
         RealClearPolitics average, where 475 delegates are at stake.",
        "according to",
        "In the final round of primaries, Clinton leads by 10 points",
        "the RealClearPolitics average",
    );
}

/// `Ryan and Trump will meet next week, Spicer said, adding, “Q”`: the
/// participle after an attribution's comma was said by the first mention
/// of the sentence (`Ryan`), not by the speaker going on; and never by
/// the one told (`, she told Al Jazeera, adding`).
#[test]
fn a_participle_after_an_attribution_is_said_by_its_speaker() {
    assert_sole_direct_quote_named(
        "Ryan and Trump will meet sometime next week, Spicer said, adding, \"They need to sit \
         down and have a good talk.\"",
        "Sean Spicer",
    );
    // Any verb of the cue lexicon in the past (`recalled`, `noted`).
    assert_cue_speaker(
        "Grayson said Randolph “would have no chance to win,” the source recalled, adding \
         that the talks went nowhere.",
        "adding",
        "the source",
    );
    assert_cue_speaker_name_is_not(
        "The town was quiet on Monday, Ms. Khan told Al Jazeera, adding that more families \
         were expected to flee.",
        "adding",
        "Al Jazeera",
    );
}

/// `In 2009, when Obama offered states billions ... through his grant
/// program, “states were hemorrhaging money,” DeSantis said.`: the report
/// of `offered` ran on through the quote, which then took Obama for its
/// speaker; the quote set off by a comma before its own attribution is
/// DeSantis's.
#[test]
fn a_quote_set_off_before_its_own_attribution_is_no_part_of_an_earlier_report() {
    assert_sole_direct_quote_named(
        "In 2009, when President Barack Obama offered states billions of dollars for \
         education through his signature Race To The Top competitive grant program, “states \
         were hemorrhaging money. They needed it,” DeSantis said.",
        "DeSantis",
    );
}

/// `Protest groups say ..., and the American Civil Liberties Union of
/// Ohio has already sued the city, saying ...`: the subject of the clause
/// conjoined before the participle was looked for right after `and`, not
/// past a determiner, nor before a place the body is of; the participle
/// went to the first clause's `groups`.
#[test]
fn a_participle_after_a_conjoined_clause_with_a_determined_subject_is_its_subjects() {
    assert_cue_speaker(
        "Protest groups say the restrictions are less for safety, and the American Civil \
         Liberties Union of Ohio has already sued the city over the rules, saying they \
         violate free speech.",
        "saying",
        "American Civil Liberties Union",
    );
}

/// `Washington (AFP) – Democrat Hillary Clinton has taken a swipe at ...,
/// saying ...`: a dateline was read only with its place in capitals; the
/// participle went to `Washington`.
#[test]
fn a_dateline_with_its_agency_in_brackets_names_no_speaker() {
    assert_cue_speaker(
        "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Republican rival \
         Donald Trump’s stance on Brexit, saying it was reckless.",
        "saying",
        "Hillary Clinton",
    );
}

/// `Labour had pushed for MPs to have a decisive say on the final terms`,
/// `he has had a decisive say in all the military operations`: the noun
/// `say` was read as the verb, and `MPs` reported `the final terms`.
#[test]
fn the_noun_say_after_a_determiner_reports_nothing() {
    for text in [
        "Labour had pushed for MPs to have a decisive say on the final terms, but the vote \
         means the bill remains unchanged.",
        "As foreign minister he has had a decisive say in all the military operations his \
         country was engaged in.",
        "Lynch still has the final say on whether Clinton faces prosecution.",
    ] {
        let doc = annotate(text);
        assert!(
            quotes(&doc)
                .iter()
                .all(|q| q.cue.is_none_or(|c| &text[c.range()] != "say")),
            "{text}: {:?}",
            quotes(&doc)
        );
    }
}

/// `said at a news briefing in Beijing on Jan 17 that China hopes ...`:
/// a circumstance longer than eight tokens between a verb of speech and
/// its `that` was kept as the start of what was said.
#[test]
fn a_long_circumstance_before_that_is_no_part_of_what_was_said() {
    assert_report(
        "Foreign Ministry spokeswoman Hua Chunying said at a news briefing in Beijing on Jan 17 \
         that China hopes to see a Europe that is prosperous and open.",
        "said",
        "that China hopes to see a Europe that is prosperous and open",
        "Hua Chunying",
    );
    assert_report(
        "Mitch McConnell argued in favor of DeVos ahead of the vote, saying that she would \
         empower states.",
        "saying",
        "that she would empower states",
        "Mitch McConnell",
    );
}

/// `He said, however, that ...`, `Polls suggest, however, that ...`: an
/// aside set off by commas between the cue and its `that` was kept as the
/// start of what was said.
#[test]
fn an_aside_between_commas_after_the_cue_is_no_part_of_what_was_said() {
    assert_report(
        "The army argued, however, that the activists could not legally go ashore.",
        "argued",
        "that the activists could not legally go ashore",
        "the army",
    );
    assert_report(
        "The American Society of Civil Engineers estimated, based on 2013 data, that $3.6 \
         trillion is needed by 2020.",
        "estimated",
        "that $3.6 trillion is needed by 2020",
        "American Society of Civil Engineers",
    );
}

/// `told reporters Trump asked if ...`, `told the crowds British Prime
/// Minister Theresa May was not interested ...`: capitalised words after
/// an addressee a speaker usually tells were taken as more of the
/// addressee, and the clause lost its subject (or the report was lost).
#[test]
fn a_name_after_a_usual_addressee_opens_what_was_told() {
    assert_report(
        "As he left that meeting, Bharara told reporters Trump asked if he would be prepared \
         to remain in his post.",
        "told",
        "Trump asked if he would be prepared to remain in his post",
        "Preet Bharara",
    );
    assert_report(
        "Spokesman Declan Fearon told the crowds British Prime Minister Theresa May was not \
         interested in their concerns.",
        "told",
        "British Prime Minister Theresa May was not interested in their concerns",
        "Declan Fearon",
    );
    assert_report(
        "Prime Minister Malcolm Turnbull told reporters Tuesday the arrest highlighted that \
         support for ISIS was not limited to the cities.",
        "told",
        "the arrest highlighted that support for ISIS was not limited to the cities",
        "Malcolm Turnbull",
    );
}

/// `The Department of Foreign Affairs in Dublin said`, `a federal judge in
/// Honolulu said`: the place after the speaker's noun was taken for the
/// speaker, and a corpus aggregated by speaker counted `Dublin`.
#[test]
fn a_place_after_the_speaker_s_noun_is_where_the_speaker_is_not_who() {
    assert_cue_speaker_name(
        "The ministry in Dublin said it stood by to offer consular assistance.",
        "said",
        "the ministry in Dublin",
    );
    assert_cue_speaker_name(
        "A senior colleague from Yangzhou says the dish has layers of meat and vegetables.",
        "says",
        "a senior colleague from Yangzhou",
    );
    // A participle before the place: the noun before it is the speaker.
    assert_cue_speaker_name_is_not(
        "The company, based in Shenzhen, said that the deal would make it the largest \
         shareholder.",
        "said",
        "based in Shenzhen",
    );
}

/// `The Club for Growth is reportedly spending $1.5 million ...`: a claim
/// the article marks as reported by no one it names was no quote at all;
/// a fact-checker wants it found, with no speaker and the reason.
#[test]
fn a_clause_marked_reportedly_is_a_report_with_no_speaker() {
    let text = "Clinton is ready for an attack at the first debate (her team has reportedly \
                consulted shrinks and the ghost writer of a Trump book), aides say.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "reportedly");
    assert_eq!(
        report.content.text(text),
        Some("her team has reportedly consulted shrinks and the ghost writer of a Trump book")
    );
    assert!(report.speaker.is_none(), "{report:#?}");
    assert!(report.unattributed.is_some(), "{report:#?}");
}

/// `told BBC Radio 4's Today programme about 400 people were arrested`:
/// the content began inside the programme's name (`4's Today programme
/// about ...`), at a number glued to its possessive or at the possessive
/// itself, and a quote after the programme lost its speaker.
#[test]
fn the_programme_a_speaker_told_is_not_part_of_what_was_said() {
    assert_report(
        "Simon Bailey told BBC Radio 4's Today programme about 400 people were arrested every \
         month.",
        "told",
        "about 400 people were arrested every month",
        "Simon Bailey",
    );
    assert_report(
        "Mr Sanders told MSNBC's Rachel Maddow the numbers were wrong.",
        "told",
        "the numbers were wrong",
        "Bernie Sanders",
    );
    assert_report(
        "Mr Trump told ABC’s “Good Morning America” on Monday the tone of the interview was \
         fine.",
        "told",
        "the tone of the interview was fine",
        "Donald Trump",
    );
    assert_report(
        "Mr Kerry told Channel 4 News the deal was off.",
        "told",
        "the deal was off",
        "Kerry",
    );
    assert_sole_direct_quote_named(
        "But Mr Davis told BBC Radio 4's Today programme \"this is not a threat, it is a \
         statement of the fact that this will be harmful for both of us\".",
        "Davis",
    );
    assert_sole_direct_quote_named(
        "Roger Stone told CNN's KFile in response to the charges from WikiLeaks: \"Since I \
         never communicated with WikiLeaks, I guess I must be innocent.\"",
        "Roger Stone",
    );
    // A circumstance and no clause after the programme: nothing reported.
    let text = "Mr Cruz told CNN's Jake Tapper on Sunday.";
    assert!(
        quotes(&annotate(text)).is_empty(),
        "{:#?}",
        quotes(&annotate(text))
    );
}

/// `In a speech last July, he said:` was read as `CLAUSE, he said.` with
/// the circumstance for what was said; `said in his formal statement:
/// “Q”` reported the circumstance and gave the quote to the noun
/// `statement` as its cue.
#[test]
fn a_circumstance_of_saying_is_not_what_was_said() {
    let text = "Perry did not have kind words for Donald Trump. In a speech last July, he \
                said:\n\nLet no one be mistaken, his candidacy is a cancer on conservatism.";
    let doc = annotate(text);
    assert!(
        !contents(quotes(&doc), text).contains(&"In a speech last July"),
        "{:#?}",
        quotes(&doc)
    );
    let text = "Trump, who has told aides he sees the issues as interconnected, said in his \
                formal statement: \"I am trying to save lives and prevent the next terrorist \
                attack.\"";
    let doc = annotate(text);
    assert!(
        !contents(quotes(&doc), text).contains(&"in his formal statement"),
        "{:#?}",
        quotes(&doc)
    );
    let quote = sole_direct_quote(&doc);
    assert_eq!(
        quote.cue.and_then(|c| c.text(text)),
        Some("said"),
        "{quote:#?}"
    );
    assert_eq!(
        quote.speaker_name.as_deref(),
        Some("Donald Trump"),
        "{quote:#?}"
    );
}

/// `Add to that a string of new reports that Flynn was lobbying` gave
/// the report to the speaker `a string of new`, and `his recent claim
/// that` to `his recent`: words that modify a noun cue are not who said
/// it.
#[test]
fn the_modifier_of_a_noun_cue_is_not_its_speaker() {
    let text = "Add to that a string of new reports that Flynn was lobbying on behalf of a \
                Turkish firm.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "reports");
    assert!(report.speaker.is_none(), "{report:#?}");
    assert!(report.unattributed.is_some(), "{report:#?}");
    assert_cue_speaker(
        "Andriano Erwin said on Saturday that Aisyah said she was paid $90 and repeated her \
         previous claim that she was duped into the plot.",
        "claim",
        "her",
    );
}

/// `Mr. Trump's former campaign manager, Corey Lewandowski, said the
/// staff member who succeeded him ... should be terminated` was read as
/// `CLAUSE, said X` with the name for what was said and `the staff
/// member` for its speaker; `Mr. Manafort, citing ''the unique magic of
/// Trump,'' said the candidate could be` gave the quote to `the
/// candidate`.
#[test]
fn a_noun_phrase_after_said_that_a_verb_follows_is_what_was_said() {
    assert_report(
        "Mr. Trump's former campaign manager, Corey Lewandowski, said the staff member who \
         succeeded him and helped engineer his ouster, Paul Manafort, should be terminated over \
         the plagiarism.",
        "said",
        "the staff member who succeeded him and helped engineer his ouster, Paul Manafort, \
         should be terminated over the plagiarism",
        "Corey Lewandowski",
    );
    assert_report(
        "Mr. Manafort, citing the unique magic of Trump, said the candidate could be in a very \
         competitive situation in states like Pennsylvania.",
        "said",
        "the candidate could be in a very competitive situation in states like Pennsylvania",
        "Paul Manafort",
    );
    assert_cue_speaker_name(
        "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could be in a \
         very competitive situation in states like Pennsylvania.",
        "citing",
        "Paul Manafort",
    );
}

/// `CLAUSE in Congress, whom he's alienated with his rhetoric, said Larry
/// Sabato, director of ...` read `Congress, whom ...,` as a name and its
/// apposition, the subject of `said`, and found nothing; `, Wilkin said
/// during his campaign speech to be a national delegate.` took the
/// circumstance for what was said.
#[test]
fn a_postposed_attribution_survives_a_relative_clause_and_an_infinitive_before_and_after_it() {
    assert_report(
        "Cruz also lacks support from his Republican colleagues in Congress, whom he's \
         alienated with his anti-establishment rhetoric, said Larry Sabato, director of the \
         University of Virginia's Center for Politics.",
        "said",
        "Cruz also lacks support from his Republican colleagues in Congress, whom he's \
         alienated with his anti-establishment rhetoric",
        "Larry Sabato",
    );
    assert_report(
        "His allegiance has shifted from Carly Fiorina to Rubio, Wilkin said during his \
         campaign speech to be a national delegate.",
        "said",
        "His allegiance has shifted from Carly Fiorina to Rubio",
        "Wilkin",
    );
}

/// `told Reuters news agency the armed group had taken back the ports`
/// began the content at `news agency`; `told AFP news agency on condition
/// of anonymity: “Q”` lost the quote to an earlier cue.
#[test]
fn the_nouns_of_a_medium_after_its_name_are_part_of_the_addressee() {
    assert_report(
        "Ahmed al-Mismari, spokesman of the army, told Reuters news agency the armed group had \
         taken back the ports.",
        "told",
        "the armed group had taken back the ports",
        "Ahmed al-Mismari",
    );
    assert_cue_speaker(
        "Jean-Claude Juncker praised the result as a \"vote against extremists\" while one \
         senior European source told AFP news agency on condition of anonymity: \"Common sense \
         strikes back.\"",
        "told",
        "one senior European source",
    );
}

/// `CLAUSE, Li told a gathering of outstanding foreign experts working in
/// China.` took the long addressee for what was said, the clause before
/// the comma left out.
#[test]
fn a_long_addressee_after_a_postposed_told_is_not_what_was_said() {
    assert_report(
        "More foreign talent is welcome to China for innovative work and business, Li Keqiang \
         told a gathering of outstanding foreign experts working in China.",
        "told",
        "More foreign talent is welcome to China for innovative work and business",
        "Li Keqiang",
    );
    // A verb of warning has an object of its own.
    assert_report(
        "Murray warned his rival against sampling the sweet dish invented in his homeland.",
        "warned",
        "his rival against sampling the sweet dish invented in his homeland",
        "Murray",
    );
}

/// `Victor Gao, director of the association, says China eventually wants
/// peace.` read the name and its bare role as what China said: an
/// apposition with no determiner was not seen as one.
#[test]
fn a_bare_role_after_a_name_is_its_apposition_not_what_was_said() {
    assert_report(
        "Victor Gao, director of the China National Association of International Studies, \
         says China eventually wants peace on the peninsula.",
        "says",
        "China eventually wants peace on the peninsula",
        "Victor Gao",
    );
    assert_report(
        "Ruchir Sharma, chief global strategist at Morgan Stanley Investment Management, says \
         China, and Asia as a whole, have proved that it is important to put factories first.",
        "says",
        "China, and Asia as a whole, have proved that it is important to put factories first",
        "Ruchir Sharma",
    );
}

/// `Democrat Jon Ossoff is polling strongly; with enough miles ...`: the
/// adverb, counted in PolNeAR's cue spans (`strongly criticized`), was
/// taken for a cue on its own, `polling` for its speaker and `; with ...`
/// for what was said. An adverb that ends its clause reports nothing.
#[test]
fn an_adverb_that_ends_its_clause_is_no_cue() {
    assert_no_quotes(
        "Democrat Jon Ossoff is polling strongly; with enough miles on the ride, 50 percent is \
         not inconceivable.",
    );
    assert_no_quotes(
        "The company's American unit performed especially strongly, adding 8.2 million \
         customers last year.",
    );
    // Before a verb it still leads to the verb's report.
    assert_report(
        "Senator Jane Smith strongly criticized the plan to cut taxes for the rich.",
        "criticized",
        "the plan to cut taxes for the rich",
        "Jane Smith",
    );
}

/// `A gunman attacked a seafront hotel, killing 38 people` was reported
/// as something the gunman said: `attack` is a cue of words in political
/// news and a verb of violence in the rest. With words of violence in
/// its sentence and no reason, name or quote after it, it reports
/// nothing.
#[test]
fn an_attack_of_violence_is_no_report() {
    assert_no_quotes("A gunman attacked a seafront hotel, killing 38 people.");
    assert_no_quotes("The man attacked the German woman with a hammer on Tuesday.");
    // An attack of words keeps its report, with violence in the sentence
    // or not.
    assert_report(
        "Tim Farron attacked the government for its failure to protect the police.",
        "attacked",
        "the government for its failure to protect the police",
        "Tim Farron",
    );
    assert_report(
        "Barbara Boxer attacked Fiorina in Iowa.",
        "attacked",
        "Fiorina in Iowa",
        "Barbara Boxer",
    );
}

/// `The last question was from a young child, who said he and his father
/// drove ...` had no report: a preposition before the antecedent of
/// `who` was taken to govern a noun's modifier (`a woman of [Syrian
/// origin], who says`), though here it follows a verb.
#[test]
fn the_antecedent_of_who_may_follow_a_verbs_preposition() {
    assert_report(
        "The last question was from a young child, who said he and his father drove to the \
         event from Omaha.",
        "said",
        "he and his father drove to the event from Omaha",
        "a young child",
    );
    // `WHO` is the organisation, no relative pronoun.
    assert_cue_speaker_name(
        "The WHO said the list is intended to spur governments to act.",
        "said",
        "World Health Organization",
    );
}

#[test]
fn a_damaged_apostrophe_in_an_irish_surname_opens_no_quote() {
    // news-dai2017 writes `O’Sullivan` as `O"ullivan`: the mark paired
    // with the next one, and the quote between ran over the article.
    let text = r#"It comes after Ms O"ullivan said she has "a journey of work to do". She was responding to questions. The union said the Garda Commissioner N. O"ullivan had failed."#;
    let doc = annotate(text);
    let quoted = contents(quotes(&doc), text);
    assert!(
        quoted.iter().all(|c| !c.starts_with(r#""ullivan"#)),
        "{quoted:?}"
    );
    assert!(
        quoted.contains(&r#""a journey of work to do""#),
        "{quoted:?}"
    );
}

#[test]
fn an_apostrophe_before_one_letter_pairs_with_no_quote_mark() {
    // `we'r` (a scrape that lost the `e` of `'re`) and `Kiteng'e` left
    // their apostrophes loose, and the words between two of them were
    // quoted: `'r five weeks into it and they'`.
    let text = "Now we'r five weeks into it and they'r tired, said Smith. Al Jazeera met Kiteng'e on January 30. Kiteng'e had been sick, the doctor said.";
    let doc = annotate(text);
    let quoted = contents(quotes(&doc), text);
    assert!(quoted.iter().all(|c| !c.starts_with('\'')), "{quoted:?}");
}

#[test]
fn a_hyphenated_title_before_a_postposed_speaker_is_part_of_the_title() {
    // The hyphen of `Attorney-General` is no word: the title stopped
    // there, so the name after it did not follow the clause's comma and
    // the clause was no one's report.
    for (text, speaker) in [
        (
            "The officers paid hackers, Attorney-General Jeff Sessions said.",
            "Attorney-General Jeff Sessions",
        ),
        (
            "The troops left the city, Lieutenant-General Sergey Rudskoy told a briefing.",
            "Lieutenant-General Sergey Rudskoy",
        ),
    ] {
        let doc = annotate(text);
        let quote = first_indirect_quote(&doc);
        assert_eq!(
            quote.speaker.and_then(|s| s.text(text)),
            Some(speaker),
            "{quote:#?}"
        );
    }
}

#[test]
fn a_name_whose_letters_a_damaged_encoding_replaced_is_the_speaker() {
    // news-dai2017 writes Müller as `M��ller`: the replacement characters
    // cut the name in three, the entity model read none of it, and the
    // quote had no speaker.
    let text = "\"I think you saw how much we wanted to win,\" M\u{FFFD}\u{FFFD}ller told German television.";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(
        quote.speaker.and_then(|s| s.text(text)),
        Some("M\u{FFFD}\u{FFFD}ller"),
        "{quote:#?}"
    );
}

#[test]
fn a_minute_mark_before_a_parenthesis_opens_no_quote() {
    // news-dai2017 football reports: `(Kolasinac 50")` opened a quote that
    // ran to the paragraph's end, joined to Müller's words before it.
    let text = r#""It was a nice day," Muller told TV. Mainz 0-1 Schalke (Kolasinac 50") Schalke had followed up last weekend with a draw at Gladbach. Mainz had the better chances."#;
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(
        quote.content.text(text),
        Some(r#""It was a nice day,""#),
        "{quote:#?}"
    );
}

#[test]
fn an_adverb_of_degree_before_a_cue_is_no_speaker() {
    // `His family is also very concerned for his welfare`: `very` was
    // read as the subject of `concerned`, and named as its speaker.
    assert_no_speaker_reads(
        "Mr Quinn has been missing since Monday. His family is also very concerned for his welfare.",
        "very",
    );
}

#[test]
fn a_hyphenated_modifier_does_not_cut_a_speaker_after_its_clause() {
    // `CLAUSE, the state-run Xinhua news agency said`: the subject stopped
    // at the hyphen of `state-run`, and the report had no speaker at all.
    assert_report(
        "The minister resigned on Friday, the state-run Xinhua news agency said.",
        "said",
        "The minister resigned on Friday",
        "Xinhua",
    );
    assert_report(
        "The government is ready for such an exchange with rebel groups, the state-run Syrian TV said on Monday.",
        "said",
        "The government is ready for such an exchange with rebel groups",
        "the state-run Syrian TV",
    );
}

#[test]
fn a_cue_glued_to_the_word_before_it_by_a_hyphen_reports_nothing() {
    // `well-known`: the subject of `known` must not be read across the
    // hyphen that makes it part of an adjective.
    assert_no_quotes(
        "That two well-known American hosts would so blithely sign up with a network Russia has financed says something about the media.",
    );
}

#[test]
fn a_participle_with_its_agent_after_a_noun_reports_nothing() {
    // `the Tokyo-administered chain claimed by Beijing`: `claimed` was
    // read as the chain's report of the clause before it.
    assert_no_speaker_reads(
        "Japan and China have locked horns over the Senkaku Islands, the Tokyo-administered chain claimed by Beijing, which refers to them as the Diaoyu Islands.",
        "the Tokyo-administered chain",
    );
    assert_no_speaker_reads(
        "The settlement announced by EU Competition Commissioner Margrethe Vestager on Monday includes greater freedom for countries dealing with Gazprom.",
        "The settlement",
    );
}

#[test]
fn a_quote_in_an_aside_does_not_push_the_subject_out_of_reach() {
    // The quoted words of the aside counted token by token, and the
    // subject before it was too far from `said`: the report was lost.
    assert_report(
        "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could be in a very competitive situation in states like Pennsylvania.",
        "said",
        "the candidate could be in a very competitive situation in states like Pennsylvania",
        "Paul Manafort",
    );
}

#[test]
fn a_report_after_a_quoted_exclamation_keeps_its_subject() {
    // The sentence ended at `!”`, and `and said that ...` had no subject.
    assert_report(
        "She declared “What a Super Tuesday!” and said that her campaign would continue across the nation.",
        "said",
        "that her campaign would continue across the nation",
        "she",
    );
}

#[test]
fn a_participle_with_a_date_before_the_sentence_verb_reports_nothing() {
    // `declared on Monday has held`: the participle modifies the subject,
    // and `Monday has held ...` was read as what the ceasefire declared.
    assert_no_quotes("The ceasefire declared on Monday has held in most areas.");
    assert_no_quotes("The plan announced last week will cut taxes for most families.");
    // A name after the date is the subject of what was said.
    assert_report(
        "The Times newspaper reported on Saturday Cameron had ordered diplomats to repair relations.",
        "reported",
        "Cameron had ordered diplomats to repair relations",
        "the Times newspaper",
    );
}

#[test]
fn a_quote_after_an_opening_participle_is_the_participles() {
    // `told` took the quote before its subject as its own, and reported
    // `Citing “...,”` instead of the clause after `POLITICO`.
    let text = "Citing “obligations in Tennessee,” the former vice president’s spokeswoman told POLITICO that Gore plans to skip the festivities in Philadelphia.";
    assert_report(
        text,
        "told",
        "that Gore plans to skip the festivities in Philadelphia",
        "the former vice president’s spokeswoman",
    );
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(quote.cue.and_then(|c| c.text(text)), Some("Citing"));
}

#[test]
fn an_attribution_with_a_long_circumstance_between_commas_reports_around_it() {
    // `explained earlier in the committee hearing,`: five words before
    // the closing comma were too many for a parenthetical attribution,
    // and the report began at `earlier`, the subject left out.
    assert_report_parts(
        "These employees, Stumpf explained earlier in the committee hearing, were well-paid, making between $30,000 and $60,000 a year.",
        "explained",
        &[
            "These employees",
            "were well-paid, making between $30,000 and $60,000 a year",
        ],
        "Stumpf",
    );
    // A comma inside what was said closes no attribution.
    assert_report(
        "Purdue said in a statement that in 2007, it provided information to the police.",
        "said",
        "that in 2007, it provided information to the police",
        "Purdue",
    );
}

#[test]
fn a_participle_after_a_preposition_modifies_the_noun_after_it() {
    // `of newly filed campaign-finance reports`: `filed` was read as the
    // analysis's cue, reporting `campaign-finance reports shows`.
    assert_no_speaker_reads(
        "Donations hit $1.1 billion, a USA TODAY analysis of newly filed campaign-finance reports shows.",
        "a USA TODAY analysis",
    );
    assert_no_quotes(
        "The agency launched an investigation into alleged fraud in granting passports.",
    );
    // A stranded `to` ends a relative clause before the sentence's verb.
    let text = "A number of former prisoners I spoke to agreed that drugs are thrown over walls.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "agreed");
    assert_eq!(
        report.content.text(text),
        Some("that drugs are thrown over walls")
    );
}

/// Checks that the quote of `text` whose cue reads `cue` reports
/// `content` and names no speaker.
fn assert_unattributed_report(text: &str, cue: &str, content: &str) {
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, cue);
    assert_eq!(report.content.text(text), Some(content), "{report:#?}");
    assert!(report.speaker.is_none(), "{report:#?}");
}

#[test]
fn a_question_put_after_when_asked_is_reported_by_no_one_named() {
    // Only a sentence opening with `When asked` was read; `But when
    // asked` reported nothing.
    assert_unattributed_report(
        "But when asked how she would define the establishment, she laughed.",
        "asked",
        "how she would define the establishment",
    );
    // After the main clause: the question runs to the sentence's end, and
    // the quote before it is the subject's, not the asker's `he`.
    let text = "Sanders had previously said, “We’ll see,” when asked whether he would fundraise for other candidates.";
    assert_unattributed_report(
        text,
        "asked",
        "whether he would fundraise for other candidates",
    );
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(quote.cue.and_then(|c| c.text(text)), Some("said"));
    assert_eq!(quote.speaker.and_then(|s| s.text(text)), Some("Sanders"));
    // The subject was asked; the asker is not named.
    assert_unattributed_report(
        "“We’ll see,” Sanders said when asked about it.",
        "asked",
        "about it",
    );
    // `to` right after `asked` opens a request, before any `who` later.
    assert_unattributed_report(
        "Peskov said nothing when asked to comment on remarks by a lawmaker who said the talks had failed.",
        "asked",
        "to comment on remarks by a lawmaker who said the talks had failed",
    );
}

#[test]
fn an_attribution_inside_a_relative_clause_reports_from_the_relative_word() {
    // `the stadium, which, Tompkins said, is usually full`: the report
    // began at the sentence's start, the park and the stadium with it.
    assert_report_parts(
        "The park is near the football stadium, which, Tompkins said, is usually full of activities on game days.",
        "said",
        &["which", "is usually full of activities on game days"],
        "Tompkins",
    );
}

#[test]
fn a_short_subject_before_an_inverted_attribution_is_reported_with_its_clause() {
    // `The plan, said Mr. Smith, will cost`: a clause before an
    // attribution needed three words, even when it went on after it.
    assert_report_parts(
        "The plan, said Mr. Smith, will cost billions of dollars.",
        "said",
        &["The plan", "will cost billions of dollars"],
        "Smith",
    );
    // With nothing after it, two words are a circumstance, no clause.
    assert_no_quotes("In fact, said Mr. Smith.");
}

#[test]
fn a_name_glued_to_its_honorific_by_a_hyphen_is_the_persons() {
    // `Mr-Coveney`, a lost space's hyphen, was read as an organisation
    // and named its own cluster.
    assert_report(
        "Foreign Minister Simon Coveney spoke on Monday. Mr-Coveney said the talks would resume next week.",
        "said",
        "the talks would resume next week",
        "Simon Coveney",
    );
}

#[test]
fn a_relative_clause_after_an_attribution_reports_what_the_person_said() {
    // After `, said X, ...,` the search for reports stopped, and `who
    // notes that ...` was lost; its speaker was the apposition, not the
    // person it describes.
    assert_report(
        "Prices will rise, said Howard Rubel, a senior analyst at Jefferies, who notes that costs are up.",
        "notes",
        "that costs are up",
        "Howard Rubel",
    );
    // A verb in the plural agrees with the group the apposition names.
    assert_cue_speaker_name_is_not(
        "Tim Farron, leader of the Liberal Democrats, who oppose Brexit, said the link was shameful.",
        "oppose",
        "Tim Farron",
    );
}

#[test]
fn a_long_title_after_a_partial_quote_keeps_the_cue_after_the_name() {
    // The cue after `Homeland Security Deputy Secretary Alejandro
    // Mayorkas` lay past the six tokens a partial quote looks through,
    // and the sentence was reported by no one.
    assert_report(
        "The program “is gaining traction,” Homeland Security Deputy Secretary Alejandro Mayorkas told reporters.",
        "told",
        "The program “is gaining traction,”",
        "Alejandro Mayorkas",
    );
    // A pronoun after the writer's words is no speaker of the quote.
    assert_no_content_starting_with(
        "While her husband could draw on the “third way” Democrats in 1992, when he devoted his candidacy to the middle class, Mrs. Clinton has struggled.",
        "“third way”",
    );
}

#[test]
fn which_after_a_comma_reports_a_relative_clause_that_ends_before_the_main_verb() {
    // `which` was no relative subject, and the report ran on through the
    // main clause (`, was released Monday`).
    let text = "The report, which found that wages fell, was released Monday.";
    assert_report(text, "found", "that wages fell", "the report");
    assert_cue_speaker(text, "found", "which");
    // The subject of a passive is what is said, not who says it.
    assert_report(
        "He argued the Keystone XL pipeline, which is widely supported by Republicans, “wouldn’t go 10 feet” without the use of eminent domain.",
        "argued",
        "the Keystone XL pipeline, which is widely supported by Republicans, “wouldn’t go 10 feet” without the use of eminent domain",
        "he",
    );
}

#[test]
fn a_relative_clause_ends_at_a_comma_only_before_a_verb() {
    // The relative clause's report was cut at the first comma before a
    // word in lower case, though no main verb followed it.
    assert_report(
        "Christopher Harvey, who acknowledged Trump was his fourth choice, behind Rick Santorum and Ted Cruz, said he would vote for him.",
        "acknowledged",
        "Trump was his fourth choice, behind Rick Santorum and Ted Cruz",
        "Christopher Harvey",
    );
}

#[test]
fn which_stands_for_the_noun_phrase_before_it() {
    // The report of `which claims` had no speaker: `which` named no one.
    assert_report(
        "The tribe, which claims its members were never consulted, sued in July.",
        "claims",
        "its members were never consulted",
        "the tribe",
    );
}

#[test]
fn that_is_according_to_reports_the_demonstrative() {
    // `That’s according to X.` reported nothing: two words before the
    // cue were too few for a content.
    assert_report(
        "The campaign raised $20 million in January. That’s according to fundraising reports filed on Saturday.",
        "according to",
        "That",
        "fundraising reports",
    );
}

#[test]
fn according_to_reports_a_clause_that_opens_with_a_name_in_quote_marks() {
    // The clause after `According to X,` was dropped because it opened
    // with a quote mark, though the words in marks were only a name.
    assert_report(
        "According to an archived version of the website, \"Title Sponsor\" was the highest level of sponsorship in that year.",
        "According to",
        "\"Title Sponsor\" was the highest level of sponsorship in that year",
        "the website",
    );
}

#[test]
fn a_role_of_a_named_body_after_the_clause_is_its_subject() {
    // `, a spokesman for the Pentagon said.` found no subject: the
    // phrase before the name was too long for a modifier and no title.
    assert_report(
        "The camp was cleared by noon, a spokesperson for the North Dakota Joint Information Center told reporters.",
        "told",
        "The camp was cleared by noon",
        "North Dakota Joint Information Center",
    );
    assert_cue_speaker(
        "The monument was painted red, an official with Ukraine's National Memory Institute said.",
        "said",
        "an official with Ukraine's National Memory Institute",
    );
    // After a quote, the speaker mention was the body's name alone.
    assert_cue_speaker(
        "\"A car bomb struck near the dealerships,\" a spokesperson for the Baghdad Operations Command said.",
        "said",
        "a spokesperson for the Baghdad Operations Command",
    );
}

#[test]
fn an_unknown_surname_after_a_quote_may_have_an_aside() {
    // `“Q,” says Chopek, now sitting ...`: a name the entity stage did not
    // tag was taken as the speaker only where the sentence ended after it.
    assert_sole_direct_quote_named(
        "But Chopek is speaking out. \"Now I see that I was just a child,\" says Chopek, now sitting in a safe house.",
        "Chopek",
    );
}

#[test]
fn a_show_in_quote_marks_that_ends_the_sentence_is_the_circumstance_of_a_postposed_cue() {
    // `, he said on MSNBC’s “Morning Joe.”`: the mark closing past the
    // full stop left the show's name an open quote, so the cue was read
    // as reporting the words after it.
    let text = "Will Hurd is backing Clinton. Hurd was pro John Kasich while the Ohio governor was in the running, he said Wednesday morning on MSNBC’s “Morning Joe.”";
    assert_report(
        text,
        "said",
        "Hurd was pro John Kasich while the Ohio governor was in the running",
        "Will Hurd",
    );
}

#[test]
fn a_city_and_its_state_after_the_subject_are_no_apposition() {
    // `Clinton, during a town hall meeting in Columbus, Ohio, said`: the
    // comma between the city and its state read as closing an apposition
    // of `Columbus`, which became the speaker.
    assert_cue_speaker(
        "Clinton, during a town hall meeting in Columbus, Ohio, said she was going to put a lot of coal miners out of business.",
        "said",
        "Clinton",
    );
    // `Hassan Aden of Alexandria, Virginia, said`: the state is governed
    // by the city's preposition, as the city is.
    assert_cue_speaker(
        "Former Greenville Police Chief Hassan Aden of Alexandria, Virginia, said he was detained March 13 on his return trip from Paris.",
        "said",
        "Hassan Aden",
    );
}

#[test]
fn a_determined_noun_may_be_the_speaker_of_a_parenthetical_attribution() {
    // `Mrs. Clinton, these people said, would be open to ...`: with no
    // mention right before the cue, the name before the attribution was
    // taken as the speaker of the clause after it.
    assert_report(
        "Mrs. Clinton, these people said, would be open to other measures.",
        "said",
        "Mrs. Clinton, these people said, would be open to other measures",
        "these people",
    );
    // `, the SPLC said, it documented`: the determiner before the
    // mention kept the comma from opening the attribution.
    assert_report(
        "In the first 10 days after his election, the SPLC said, it documented 867 bias-related incidents.",
        "said",
        "In the first 10 days after his election, the SPLC said, it documented 867 bias-related incidents",
        "SPLC",
    );
}

#[test]
fn a_lone_quantifier_before_the_cue_is_its_subject() {
    // `While many social conservatives have ..., many said`: the mention
    // in the clause before the comma was taken as the speaker.
    assert_cue_speaker(
        "While many social conservatives have expressed discomfort with Trump, many said Monday that the ruling intensifies the need to back him.",
        "said",
        "many",
    );
    // `, some noted,`: a parenthetical attribution by a quantifier.
    assert_report(
        "Mr Trump's rallying cry for national unity, some noted, was in stark contrast to his inauguration speech.",
        "noted",
        "Mr Trump's rallying cry for national unity, some noted, was in stark contrast to his inauguration speech",
        "some",
    );
    // Not a quantifier that determines a noun (`many dwelling houses`)
    // nor an adverb (`that most impressed him`).
    assert_no_speaker_reads(
        "There are casualties among the civilian population, many dwelling houses have been damaged.",
        "many",
    );
}

#[test]
fn a_closing_attribution_to_a_named_body_ends_the_report_before_it() {
    // `..., the Pittsburgh Post-Gazette reported.`: the entity leaves
    // `the` out, so no mention opened after the comma, and the mayor's
    // report ran on through the paper's attribution.
    let text = "The mayor said Khalifa won't be welcome back in town unless he apologizes, the Pittsburgh Post-Gazette reported.";
    assert_report(
        text,
        "said",
        "Khalifa won't be welcome back in town unless he apologizes",
        "the mayor",
    );
    assert_report(
        text,
        "reported",
        "The mayor said Khalifa won't be welcome back in town unless he apologizes",
        "Pittsburgh Post-Gazette",
    );
}

#[test]
fn a_description_before_its_apposition_is_the_subject() {
    // `The employee of nearly four years, a registered Republican who
    // ..., said`: no mention ended before the first comma, and the report
    // had no speaker; with `of the firm`, the firm was the speaker.
    assert_cue_speaker(
        "The employee of nearly four years, a registered Republican who spoke on the condition of anonymity for fear of losing her job, said she became pregnant last year.",
        "said",
        "The employee of nearly four years",
    );
    assert_cue_speaker(
        "The employee of the firm, a Republican who spoke on the condition of anonymity, said she became pregnant last year.",
        "said",
        "The employee of the firm",
    );
    // A name in the apposition is the better subject.
    assert_cue_speaker(
        "Our escort, Firas, decided we had seen enough.",
        "decided",
        "Firas",
    );
}

#[test]
fn a_gloss_after_or_keeps_a_long_apposition_whole() {
    // `..., the Chinese State Council, or cabinet, who believes ...,
    // says`: the `, or` read as coordinating clauses, and the body named
    // in the apposition became the speaker.
    assert_cue_speaker(
        "Wang, a state councilor on the Chinese State Council, or cabinet, who believes growth will remain about 6.5 percent next year, says targets play an important role.",
        "says",
        "Wang",
    );
}

#[test]
fn no_apposition_reaches_back_past_a_conjunction_and_a_new_subject() {
    // `Some companies pulled their ads, and an affiliate in Birmingham,
    // Alabama, refused`: the comma before `and` was read as opening an
    // apposition of `their ads`, which became the speaker.
    assert_no_speaker_reads(
        "The fallout was swift. Some companies pulled their ads, and an affiliate in Birmingham, Alabama, refused to air the episode.",
        "their ads",
    );
    // A conjunction without a determiner stays inside the apposition.
    assert_cue_speaker(
        "Andre Krouwel, political scientist at the Free University Amsterdam, and owner of election website Kieskompas, said the row appeared to have boosted support for Rutte.",
        "said",
        "Andre Krouwel",
    );
}

#[test]
fn a_report_made_within_a_dash_aside_ends_at_the_closing_dash() {
    // `Trump - who previously said he would ... - said at a rally that
    // ...`: the aside's report ran over the closing dash and the main
    // verb, and the main report was lost inside it.
    let text = "GOP front-runner Donald Trump - who previously said he would bomb the oil fields seized by the Islamic State - said at a Saturday rally in Texas that the United States should also close its borders.";
    assert_report(
        text,
        "said",
        "he would bomb the oil fields seized by the Islamic State",
        "Donald Trump",
    );
    assert_content_speaker_name(
        text,
        "that the United States should also close its borders",
        "Donald Trump",
    );
    // A hyphen inside a word closes no aside.
    assert_report(
        "Donald Trump - who said he would cut the US-China trade deficit - spoke in Texas.",
        "said",
        "he would cut the US-China trade deficit",
        "Donald Trump",
    );
}

#[test]
fn a_name_before_a_lone_speaker_noun_is_part_of_the_speaker() {
    // `US officials said` opening a sentence gave the speaker `officials`,
    // and `Xinhua news agency reported` the speaker `news agency`: the
    // name that says whose officials they are was lost.
    assert_cue_speaker(
        "US officials said the strike killed 12 militants.",
        "said",
        "US officials",
    );
    assert_cue_speaker(
        "North Korean state media said the test succeeded.",
        "said",
        "North Korean state media",
    );
    assert_cue_speaker_name(
        "Xinhua news agency reported that 12 people died.",
        "reported",
        "Xinhua",
    );
    // A person's name is not the speaker of the noun it modifies.
    assert_cue_speaker_name_is_not(
        "Trump aides said the plan was ready.",
        "said",
        "Donald Trump",
    );
}

#[test]
fn a_participle_after_a_named_object_of_a_preposition_has_not_that_object_for_speaker() {
    // `sent a letter to Senate leaders opposing ...`: with `Senate` read
    // into the phrase, the preposition before it no longer kept `Senate
    // leaders` from being the participle's subject.
    assert_no_speaker_reads(
        "They sent a letter on Thursday to Senate leaders opposing reauthorization of the program without a significant overhaul.",
        "Senate leaders",
    );
}

#[test]
fn a_verb_before_a_lone_speaker_noun_is_no_part_of_the_speaker() {
    // `Kerry met officials who said`: `met` was read as modifying
    // `officials`, and the speaker was named `met officials`.
    assert_cue_speaker_name(
        "Kerry met officials who said the deal was close.",
        "said",
        "officials",
    );
    // A past form inside a hyphenated word still modifies the noun.
    assert_cue_speaker(
        "Romania's centre-left government said the decree would be withdrawn.",
        "said",
        "centre-left government",
    );
}

#[test]
fn a_quantifier_or_possessive_before_a_speaker_noun_opens_the_speaker() {
    // `Many health experts said`, `Several GOP senators said`: the walk
    // back to a determiner knew no quantifier, and the speakers were
    // `health experts` and `senators`.
    assert_cue_speaker(
        "Many health experts said e-cigarettes are a lower-risk alternative.",
        "said",
        "Many health experts",
    );
    assert_cue_speaker(
        "Several GOP senators said the bill would fail.",
        "said",
        "Several GOP senators",
    );
    assert_cue_speaker(
        "Our friends asked how we had done it.",
        "asked",
        "Our friends",
    );
    // Not the `many` of `as many as`.
    assert_no_speaker_reads(
        "As many as 80 percent of voters oppose the plan, the poll found.",
        "many as 80 percent",
    );
}

#[test]
fn an_article_before_a_number_opens_the_speaker() {
    // `the two leaders discussed`: the walk back stopped at the nearest
    // determiner, `two`, and left the article out.
    assert_cue_speaker(
        "Putin and Erdogan met on Friday. The two leaders said the talks had gone well.",
        "said",
        "The two leaders",
    );
}

#[test]
fn a_report_in_a_relative_clause_opened_by_whose_ends_at_its_comma() {
    // `The group, whose leaders said the plan would fail, raised $4
    // million`: the report ran on through the main clause.
    assert_report(
        "The group, whose leaders said the plan would fail, raised $4 million in February.",
        "said",
        "the plan would fail",
        "leaders",
    );
}

#[test]
fn the_it_before_a_judgement_speaks_for_no_one() {
    // `It is too early to say what the impact will be`: `it` was taken
    // for the speaker and resolved to the last body named.
    let text = "The ministry announced the ban on Monday. It is too early to say what the impact will be on food production.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "say");
    assert!(report.speaker.is_none(), "{report:#?}");
}

#[test]
fn a_modifier_capitalised_only_by_the_sentence_start_is_part_of_the_speaker() {
    // `Local government officials said`: the capital that opens the
    // sentence stopped the walk back over the noun's modifiers, and the
    // speaker was `government officials`.
    assert_cue_speaker(
        "Local government officials said the road would reopen. The local council agreed.",
        "said",
        "Local government officials",
    );
}

#[test]
fn a_relative_clause_on_an_according_to_source_is_no_part_of_the_content() {
    // `According to the Indianapolis Star, which obtained the emails, the
    // notes ...`: the content began at `which`.
    assert_report(
        "According to the Indianapolis Star, which obtained the emails, the notes included discussions of security issues.",
        "According to",
        "the notes included discussions of security issues",
        "Indianapolis Star",
    );
}

#[test]
fn a_quote_led_in_by_a_long_according_to_source_is_that_source_s() {
    // `According to a source in the agency, “Q.” The former CEO ... is
    // accused`: the source was too far before the quote to be seen, and
    // the next sentence's cue took the quote.
    assert_sole_direct_quote_speaker(
        "According to a source in the agency, \"the agency is now searching for assets owned by Pugachev.\" The former CEO, who fled to the UK, is accused of embezzlement.",
        "a source",
    );
    // The quote went to the speaker of the quote before it.
    assert_speaker_names(
        "\"The study is sound,\" said David Kallick of the institute. According to Meg Wiehe, director of programs for the Institute on Taxation and Economic Policy, \"undocumented immigrants paid more than $11.6 billion in taxes. Their contributions could rise by $2 billion.\"",
        &[Some("David Kallick"), Some("Meg Wiehe")],
    );
}

#[test]
fn the_name_after_an_according_to_description_is_the_source() {
    // `according to US tech company SpaceX`: the source was the
    // description, `US tech company`, and the name was lost.
    assert_report(
        "Two people paid to fly around the moon, according to US tech company SpaceX.",
        "according to",
        "Two people paid to fly around the moon",
        "SpaceX",
    );
    assert_report(
        "The influx was a message to Europe, according to Spanish journalist Ignacio Cembrero.",
        "according to",
        "The influx was a message to Europe",
        "Ignacio Cembrero",
    );
}

#[test]
fn a_report_in_a_restrictive_relative_clause_ends_before_the_main_verb() {
    // `Voters who say the economy is most important were evenly divided`:
    // the report ran on through the main clause's verb.
    assert_report(
        "Voters who say the economy is most important in their decision were evenly divided between the candidates.",
        "say",
        "the economy is most important in their decision",
        "voters",
    );
    assert_report(
        "The 6 percent who say they strongly favored the bill are outnumbered by those who opposed it.",
        "say",
        "they strongly favored the bill",
        "the 6 percent",
    );
}

#[test]
fn an_infinitive_reported_in_a_restrictive_relative_clause_ends_before_the_main_verb() {
    // `Officials who asked not to be named said the talks had stalled`:
    // the request ran on through `said`, and the main report was taken
    // for a part of it.
    let text = "Officials who asked not to be named said the talks had stalled.";
    let doc = annotate(text);
    let asked = quote_with_cue(&doc, text, "asked");
    assert_eq!(
        asked.content.text(text),
        Some("not to be named"),
        "{asked:#?}"
    );
    let said = quote_with_cue(&doc, text, "said");
    assert_eq!(
        said.content.text(text),
        Some("the talks had stalled"),
        "{said:#?}"
    );
    assert!(said.within.is_none(), "{said:#?}");
}

#[test]
fn a_passive_cue_before_a_quote_does_not_make_its_subject_the_speaker() {
    // `Trump was asked, “Q”`: the one asked was taken for the speaker.
    let text = "In an interview published on Wednesday, Trump was asked, \"What is the most dangerous place you have been to?\" His answer was Brooklyn.";
    let doc = annotate(text);
    let question = sole_direct_quote(&doc);
    assert!(question.speaker_name.is_none(), "{question:#?}");
    // `told CNN that when an application is rejected “Q”`: the passive
    // right before the quote took it for its subject, CNN.
    assert_sole_direct_quote_speaker(
        "Wiggers told CNN that when an application is rejected \"they go back home.\"",
        "Wiggers",
    );
}

#[test]
fn the_cue_of_a_quote_led_in_by_according_to_is_both_words() {
    // The direct quote's cue read `According`, the indirect one's
    // `According to`.
    let text = "According to Limbaugh, \"the economy will slow down this year.\"";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(
        quote.cue.and_then(|c| c.text(text)),
        Some("According to"),
        "{quote:#?}"
    );
}

#[test]
fn the_name_after_a_description_after_the_cue_is_the_speaker() {
    // `said the Spanish newspaper El Pais`: the speaker was the
    // description, and the name was lost.
    assert_sole_direct_quote_speaker(
        "\"The influx was a message to Europe,\" said the Spanish newspaper El Pais.",
        "El Pais",
    );
}

#[test]
fn a_clause_before_a_sentence_closing_reports_is_reported() {
    // `, The Wall Street Journal reports.`: `reports`, a weak cue since it
    // is a noun as often, was never read as a verb after its clause.
    let text = "Bonuses were paid every three months, The Wall Street Journal reports.";
    assert_report(
        text,
        "reports",
        "Bonuses were paid every three months",
        "Wall Street Journal",
    );
    // Once read so, the speaker ran on through the cue.
    assert_no_speaker_reads(text, "The Wall Street Journal reports");
    assert_report(
        "Turnout hits the 55 percent mark, Dutch broadcaster NOS reports Sunday.",
        "reports",
        "Turnout hits the 55 percent mark",
        "NOS",
    );
    // A noun it stays: `citing reports before`, `more reports emerge`.
    assert_no_quotes("Over the coming months, more reports on the hacking emerged.");
}

#[test]
fn a_quote_introduced_by_a_colon_far_from_its_cue_is_the_cue_subjects() {
    // `He told his audience, to rowdy applause:` then the quote: the cue
    // lay beyond the six words searched before the colon.
    let text = "President Obama spoke on Wednesday night.\n\nHe told his Democratic audience, to rowdy applause:\n\n\"I can say with confidence there has never been a man more qualified than Hillary Clinton.\"";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(
        quote.speaker_name.as_deref(),
        Some("Barack Obama"),
        "{quote:#?}"
    );
}

#[test]
fn a_clause_before_a_description_and_a_name_set_off_with_an_auxiliary_or_hyphen_is_reported() {
    // `, his son, Oskar Konyukhov, has told TASS.`: the auxiliary after
    // the set-off name hid the comma.
    assert_report(
        "The balloon landed after 50 hours, his son, Oskar Konyukhov, has told TASS.",
        "told",
        "The balloon landed after 50 hours",
        "Oskar Konyukhov",
    );
    // `, Chairman of the Russian-Iranian Business Council, Vladimir
    // Obydenov, told TASS.`: the hyphen inside a word of the
    // description ended it.
    assert_report(
        "The sanctions will fail, Chairman of the Russian-Iranian Business Council, Vladimir Obydenov, told TASS.",
        "told",
        "The sanctions will fail",
        "Vladimir Obydenov",
    );
}

#[test]
fn a_clause_before_a_spokesman_for_a_body_in_lower_case_is_reported() {
    // `, a spokesman for the local emergencies services said`: only a
    // body named by an entity right before the cue was taken.
    assert_report(
        "Three women were killed as a bus overturned, a spokesman for the local emergency services said on Thursday.",
        "said",
        "Three women were killed as a bus overturned",
        "a spokesman for the local emergency services",
    );
    // `, a spokesman for the People's Liberation Army Navy has announced`:
    // nor was one past an auxiliary.
    assert_report(
        "The carrier group has set off for the Western Pacific, a spokesman for the Chinese navy has announced.",
        "announced",
        "The carrier group has set off for the Western Pacific",
        "a spokesman for the Chinese navy",
    );
}

#[test]
fn a_clause_before_a_possessor_and_the_agency_it_owns_is_reported() {
    // `, South Korea's Yonhap news agency reported Sunday.`: the
    // possessor put the comma out of reach.
    assert_report(
        "Kim observed the engine test, South Korea's Yonhap news agency reported Sunday.",
        "reported",
        "Kim observed the engine test",
        "Yonhap",
    );
}

#[test]
fn a_clause_before_a_described_subject_and_an_auxiliary_is_reported() {
    // `, a leading child protection police officer has said.`: the
    // subject was looked for in the auxiliary.
    assert_report(
        "Paedophiles who view indecent images should be rehabilitated, a leading child protection police officer has said.",
        "said",
        "Paedophiles who view indecent images should be rehabilitated",
        "a leading child protection police officer",
    );
    // `, a source with law enforcement agencies told TASS`: a body in
    // lower case with no article.
    assert_report(
        "No suspects have been named, a source with law enforcement agencies told TASS on Saturday.",
        "told",
        "No suspects have been named",
        "a source with law enforcement agencies",
    );
}

#[test]
fn a_cue_in_a_relative_clause_on_what_came_before_attributes_nothing() {
    // `, allegations that authorities denied.`: the relative word and
    // the noun it follows were taken for the speaker.
    for text in [
        "Rights groups said many of the deaths were assassinations, allegations that authorities denied.",
        "Rights groups said many of the deaths were assassinations, allegations that authorities have denied.",
    ] {
        assert_no_speaker_reads(text, "allegations that authorities");
    }
    // A relative clause of the speaker's own stays theirs.
    assert_report(
        "The deals did not require witnesses to cooperate with Congress, sources who reviewed them told POLITICO.",
        "told",
        "The deals did not require witnesses to cooperate with Congress",
        "sources who reviewed them",
    );
}

#[test]
fn a_clause_before_an_organisation_and_its_description_is_reported() {
    // `, the Syrian Observatory for Human Rights, a Britain-based war
    // monitor, said.`: only a person's name took a description set off
    // after it, and the hyphen inside a word ended the description.
    assert_report(
        "The car bomb struck military offices in Sousian, the Syrian Observatory for Human Rights, a Britain-based war monitor, said.",
        "said",
        "The car bomb struck military offices in Sousian",
        "Syrian Observatory for Human Rights",
    );
}

#[test]
fn a_clause_before_an_inverted_description_with_a_hyphen_or_a_name_is_reported() {
    // `, said the Paris-based human rights group.`: the hyphen inside a
    // word ended the description before its noun.
    assert_report(
        "Prisons rely on skeleton staffs, said the Paris-based human rights group.",
        "said",
        "Prisons rely on skeleton staffs",
        "the Paris-based human rights group",
    );
    // `, said the group Human Rights Watch.`: a name after the noun
    // broke the description off, and it is the speaker.
    assert_report(
        "Prisons rely on skeleton staffs, said the group Human Rights Watch on Monday.",
        "said",
        "Prisons rely on skeleton staffs",
        "Human Rights Watch",
    );
}

#[test]
fn a_quote_before_a_subject_with_a_relative_clause_set_off_is_the_subjects() {
    // `“Q,” the weightlifter, who wishes to remain anonymous, said.`: the
    // verb was looked for inside the relative clause, and its passive
    // (`who is not being named by French authorities`) made the
    // sentence the writer's.
    assert_sole_direct_quote_speaker(
        "\"It begins in the gym,\" the weightlifter, who wishes to remain anonymous, said.",
        "the weightlifter",
    );
    assert_sole_direct_quote_speaker(
        "\"He never prayed and he drank,\" the father, who is not being named by French authorities, said.",
        "the father",
    );
}

#[test]
fn a_clause_before_a_description_and_a_name_then_said_is_reported() {
    // `, Russian Defense Minister, Sergey Shoigu, said.`: with a cue
    // that names no one told, the comma before it made the attribution
    // inverted, and no one follows `said`.
    assert_report(
        "A snap check of the air force has begun, Russian Defense Minister, Sergey Shoigu, said.",
        "said",
        "A snap check of the air force has begun",
        "Sergey Shoigu",
    );
    assert_report(
        "Nobody was arrested, the army spokesman, Joseph Ponde, said Saturday.",
        "said",
        "Nobody was arrested",
        "Joseph Ponde",
    );
}

#[test]
fn a_clause_before_a_long_role_and_a_name_is_reported() {
    // `, spokeswoman for the Security Council Yelena Gitlyanskaya said`:
    // a role with a body in it reached past the words searched before
    // the name.
    assert_report(
        "The MPs will face sanctions, spokeswoman for the Security Council Yelena Gitlyanskaya said on Monday.",
        "said",
        "The MPs will face sanctions",
        "Yelena Gitlyanskaya",
    );
    assert_report(
        "Prosecutors want him to testify, Ukraine's prosecutor for special investigations Serhiy Gorbatyuk said.",
        "said",
        "Prosecutors want him to testify",
        "Serhiy Gorbatyuk",
    );
}

#[test]
fn an_earlier_report_ends_before_the_sentences_postposed_attribution() {
    // `Moscow hopes ..., Russian Foreign Minister Sergey Lavrov said on
    // Wednesday.`: `hopes` reported the rest of the sentence, the
    // attribution with it, and Lavrov was given none of it.
    let text = "Moscow hopes the talks in Geneva will not be disrupted, Russian Foreign Minister Sergey Lavrov said on Wednesday.";
    assert_report(
        text,
        "said",
        "Moscow hopes the talks in Geneva will not be disrupted",
        "Sergey Lavrov",
    );
    assert_report(
        text,
        "hopes",
        "the talks in Geneva will not be disrupted",
        "Russia",
    );
    assert_report(
        "Police said officers found her husband at home, ABC News affiliate WEWS reported.",
        "said",
        "officers found her husband at home",
        "police",
    );
}

#[test]
fn a_person_named_after_with_in_a_speakers_description_is_not_the_speaker() {
    // `, a lawyer for one of the men charged with Dokuchaev said`: the
    // person after `with` named the speaker.
    assert_report(
        "The suspect was accused of spying for the US, a lawyer for one of the men charged with Dmitry Dokuchaev said.",
        "said",
        "The suspect was accused of spying for the US",
        "a lawyer for one of the men charged with Dmitry Dokuchaev",
    );
}

#[test]
fn a_clause_before_an_owned_body_after_the_possessors_article_is_reported() {
    // `, the EU's anti-piracy mission NAVFOR said late Tuesday.`: the
    // `the` before the possessor, the hyphen in its phrase and the `late`
    // before the day each hid the attribution.
    assert_report(
        "Armed men seized an oil tanker off the coast of Somalia's northern coast, the EU's anti-piracy mission NAVFOR said late Tuesday.",
        "said",
        "Armed men seized an oil tanker off the coast of Somalia's northern coast",
        "NAVFOR",
    );
}

#[test]
fn a_quote_before_an_attribution_that_leads_into_the_next_quote_is_not_its() {
    // `“Q1.” Gov. Andrew Cuomo tweeted late Thursday: “Q2”`: the colon
    // past the time introduces Q2, and Q1 went on from the quote before
    // it; before, Q1 and Q2 were joined as Cuomo's, and `late Thursday`
    // was reported.
    let text = "\"I was coming from the street,\" he said. \"I realized he was hijacking the car.\" Democratic Gov. Andrew Cuomo tweeted late Thursday: \"EMTs are heroes who help countless New Yorkers every day.\"";
    assert_content_speaker_name(
        text,
        "\"EMTs are heroes who help countless New Yorkers every day.\"",
        "Andrew Cuomo",
    );
    assert_no_content_starting_with(text, "late");
    assert_speaker_names(text, &[Some("he"), Some("Andrew Cuomo")]);
    assert_report(
        "Andrew Cuomo said late Thursday that the EMTs are heroes.",
        "said",
        "that the EMTs are heroes",
        "Andrew Cuomo",
    );
}

#[test]
fn a_clause_before_a_plural_role_of_a_body_in_lower_case_is_reported() {
    // `, attorneys for the family said.`: `family` read as an adverb in
    // `-ly`, part of the verb group, and a plural role had to have a
    // determiner.
    assert_report(
        "Scott's relatives watched the video on Thursday, attorneys for the family said.",
        "said",
        "Scott's relatives watched the video on Thursday",
        "attorneys for the family",
    );
}

#[test]
fn a_noun_in_ly_before_a_cue_heads_its_subject() {
    // `the girl's family told police`: `family` was read as an adverb in
    // the verb group, and the speaker was `the girl's`.
    assert_cue_speaker(
        "The girl's family told police that she went missing after taking out the trash.",
        "told",
        "The girl's family",
    );
}

#[test]
fn a_plural_in_ists_or_ians_heads_its_speakers() {
    // `Should Mr. Clarke's company run into financial trouble,
    // environmentalists worry that`: a noun the lexicon never counted
    // named no one, and the company in the fronted clause spoke.
    assert_report(
        "The recovery will slow next year, economists warned.",
        "warned",
        "The recovery will slow next year",
        "economists",
    );
    assert_no_speaker_reads(
        "Should Mr. Clarke's company run into financial trouble, environmentalists worry that the cost of reclaiming the mines could fall to taxpayers.",
        "Clarke's company",
    );
}

#[test]
fn a_quote_before_a_sentence_with_a_verb_group_goes_on_from_the_last_speaker() {
    // `“Q2.” Local officials were quick to pay tribute`: the cue past the
    // subject's verb group attributed the quote that ends its sentence
    // before it, as a cue right after a mention does.
    let text = "\"We could not save him,\" the statement continued. \"The police sadly confirm his death.\" Local officials were quick to pay tribute to his work.";
    assert_content_speaker_name(
        text,
        "\"We could not save him,\" the statement continued. \"The police sadly confirm his death.\"",
        "the statement",
    );
}

#[test]
fn a_clause_before_an_inverted_warning_by_a_description_is_reported() {
    // `, warned the Iranian diplomat.`: a verb with an addressee was
    // never read as inverted, and the description was the one warned.
    assert_report(
        "Scrapping the deal will escalate tensions in the region, warned the Iranian diplomat.",
        "warned",
        "Scrapping the deal will escalate tensions in the region",
        "the Iranian diplomat",
    );
}

#[test]
fn a_clause_before_an_inverted_cue_and_a_body_with_its_article_is_reported() {
    // `, said the BBC.`: the entity leaves the `the` out, so no mention
    // opened right after the cue; `, reports the BBC.`: the weak cue
    // `reports` was a verb only when it ended its sentence.
    assert_report(
        "Navalny has faced criticism from the anti-Putin camp, said the BBC.",
        "said",
        "Navalny has faced criticism from the anti-Putin camp",
        "British Broadcasting Corporation",
    );
    assert_report(
        "Navalny has faced criticism from the anti-Putin camp, reports the BBC.",
        "reports",
        "Navalny has faced criticism from the anti-Putin camp",
        "British Broadcasting Corporation",
    );
}

#[test]
fn a_clause_before_coordinated_noun_phrases_and_a_cue_is_theirs() {
    // `, family members and firefighters said.`: the subject was read
    // from `and` on, and the comma that opens it was never reached.
    assert_report(
        "Sylvia Farelas had burns over 90 percent of her body, family members and firefighters said.",
        "said",
        "Sylvia Farelas had burns over 90 percent of her body",
        "family members and firefighters",
    );
    assert_report(
        "US warplanes struck a mosque compound in Syria, killing dozens of people, observer groups and eyewitnesses said.",
        "said",
        "US warplanes struck a mosque compound in Syria, killing dozens of people",
        "observer groups and eyewitnesses",
    );
}

#[test]
fn a_clause_joined_after_a_comma_is_no_part_of_a_postposed_subject() {
    // `, prices rose and analysts said.`: the words after the comma were
    // read as the subject's modifiers, `rose` and `and` with them.
    assert_no_speaker_reads(
        "The plan failed, prices rose and analysts said.",
        "prices rose and analysts",
    );
    assert_report(
        "The talks failed, Russian and Syrian officials said.",
        "said",
        "The talks failed",
        "Russian and Syrian officials",
    );
}

#[test]
fn a_participle_cue_after_a_passive_of_being_seen_is_said_by_its_subject() {
    // `was seen saying: “Q”`: the participle `seen` was taken for the
    // noun phrase before the cue, and spoke.
    assert_sole_direct_quote_speaker(
        "The cleric was seen saying: “Muslims of the West, take heed and learn from the lessons of history.”",
        "The cleric",
    );
    assert_sole_direct_quote_speaker(
        "The staff member was caught on camera saying: \"The labels are actually out of date, that is the problem.\"",
        "The staff member",
    );
    assert_report(
        "Congressman Joe Barton is seen on video calmly explaining that he voted against the law because the issue is best left to the states.",
        "explaining",
        "that he voted against the law because the issue is best left to the states",
        "Joe Barton",
    );
}

#[test]
fn a_cue_word_in_a_hyphenated_modifier_reports_nothing() {
    // `a self-proclaimed republic`, `a well-informed source`: the word
    // before the hyphen was taken for the speaker (`a self`) of what
    // followed, or cut the speaker's phrase short.
    assert_no_speaker_reads(
        "A 1974 invasion split the island between the self-declared Turkish Republic of Northern Cyprus and the Republic of Cyprus in the south.",
        "the self",
    );
    assert_report(
        "A well-informed source told the newspaper that three staff in every jail were corrupt.",
        "told",
        "that three staff in every jail were corrupt",
        "a well-informed source",
    );
}

#[test]
fn a_self_description_set_off_after_a_name_is_that_persons() {
    // `Bernie Sanders, a self-described democratic socialist`: PolNeAR
    // attributes the description to the person; `a self` had said it.
    assert_report(
        "The amendment was classic Bernie Sanders, a self-described democratic socialist who has spent years in Congress.",
        "described",
        "democratic socialist",
        "Bernie Sanders",
    );
    assert_report(
        "Marco Rubio, a self-described \"geeky kid,\" grew up in Miami.",
        "described",
        "\"geeky kid,\"",
        "Marco Rubio",
    );
}

#[test]
fn who_after_a_body_that_ends_an_apposition_stands_for_the_person() {
    // `Carmel Phibbs, a friend of the Websters who said`: `who` was read
    // as the body's.
    assert_report(
        "The jury heard a statement from Carmel Phibbs, a friend of the Websters who said she was in their house on the day of the killing.",
        "said",
        "she was in their house on the day of the killing",
        "Carmel Phibbs",
    );
    assert_no_speaker_reads(
        "Cotton, Nunes and Sen. Susan Collins were some of the Republicans who reiterated that they have seen no evidence.",
        "Nunes",
    );
}

#[test]
fn a_cue_in_a_fronted_participle_clause_is_said_by_the_main_subject() {
    // `Having announced that ..., Judge Berman proceeded`: `Having` was
    // taken for the noun phrase before the cue, and spoke.
    assert_report(
        "Having announced that he would not send me to prison, Judge Berman proceeded to hand down his sentence.",
        "announced",
        "that he would not send me to prison",
        "Berman",
    );
    // `Elaborating, he says`: the participle alone reports nothing.
    assert_report(
        "Elaborating, he says sanctions had rendered financing for the project impossible.",
        "says",
        "sanctions had rendered financing for the project impossible",
        "he",
    );
}

#[test]
fn a_naming_participle_set_off_by_commas_reports_nothing() {
    // `His nonprofit group, called the Virginia Conservation Legacy Fund,
    // will`: the name and the rest of the sentence were the group's
    // words.
    assert_no_content_starting_with(
        "His nonprofit group, called the Virginia Conservation Legacy Fund, will still own the property.",
        "the Virginia",
    );
    assert_no_content_starting_with(
        "A new group, called Patriots for Change, said it would sue.",
        "Patriots",
    );
}

#[test]
fn a_phrase_that_ends_on_a_verb_in_the_past_is_no_speaker() {
    // `the rupee has sparked speculation that`: the words before the noun
    // cue were read as its speaker, verb and all.
    assert_no_speaker_reads(
        "The resulting slide in the rupee has sparked speculation that the central bank may intervene to shore up the currency.",
        "the rupee has sparked",
    );
    assert_report(
        "President Trump said he would like to see a world with no nuclear weapons but expressed concern that the United States had fallen behind on nuclear weapon capacity.",
        "expressed",
        "concern that the United States had fallen behind on nuclear weapon capacity",
        "Donald Trump",
    );
}

#[test]
fn the_auxiliary_before_the_cue_is_no_part_of_the_speaker_after_a_quote() {
    // `“Q,” the two-term president will say`: the speaker read
    // `the two-term president will`.
    assert_sole_direct_quote_speaker(
        "“Nothing truly prepares you for the demands of the Oval Office,” the two-term president will say, according to excerpts of his speech released by the White House.",
        "the two-term president",
    );
}

#[test]
fn a_title_after_a_participle_or_a_podcast_is_no_quote() {
    // `on the podcast “Here’s the Thing.”`: the title was joined to the
    // quote before it as its second part.
    let text = "“Being a dad, that’s my job,” Weiner said in May on the podcast “Here’s the Thing.” In recent years, Weiner worked.";
    let doc = annotate(text);
    let quote = sole_direct_quote(&doc);
    assert_eq!(
        quote.content.text(text),
        Some("“Being a dad, that’s my job,”"),
        "{quote:#?}"
    );
    // `a popular play called "Los Hijos de Trump,"`: the title was a
    // quote called by the comedians.
    assert_no_quotes(
        "A group of Mexican comedians is performing a popular play called \"Los Hijos de Trump,\" in Mexico City.",
    );
}

#[test]
fn a_title_named_past_punctuation_or_a_phrase_after_its_work_is_no_quote() {
    // `a novel in cooperation with public libraries called "Q."`: the
    // title was a quote the libraries called.
    assert_no_quotes(
        "A year ago, you and several colleagues presented a novel in cooperation with public libraries called \"Looted Cultural Assets.\" What was your goal?",
    );
    // `a news article, titled "Q"` and `a comedy show called- "Q"`: a
    // comma or a hyphen for a lost space had hidden the work.
    assert_no_quotes(
        "Two days later the paper published a news article, titled \"Unease at the Military Headquarters\" on its front page.",
    );
    assert_no_quotes(
        "The clip was made by a Dutch comedy show called-\"Zondag Met Lubach\" last week.",
    );
    // `an article entitled: "Q"`.
    assert_no_quotes(
        "In an article entitled: \"Meet the Billionaires Behind the Strategist,\" the magazine looked at his backers.",
    );
}

#[test]
fn a_quote_after_a_colon_after_the_noun_for_a_work_is_said() {
    // Guard: a colon right after the noun opens words said, not a title.
    assert_cue_speaker(
        "The publisher is raising money for a small print run of the book: ''Publish the book that Donald Trump does not want you to read,'' the pitch on Kickstarter says.",
        "says",
        "the pitch on Kickstarter",
    );
}

#[test]
fn a_cue_word_before_a_participle_of_naming_is_a_noun() {
    // `a record label called Amiga`: `a record` had labelled the name.
    assert_no_quotes(
        "There was a record label called Amiga, which documented very well the period's jazz production.",
    );
}

#[test]
fn a_participle_after_a_quote_closed_on_a_comma_ends_the_report() {
    // `that Romney “had a crazy policy,” adding, “Q”`: the report ran on
    // through the participle and the direct quote after it, which was
    // taken as part of it.
    let text = "Trump told Newsmax that Romney “had a crazy policy,” adding, “He lost all of the Latino vote.”";
    assert_report(text, "told", "that Romney “had a crazy policy,”", "Trump");
    let doc = annotate(text);
    let added = quote_with_cue(&doc, text, "adding");
    assert_eq!(added.kind, QuoteKind::Direct, "{added:#?}");
    assert_eq!(added.within, None, "{added:#?}");
}

#[test]
fn a_name_after_a_possessor_governed_by_a_preposition_is_no_speaker() {
    // `at Nashville's Municipal Auditorium`: the auditorium said what
    // Trump went on to add.
    assert_report(
        "Speaking Wednesday night at a rally at Nashville's Municipal Auditorium, President Trump said the court was motivated by political reasons, adding that he expected to be criticized.",
        "adding",
        "that he expected to be criticized",
        "Donald Trump",
    );
}

#[test]
fn the_subject_before_a_relative_clause_set_off_by_commas_speaks() {
    // `Malaysia's home ministry, which oversees the immigration
    // department, said`: the department inside the clause spoke.
    assert_report(
        "Malaysia's home ministry, which oversees the immigration department, said it was trying to improve the conditions in the centres.",
        "said",
        "it was trying to improve the conditions in the centres",
        "Malaysia's home ministry",
    );
    assert_report(
        "The women's college, which is affiliated with New York's Columbia University, said it recognized the limitations of full divestment.",
        "said",
        "it recognized the limitations of full divestment",
        "the women's college",
    );
}

#[test]
fn a_quote_inside_a_clause_reported_after_a_quote_is_no_next_part_of_it() {
    // `“Q1!” she wrote, arguing that ..., “q2”`: the quote in the
    // participle's clause was joined to the quote before it.
    let text = "\"Filth out!\" she wrote, arguing that if tougher measures were not deployed, \"more asylum seekers' homes will burn.\"";
    assert_cue_content(text, "wrote", "\"Filth out!\"");
}

#[test]
fn a_dash_summing_up_the_clause_ends_a_postposed_attribution() {
    // `CLAUSE, X reported on Tuesday -- a development that ...`: the
    // `that` of the writer's comment after the dash had been reported.
    assert_report(
        "A six-year trend of declining federal budget deficits will end this year, sooner than expected, the nonpartisan Congressional Budget Office reported on Tuesday -- a development that injects new questions into the presidential race.",
        "reported",
        "A six-year trend of declining federal budget deficits will end this year, sooner than expected",
        "Congressional Budget Office",
    );
    assert_report(
        "The Europa lander will also be wrapped in a biobarrier, NASA's Kevin Hand explained - an aluminum foil-like sheath that keeps out any contaminants.",
        "explained",
        "The Europa lander will also be wrapped in a biobarrier",
        "Kevin Hand",
    );
}

#[test]
fn a_report_in_an_opening_since_clause_ends_at_its_comma() {
    // `Ever since X announced [his candidacy], he's said ...: “Q”`: the
    // report ran on into the main clause and took its quote.
    let text = "Ever since Bernie Sanders announced his candidacy last year, he's said the same thing at every rally: \"It's not about me, it's about us.\" That's as true today.";
    let doc = annotate(text);
    let announced = quote_with_cue(&doc, text, "announced");
    assert_eq!(
        announced.content.text(text),
        Some("his candidacy last year"),
        "{announced:#?}"
    );
    assert_ne!(
        sole_direct_quote(&doc).cue.and_then(|c| c.text(text)),
        Some("announced")
    );
}

#[test]
fn a_participle_modifying_the_subject_reports_no_part_of_the_main_verb() {
    // `The super PAC backing [Hillary Clinton] is using`: the object ran
    // on into the verb of the subject the participle modifies.
    let text = "The super PAC backing Hillary Clinton is using some of its muscle to undo a damaging narrative.";
    let doc = annotate(text);
    let backing = quote_with_cue(&doc, text, "backing");
    assert_eq!(
        backing.content.text(text),
        Some("Hillary Clinton"),
        "{backing:#?}"
    );
    let text = "Visitors hoping to find 3D reproductions will be disappointed.";
    let doc = annotate(text);
    let hoping = quote_with_cue(&doc, text, "hoping");
    assert_eq!(
        hoping.content.text(text),
        Some("to find 3D reproductions"),
        "{hoping:#?}"
    );
    // A participle of thought or saying reports a clause.
    let text = "Protesters gathered downtown, with many believing the election was stolen.";
    assert_cue_content(text, "believing", "the election was stolen");
}

#[test]
fn a_that_clause_opening_with_a_fronted_as_phrase_runs_past_its_comma() {
    // `saying that as president, Mr. Trump would be firm`: the report
    // had ended at the comma closing `as president`.
    assert_report(
        "In interviews on Sunday, Paul Manafort defended the views, saying that as president, Mr. Trump would be firm with Russia.",
        "saying",
        "that as president, Mr. Trump would be firm with Russia",
        "Paul Manafort",
    );
}

#[test]
fn a_subordinate_clause_after_an_object_relative_cue_is_no_report() {
    // `Sanders's victory, which Clinton conceded [when polls closed]`:
    // the relative word is what was conceded.
    assert_no_content_starting_with(
        "Sanders's victory, which Clinton conceded when polls closed at 8 p.m., confirmed the strength of his appeal.",
        "when",
    );
    assert_no_content_starting_with(
        "In the biography of Modi, which I wrote before he became prime minister, a chapter was titled \"Janus\".",
        "before",
    );
}

#[test]
fn a_lower_case_quote_woven_into_a_participle_clause_is_no_next_part() {
    // `“Q1,” she wrote, recalling the meeting ..., where Reagan went with
    // a willingness “q2”`: the woven quote had been the first one's
    // second part.
    let text = "Phyllis Schlafly wrote her last column. “Donald Trump’s surprise visit to Mexico, where he met the Mexican president, reminds me of President Reagan’s important trip to Geneva in 1985,” she wrote, recalling the meeting between Reagan and Soviet leader Mikhail Gorbachev, where Reagan went with a willingness “to build a personal connection between the two men without sacrificing America’s vital interests in the Cold War.”";
    let doc = annotate(text);
    assert_eq!(
        contents(direct_quotes(&doc), text).first().copied(),
        Some("“Donald Trump’s surprise visit to Mexico, where he met the Mexican president, reminds me of President Reagan’s important trip to Geneva in 1985,”"),
    );
}

#[test]
fn a_question_before_an_attribution_leading_into_the_next_quote_is_not_its() {
    // `“Q?” He answered, “A”`: the question had taken the answer's
    // attribution and been joined to it as one quote.
    let text = "Sidney Blumenthal was on CNN on Wednesday. Blumenthal was asked, “If you had known she had a personal server, would you have told her it’s not a good idea?” He answered, “I have no idea. We’re old friends.”";
    let doc = annotate(text);
    let answered = quote_with_cue(&doc, text, "answered");
    assert_eq!(
        answered.content.text(text),
        Some("“I have no idea. We’re old friends.”"),
        "{answered:#?}"
    );
}

#[test]
fn a_report_ends_before_a_plural_subject_reporting_behind_auxiliaries() {
    // `said [they will not attend] and others have said`: the report had
    // run on into the second one, which had then been lost, and the
    // second's speaker had reached back over `and` (`the convention and
    // others`).
    let text = "Many prominent Republicans have said they will not attend the convention and others have said they are not interested in speaking.";
    let doc = annotate(text);
    assert_eq!(
        contents(quotes(&doc), text),
        [
            "they will not attend the convention",
            "they are not interested in speaking"
        ]
    );
    assert_eq!(
        speaker_mentions(quotes(&doc), text),
        [Some("Republicans"), Some("others")]
    );
    // A count of people is a plural subject too.
    let text = "One in three said the party doesn't care about the Latino community and one in four said the party was hostile to it.";
    let doc = annotate(text);
    assert_eq!(
        contents(quotes(&doc), text),
        [
            "the party doesn't care about the Latino community",
            "the party was hostile to it"
        ]
    );
}

#[test]
fn a_conjunction_inside_the_subject_of_a_report_ends_no_report() {
    // `field sources and news reports to compile`: `and` joins nouns in
    // a clause with no verb yet, so no report of its own follows it.
    assert_report(
        "The center says it uses hate group publications and websites, citizen and law enforcement reports, field sources and news reports to compile its report.",
        "says",
        "it uses hate group publications and websites, citizen and law enforcement reports, field sources and news reports to compile its report",
        "the center",
    );
}

#[test]
fn a_long_circumstance_between_cue_and_quote_leads_in_to_the_quote() {
    // `said during the daily briefing on Feb. 2, “Q”`: a lead-in longer
    // than five words had made the circumstance and the quote one
    // indirect report.
    let text = "Sean Spicer said during the daily briefing on Feb. 2, “It's hard to ever call something a complete success.”";
    assert_no_content_starting_with(text, "during");
    assert_sole_direct_quote_speaker(text, "Sean Spicer");
    assert_eq!(sole_direct_quote_cue(&annotate(text), text), Some("said"));
}

#[test]
fn a_long_lead_in_naming_a_person_is_no_circumstance() {
    // `Media playback is not supported on this device Leicester City
    // vice-chairman Aiyawatt Srivaddhanaprabha: “Q”`: the name labels the
    // speaker; `supported` leads in to nothing.
    let text = "Media playback is not supported on this device Leicester City vice-chairman Aiyawatt Srivaddhanaprabha: \"This has been the most difficult decision we have had to make.\"";
    assert_ne!(
        sole_direct_quote_cue(&annotate(text), text),
        Some("supported")
    );
}

#[test]
fn a_short_quote_that_is_its_whole_sentence_goes_on_with_the_quote_before() {
    // `“Q,” Bouhlel said. “Bodies everywhere.”`: two quoted words with no
    // verb had been a scare quote, lost to the speaker.
    let text = "\"There was carnage on the road,\" Bouhlel said. \"Bodies everywhere.\"";
    let doc = annotate(text);
    assert_eq!(
        sole_direct_quote(&doc).content.text(text),
        Some(text),
        "{:#?}",
        quotes(&doc)
    );
    // A name alone in its sentence is no words said.
    let text = "His classics include \"Chuck Berry riff\": \"Memphis.\" \"Nadine.\"";
    let doc = annotate(text);
    assert!(direct_quotes(&doc).is_empty(), "{:#?}", quotes(&doc));
}

#[test]
fn at_least_after_a_cue_opens_what_was_reported() {
    // `CNN reported at least six planes filled the skies`: `at least` had
    // read as a circumstance ending the sentence, and the fronted clause
    // before the comma as what CNN reported.
    assert_report(
        "As the Rose Bowl parade rolled through Pasadena, CNN reported at least six skywriting planes filled the skies with anti-Trump messages.",
        "reported",
        "at least six skywriting planes filled the skies with anti-Trump messages",
        "Cable News Network",
    );
}

#[test]
fn the_one_asked_is_no_part_of_the_question() {
    // `asked Rubio which states he could win`: the question had opened
    // with the one asked, where PolNeAR opens it at its own word.
    assert_report(
        "Mrs. Earhardt then asked Rubio which states specifically he could win.",
        "asked",
        "which states specifically he could win",
        "Earhardt",
    );
    assert_report(
        "Jonathan Karl asked White House press secretary Sean Spicer on Monday whether the president would apologize.",
        "asked",
        "whether the president would apologize",
        "Jonathan Karl",
    );
    // A relative clause on the one asked is no question.
    assert_no_content_starting_with(
        "The group is asking people who practice the craft to perform a monthly ritual.",
        "who",
    );
}

#[test]
fn the_one_told_after_to_is_no_part_of_the_clause() {
    // `reported to the Russian president that ...`: the report had opened
    // at `to`, the one told and all.
    assert_report(
        "Sergei Shoigu reported to the Russian president that the Syrian army had freed Palmyra.",
        "reported",
        "that the Syrian army had freed Palmyra",
        "Sergei Shoigu",
    );
    assert_report(
        "Flynn hinted to the ambassador that the US might lift the sanctions.",
        "hinted",
        "that the US might lift the sanctions",
        "Flynn",
    );
}

#[test]
fn a_name_after_a_cue_that_runs_to_the_colon_says_the_quote() {
    // `Added Stone: “Q”`: the subject inverted after the cue had been
    // looked for before it only, and the quote left unattributed.
    let text = "Roger Stone appeared on the radio show on Monday.\n\nAdded Stone:\n\n“I think that the stakes are so high.”";
    assert_sole_direct_quote_speaker(text, "Stone");
    assert_eq!(sole_direct_quote_cue(&annotate(text), text), Some("Added"));
}

#[test]
fn an_adverb_between_cue_and_that_is_no_part_of_the_clause() {
    // `noted repeatedly that ...`: the report had opened at the adverb.
    assert_report(
        "Schiff stated flatly that Trump Tower was not wiretapped.",
        "stated",
        "that Trump Tower was not wiretapped",
        "Schiff",
    );
    assert_report(
        "Clinton said instead that she would fight for the nomination.",
        "said",
        "that she would fight for the nomination",
        "Hillary Clinton",
    );
    // `likely that`: the adjective says how likely the clause is.
    assert_no_content_starting_with(
        "It appears unlikely that he will send the federal government to war against the states.",
        "that",
    );
}

#[test]
fn a_long_audience_after_told_is_no_part_of_what_was_told() {
    // `told a crowded banquet hall at a hotel in downtown Baltimore that`:
    // an audience longer than a circumstance had opened the report.
    assert_report(
        "Carson told a crowded banquet hall at a hotel in downtown Baltimore that he is not giving up.",
        "told",
        "that he is not giving up",
        "Carson",
    );
    assert_report(
        "He told a gathering in Kirkcaldy, Fife, that a new form of home rule was needed.",
        "told",
        "that a new form of home rule was needed",
        "he",
    );
}

#[test]
fn the_verb_after_continued_to_is_the_cue_and_its_object_the_report() {
    // `continued to question Cruz's temperament`: the report had opened
    // at `to`, where PolNeAR's cue holds `continued to question` and the
    // content is what was questioned.
    assert_report(
        "Trump continued to question Cruz's temperament in an interview with CNN.",
        "continued to question",
        "Cruz's temperament in an interview with CNN",
        "Trump",
    );
    // The infinitive's particle goes with its verb.
    assert_report(
        "Senator Bernie Sanders has continued to push for a single-payer health care system.",
        "continued to push for",
        "a single-payer health care system",
        "Bernie Sanders",
    );
    assert_report(
        "Mr. Cruz seemed to mock his vague tough talk.",
        "seemed to mock",
        "his vague tough talk",
        "Ted Cruz",
    );
}

#[test]
fn whereas_ends_a_report_before_another_speakers_report() {
    // `said that ..., whereas Petraeus acknowledged that ...`: the first
    // report had run to the sentence's end, the second one inside it.
    let text = "James Melendres said on MSNBC that there appeared to be a lack of willfulness in the Clinton case, whereas Petraeus acknowledged that he knew the information was highly classified.";
    assert_report(
        text,
        "said",
        "that there appeared to be a lack of willfulness in the Clinton case",
        "James Melendres",
    );
    assert_report(
        text,
        "acknowledged",
        "that he knew the information was highly classified",
        "David Petraeus",
    );
}

#[test]
fn a_participle_of_saying_after_a_conjunction_opening_the_sentence_reports_its_clause() {
    // `After saying ..., she was`: only a participle opening its sentence
    // had reported its clause, not one after `After` or `By`.
    assert_report(
        "By saying that he would ban Muslims, Trump alienated many voters.",
        "saying",
        "that he would ban Muslims",
        "Donald Trump",
    );
    // A participle of no saying reports nothing there.
    assert_no_content_starting_with(
        "After learning the sport in Iran, Sima moved to Canada.",
        "the sport",
    );
}

#[test]
fn an_adverb_between_subject_and_cue_is_no_speaker() {
    // `Greece, the loudest voice against austerity, meanwhile insisted`:
    // `meanwhile` had read as the speaker.
    assert_report(
        "Greece, the loudest voice against austerity, meanwhile insisted that the document should mention social policies.",
        "insisted",
        "that the document should mention social policies",
        "Greece",
    );
    // `Some even saw`: the subject is what stands before the adverb.
    assert_report(
        "Some even saw it as a sign of the end of the exodus from the court.",
        "saw",
        "it as a sign of the end of the exodus from the court",
        "some",
    );
    // `It is therefore expected that`: an impersonal passive names no one.
    assert_unattributed_report(
        "It is therefore expected that increasing flash sales will continue to work well.",
        "expected",
        "that increasing flash sales will continue to work well",
    );
}

#[test]
fn the_body_after_an_inverted_speakers_name_is_part_of_the_attribution() {
    // `CLAUSE, said John Smith of the Hudson Institute.`: the body the
    // speaker is placed in had made the attribution too long to end the
    // sentence, and the clause went unreported.
    assert_report(
        "Eggs must be collected from the woman, said professor Alan Trounson of the Hudson Institute.",
        "said",
        "Eggs must be collected from the woman",
        "Alan Trounson",
    );
}

#[test]
fn it_became_clear_that_names_no_speaker() {
    // `it quickly became clear that`: `became` was no copula of the
    // impersonal `it`, which spoke the clause.
    assert_unattributed_report(
        "But it quickly became clear that achieving an annual growth rate of five percent was far from realistic.",
        "clear",
        "that achieving an annual growth rate of five percent was far from realistic",
    );
}

#[test]
fn a_circumstance_after_a_bare_name_after_a_quote_ends_the_attribution() {
    // `“Q,” says Chopek through tears.`: `through` had read as the cue's
    // object, and the quote was left with no speaker.
    let text = "“I used to blame myself for everything. It's my fault,” says Chopek through tears. But Chopek is finally speaking out.";
    assert_sole_direct_quote_speaker(text, "Chopek");
}

#[test]
fn a_rank_before_a_name_set_off_after_its_description_keeps_the_attribution() {
    // `CLAUSE, Congo's auditor general, Maj. Gen. Joseph Ponde, said.`:
    // the ranks before the name had kept it from reading as the person
    // the description is of, and the clause went unreported.
    assert_report(
        "Seven soldiers have been arrested, Congo's armed forces auditor general, Maj. Gen. Joseph Ponde, said Saturday.",
        "said",
        "Seven soldiers have been arrested",
        "Joseph Ponde",
    );
}

#[test]
fn a_described_source_with_a_participle_phrase_ends_the_sentence() {
    // `CLAUSE, says a press statement posted on the embassy website on
    // Monday.`: the participle had kept the description from reading as
    // the source, and the statement was reported as said by `its
    // campaign`.
    assert_report(
        "The Russian Embassy in the UK has urged London to stop its anti-Russian campaign harming bilateral relations, says a press statement posted on the embassy website on Monday.",
        "says",
        "The Russian Embassy in the UK has urged London to stop its anti-Russian campaign harming bilateral relations",
        "a press statement",
    );
}

#[test]
fn a_place_after_its_article_is_no_speaker() {
    // `The Russian embassy in the UK said`: `the` had hidden the
    // preposition governing `UK`, which was made the speaker.
    assert_cue_speaker_name(
        "The Russian embassy in the UK said London must stop its campaign.",
        "said",
        "The Russian embassy in the UK",
    );
}

#[test]
fn the_noun_heading_prepositional_phrases_is_the_speaker() {
    // `Five judges at the Court Martial Appeal Court in London ruled`:
    // with every name before the cue the object of a preposition, the
    // last of them (`London`) had been the speaker.
    assert_cue_speaker_name(
        "Five judges at the Court Martial Appeal Court in London ruled the conviction should be manslaughter.",
        "ruled",
        "five judges at the Court Martial Appeal Court in London",
    );
    assert_cue_speaker_name(
        "Shops are often empty, while vendors in the US city of San Diego say they too are suffering.",
        "say",
        "vendors in the US city of San Diego",
    );
}

#[test]
fn a_clause_before_a_prepositional_phrase_is_no_speaker() {
    // `Two men have appeared in court in Belfast charged with`: the words
    // before `in` hold a verb, so they are no noun the phrases attach to.
    assert_no_speaker_reads(
        "Two men have appeared in court in Belfast charged with murdering the loyalist George Gilmore.",
        "Two men have appeared in court in Belfast",
    );
}

#[test]
fn a_verb_of_saying_before_a_participle_cue_ends_its_subject() {
    // `the embassy said citing media reports “Q”`: the subject of
    // `citing` had run on over `said` (`the embassy said`).
    let text = "The embassy urged London to stop. \"We call upon the British side to stop its campaign,\" the embassy said citing media reports \"on the warning issued by GCHQ/National Cybersecurity Centre (its director C.Martin) to the British political parties on presumed \"Russian threat\" of meddling in the next elections due in 2020\" as well as on the news.";
    let doc = annotate(text);
    assert_eq!(
        speaker_of_quote_holding(&doc, text, "on the warning"),
        Some("the embassy")
    );
}

#[test]
fn a_speaker_noun_after_a_verb_of_saying_opens_no_phrase_before_it() {
    // `the school said pupils and staff were being supported and added:
    // “Q”`: the phrase of `staff` had reached back over `said` to `the`.
    assert_no_speaker_reads(
        "In a statement, the school said pupils and staff were being supported and added: \"Our thoughts are with those affected.\"",
        "the school said pupils and staff",
    );
}

#[test]
fn an_adverb_before_a_quoted_verb_is_no_cue() {
    // `the two leaders would also “talk about ...”`: `also` had been the
    // quote's cue, and `the two leaders` its speaker.
    let text = "May's spokeswoman said the two leaders would also \"talk about a range of security and international issues.\"";
    let doc = annotate(text);
    let quote = quote_where(&doc, |q| q.kind == QuoteKind::Direct);
    assert_cue_and_speaker_name(quote, text, "said", "May's spokeswoman");
}

#[test]
fn a_capitalised_word_inside_a_sentence_is_no_cue() {
    // `Tesco and Mandate are engaged in a dispute`: the trade union's
    // name had been read as the verb `mandate`, reporting what followed
    // it as Tesco's.
    assert_no_quotes(
        "Tesco and Mandate are engaged in a dispute over the transfer of around 250 of its employees.",
    );
}

#[test]
fn a_circumstance_after_a_passive_agent_is_no_report() {
    // `was approved by the committee on Tuesday.`: what follows the
    // agent had been reported as the committee's words.
    assert_no_quotes("The nominee was approved by the committee on Tuesday.");
}

#[test]
fn a_partial_quote_after_a_clause_conjunction_is_the_later_clauses() {
    // `Bannon called her “Q1,” while Kushner called her “Q2” and lauded
    // the “Q3.”`: the first cue of the sentence had given `Q3` to Bannon.
    let text = "Bannon called her \"the vital link that pulls things together,\" while Kushner called her \"one of the unsung heroes of the campaign\" and lauded the \"sacrifice she is making.\"";
    let doc = annotate(text);
    assert_eq!(
        speaker_of_quote_holding(&doc, text, "sacrifice"),
        Some("Kushner")
    );
}

#[test]
fn a_report_ends_past_a_partial_quote_with_no_attribution_of_its_own() {
    // `stated that chlorine was used “systematically and repeatedly”.`:
    // with no mention near to say the partial quote, the report's end
    // had cut it after its first word.
    assert_report(
        "A press release on the missions stated that chlorine was used \"systematically and repeatedly\".",
        "stated",
        "that chlorine was used \"systematically and repeatedly\"",
        "the missions",
    );
}

#[test]
fn a_hyphen_for_a_lost_space_after_a_comma_keeps_the_apposition_set_off() {
    // `Nickolay Mladenov, the United Nations envoy for the Middle East
    // peace process,-said`: with the hyphen between the comma and the
    // cue, the apposition was not read as closed, and `Middle East` said
    // it.
    assert_cue_speaker_name(
        "Nickolay Mladenov, the United Nations envoy for the Middle East peace process,-said on Monday that he was concerned by the bill.",
        "said",
        "Nickolay Mladenov",
    );
}

#[test]
fn a_report_ends_past_a_title_in_quote_marks() {
    // `hopes the “Here I Stand” project will`: the report had ended
    // right after the title's opening mark (`the "`).
    let text = "Stefan Rhein hopes the \"Here I Stand\" project will inspire people to travel.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "hopes");
    let content = report.content.text(text).unwrap_or("");
    assert!(content.starts_with("the \"Here I Stand\""), "{report:#?}");
}

#[test]
fn a_hyphen_for_a_lost_space_after_a_colon_ends_the_clause_before_it() {
    // `congratulate Sessions on Twitter:- Congratulations to ...`: the
    // colon ends the report, hyphen or not; the report had run on into
    // the tweet.
    let text = "Trump was quick to congratulate Sessions on Twitter:- Congratulations to our new Attorney General.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "quick");
    assert_eq!(
        report.content.text(text),
        Some("to congratulate Sessions on Twitter"),
        "{report:#?}"
    );
}

#[test]
fn the_agent_of_a_passive_cue_says_its_partial_quote() {
    // `described by a friend as a “Q”`: the nearest name before the cue
    // (`Co Louth`) had said it.
    assert_partial_speaker_name(
        "Captain Mark Duffy from Co Louth had taken part in hundreds of missions, described by a friend as a \"unique and special man\".",
        "a friend",
    );
}

#[test]
fn the_subject_of_a_passive_cue_says_no_partial_quote() {
    // `A man is said to be in a “serious condition”`: the man was spoken
    // of, and had been made the speaker.
    assert_no_speaker_reads(
        "A man is said to be in a \"serious condition\" in a central London hospital.",
        "A man",
    );
}

#[test]
fn a_report_does_not_end_at_a_verb_joined_inside_a_quote() {
    // `had “planned, authorised, and approved the illicit coaching”`:
    // `and approved` inside the quote had read as the subject's next act,
    // ending the report after `authorised`.
    // (The report was first seen after `was found guilty`, which now
    // reports no finding.)
    let text = "Prosecutors said Bemba masterminded a network to bribe witnesses, and had \"planned, authorised, and approved the illicit coaching\" of the witnesses.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "said");
    let content = report.content.text(text).unwrap_or("");
    assert!(
        content.contains("approved the illicit coaching\""),
        "{report:#?}"
    );
}

#[test]
fn a_person_before_an_apposition_missing_its_closing_comma_speaks() {
    // `X, the chairman of the House Intelligence Committee told`: the
    // writer left out the comma that closes the apposition, and the body
    // at its end had been made the speaker.
    assert_cue_speaker_name(
        "Devin Nunes, a Republican representative and the chairman of the House Intelligence Committee told Fox News that there was no evidence of collusion.",
        "told",
        "Devin Nunes",
    );
    assert_cue_speaker_name(
        "John Smith, chief executive of the Proprietary Association of Great Britain said some manufacturers had already taken that step.",
        "said",
        "John Smith",
    );
}

#[test]
fn a_named_person_after_a_fronted_participle_keeps_speaking() {
    // `Jailing Molloy, chair of the bench Michael Evans told him`: the
    // name at the end of the words after the comma is the subject itself,
    // not the object of an apposition's preposition.
    assert_cue_speaker_name_is_not(
        "Jailing Molloy, chair of the bench Michael Evans told him he would serve six months.",
        "told",
        "Jailing Molloy",
    );
}

#[test]
fn the_nouns_a_name_modifies_before_a_cue_speak_with_it() {
    // `US intelligence says`, `The US weekly said`: the country had been
    // named as the speaker, and a corpus aggregated by speaker gave the
    // United States the words of its spies and of a magazine.
    assert_cue_speaker(
        "US intelligence agencies said Russia had tried to sway the vote.",
        "said",
        "US intelligence agencies",
    );
    assert_cue_speaker(
        "The US weekly said the two men are both talkative and brash.",
        "said",
        "The US weekly",
    );
    assert_cue_speaker(
        "The UN secretary general says the country is at risk of famine.",
        "says",
        "The UN secretary general",
    );
}

#[test]
fn nouns_before_a_participle_with_its_agent_open_no_report() {
    // `the Iran nuclear deal embraced by Clinton`: the participle had
    // read as the verb of a report whose subject was the deal, ending
    // the report before it.
    let text = "Some Republicans hoped that lingering discomfort with President Obama's policies on Israel and the Iran nuclear deal embraced by Clinton might lead to GOP gains in November.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "hoped");
    let content = report.content.text(text).unwrap_or("");
    assert!(
        content.ends_with("might lead to GOP gains in November"),
        "{report:#?}"
    );
}

#[test]
fn a_body_is_named_alike_whichever_way_its_country_is_written() {
    // `U.S. Central Command`, `US Central Command`, `United States
    // Central Command`: three speakers in a corpus summed by speaker.
    for written in [
        "U.S. Central Command",
        "US Central Command",
        "United States Central Command",
    ] {
        assert_cue_speaker_name(
            &format!("{written} said civilians were likely killed in the raid."),
            "said",
            "US Central Command",
        );
    }
    assert_cue_speaker_name(
        "U.S. officials said the strike was planned for weeks.",
        "said",
        "US officials",
    );
}

#[test]
fn a_noun_phrase_before_a_who_clause_speaks() {
    // `One former teacher, who wished to remain anonymous, said`: only a
    // `which` clause had been passed over to the noun phrase before it;
    // after `who` the report had no speaker and was left out.
    assert_cue_speaker(
        "One former teacher, who wished to remain anonymous, said the programme was imposed on them.",
        "said",
        "One former teacher",
    );
    // `One of the prosecutors in Lopez's case, who ...`: the noun phrase
    // a preposition governs is part of the subject.
    assert_cue_speaker(
        "One of the prosecutors in Lopez's case, who is now seeking asylum in the United States, admitted the government ordered him to arrest the opposition leader.",
        "admitted",
        "One of the prosecutors in Lopez's case",
    );
}

#[test]
fn a_long_chain_of_phrases_before_a_relative_clause_is_no_subject() {
    // Flattened figures run into the sentence before the subject: the
    // phrases before `in social housing` are no part of it.
    assert_cue_speaker(
        "Average weekly payment per claimant in social housing Campaign group Digs, which supports people renting in Hackney, said barring benefit claimants was \"naked discrimination\".",
        "said",
        "social housing Campaign group Digs",
    );
}

#[test]
fn the_one_a_verb_of_quoting_takes_says_the_quote() {
    // `“Q,” NHK quoted the minister.`: only `quoted ... as saying` had
    // given the words to the one quoted; with no `as saying`, or with
    // `quotes`, the outlet had said them.
    assert_sole_direct_quote_speaker(
        "\"Results of today's consultations will be used during our negotiations,\" NHK quoted the minister.",
        "the minister",
    );
    assert_sole_direct_quote_speaker(
        "\"It's not worth it,\" Nance quotes Shippee as saying about the expedition.",
        "Shippee",
    );
}

#[test]
fn a_report_relayed_with_quoted_as_saying_is_the_quoted_ones() {
    // `The paper quotes three former US officials as saying they ...`:
    // the report had been the paper's, its content starting at the
    // officials; the one quoted says what follows `as saying`.
    let text = "The paper quotes three former US officials as saying they had two aims.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "quotes");
    assert_eq!(
        report.content.text(text),
        Some("they had two aims"),
        "{report:#?}"
    );
    assert_eq!(
        report.speaker.and_then(|s| s.text(text)),
        Some("three former US officials"),
        "{report:#?}"
    );
}

#[test]
fn a_time_between_an_apposition_and_its_cue_leaves_the_person_speaking() {
    // `David Kaye, the UN's special rapporteur, on Tuesday attacked`: the
    // time had hidden the apposition's closing comma, and the body the
    // apposition names had been taken for the speaker.
    assert_cue_speaker(
        "David Kaye, the UN's special rapporteur, on Tuesday attacked the case against the student.",
        "attacked",
        "David Kaye",
    );
    assert_cue_speaker(
        "Ayman Safadi, Jordan's foreign minister, yesterday said the Arab political system had failed.",
        "said",
        "Ayman Safadi",
    );
    assert_cue_speaker(
        "Sen. John McCain, the Senate Armed Services Committee chairman, last month said that U.S. nuclear forces in Europe must be ready.",
        "said",
        "John McCain",
    );
}

#[test]
fn a_title_the_entity_leaves_out_keeps_the_preposition_before_the_person() {
    // `“Q,” a senior adviser to Prince Mohammed said`, where the entity
    // is `Mohammed` alone: the title had hidden the `to` that relates the
    // speaker to the prince, and the prince was quoted for his adviser.
    assert_sole_direct_quote_named(
        "Deputy Crown Prince Mohammed bin Salman met Trump. \"It went well,\" a senior adviser to Prince Mohammed said.",
        "a senior adviser to Prince Mohammed",
    );
    // A preposition inside the titles is no relation: the minister
    // speaks.
    assert_cue_speaker(
        "The hospital was full. \"I feel ashamed. I feel heartbroken\" - Minister for Health Simon Harris tells reporters.",
        "tells",
        "Simon Harris",
    );
}

#[test]
fn a_hyphen_glued_after_a_closing_quote_mark_stands_for_a_lost_space() {
    // `was "beating"-the US but ...`: the report had ended at the quote
    // mark, and `"Q,"-says Cait` had no cue.
    let text =
        "He said Ireland was \"beating\"-the US but that his country is going to try to compete.";
    assert_cue_content(
        text,
        "said",
        "Ireland was \"beating\"-the US but that his country is going to try to compete",
    );
    assert_cue_speaker(
        "\"Dara would be mortified with the outpouring of grief,\"-says Cait, a nurse at the hospital.",
        "says",
        "Cait",
    );
}

#[test]
fn a_hyphen_glued_after_a_verb_of_saying_stands_for_a_lost_space() {
    // `"Q,"-says-Karageorgopoulos`: the entity stage had read
    // `says-Karageorgopoulos` as one name, and the quote was given to a
    // man named earlier; `, said-the minister` had no speaker.
    assert_cue_speaker(
        "Wages are falling. \"Workers end up with half their salaries,\"-says-Karageorgopoulos.",
        "says",
        "Karageorgopoulos",
    );
    assert_cue_speaker(
        "The minister was asked about the talks. The talks would resume soon, said-the minister.",
        "said",
        "the minister",
    );
}

#[test]
fn a_conjunction_after_a_dash_after_a_quote_opens_a_clause_with_its_own_cue() {
    // `saying “Q” - while X said the saga was ...`: the cue after the dash
    // reports its own clause; it had taken the quote from the one saying
    // it.
    assert_cue_speaker(
        "Chris Bryce welcomed the U-turn, saying \"hard working people will sleep easier tonight\" - while Stephen Herring said the saga was \"chaotic\".",
        "saying",
        "Chris Bryce",
    );
}

#[test]
fn a_verb_in_the_past_ends_the_asides_after_a_name_after_a_quote() {
    // `“Q1”. Chris Bryce, CEO of IPSE, welcomed the U-turn, saying “Q2”`:
    // `welcomed the U-turn` had been read as one more apposition, so the
    // participle after it took Q1 from the report it belongs to, and Q1
    // and Q2 were joined into one quote of Bryce's.
    let text = "Tim Farron questioned whether the chancellor would \"now U-turn on another broken election commitment to keep us in the single market\". Chris Bryce, CEO of the self-employed body IPSE, welcomed the U-turn, saying \"hard working people will sleep easier tonight\".";
    assert_content_speaker_name(
        text,
        "\"now U-turn on another broken election commitment to keep us in the single market\"",
        "Tim Farron",
    );
    assert_content_speaker_name(
        text,
        "\"hard working people will sleep easier tonight\"",
        "Chris Bryce",
    );
}

#[test]
fn a_cue_with_this_as_its_object_after_a_quote_attributes_no_quote_before_it() {
    // `“Q2.” Laly Lichtenfeld, ..., describes this as “Q3”`: `this` had
    // been read as the start of a time (`this week`), so the cue took Q2
    // from the speaker before it, and Q3 went to the body in the
    // apposition.
    let text = "\"If we decided to do this on our own, we wouldn't achieve much,\" admits Kisimir. \"Community is everything.\" Laly Lichtenfeld, executive director of the Fund, describes this as \"the next step,\" and a way to help create a self-regulating environment.";
    let doc = annotate(text);
    let described = quote_with_cue(&doc, text, "describes");
    assert_eq!(
        described.speaker_name.as_deref(),
        Some("Laly Lichtenfeld"),
        "{described:#?}"
    );
    assert!(
        !quotes(&doc).iter().any(|q| {
            q.cue.and_then(|c| c.text(text)) == Some("describes")
                && q.content.text(text) == Some("\"Community is everything.\"")
        }),
        "{:#?}",
        quotes(&doc)
    );
}

#[test]
fn a_cue_whose_object_names_the_quote_before_it_attributes_it() {
    // `“Q.” A White House spokesman offered this statement`: the object is
    // the quote itself, which the spokesman said.
    let text = "Artemenko met Cohen in New York. \"No one in the White House has spoken to Mr. Cohen about any peace proposal.\" A White House spokesman offered this statement in response to a request for comment.";
    assert_sole_direct_quote_named(text, "a White House spokesman");
}

#[test]
fn the_person_after_a_body_that_ends_a_title_says_the_quote_before_it() {
    // `“Q,” Minister of Industry and Information Technology Miao Wei
    // said`: the ministry, which the title's `of` governs, had been the
    // speaker, and the name after it lay past the words searched.
    assert_sole_direct_quote_named(
        "\"We are working on a national guideline,\" Minister of Industry and Information Technology Miao Wei said on Feb 21.",
        "Miao Wei",
    );
}

#[test]
fn a_participle_between_an_adverb_and_its_noun_reports_nothing() {
    // `The emotionally charged issue is ...`, `a highly detailed mosaic`:
    // the participle had been a cue, its subject `The emotionally`.
    for text in [
        "The emotionally charged issue is especially dangerous given that both countries have nuclear weapons.",
        "The pictures form a highly detailed mosaic of hundreds of photos taken by the drone.",
    ] {
        assert_no_quotes(text);
    }
    // A verb of saying there still reports, as PolNeAR reads it.
    let text = "Romney will not attend, coupled with the previously announced absence of Sen. John McCain from the convention.";
    let doc = annotate(text);
    let report = quote_with_cue(&doc, text, "announced");
    assert_eq!(
        report.content.text(text),
        Some("absence of Sen. John McCain from the convention"),
        "{report:#?}"
    );
}

#[test]
fn a_passive_found_reports_no_finding() {
    // `A British man has been found dead`, `was found guilty of`: the
    // participle had been a cue, reporting the state the subject was
    // found in.
    let text = "A British man has been found dead, presumed murdered, in South Africa, his family has said.";
    let doc = annotate(text);
    assert!(
        !quotes(&doc)
            .iter()
            .any(|q| q.cue.and_then(|c| c.text(text)) == Some("found")),
        "{:#?}",
        quotes(&doc)
    );
    assert_cue_speaker(text, "said", "his family");
    assert_no_quotes("A Derry man has been found not guilty of possessing explosives.");
}

#[test]
fn an_aside_that_names_what_came_before_it_reports_nothing() {
    // `Father Angel, as he is often called, is a revolutionary`: the
    // participle had reported what followed the aside.
    for text in [
        "In conservative Spain Father Angel, as he is often called, is a revolutionary.",
        "There was, for example, my flight from Saigon, as it was then called, to Vientiane, the sleepy capital.",
    ] {
        assert_no_quotes(text);
    }
}

#[test]
fn a_quote_after_a_participle_of_naming_is_a_name_not_words_said() {
    // `the last recess, dubbed appropriately “resistance Recess”`: the
    // name had been given to the nearest subject as its words.
    for text in [
        "Republicans are still recovering from the last recess, dubbed appropriately \"resistance Recess.\"",
        "They have all come together under one propaganda outlet code named \"alt-right\", whose chief ideologue is Bannon.",
        "Merkel will meet him at Hotel Bristol, known in Warsaw as \"neutral ground.\"",
    ] {
        assert_no_quotes(text);
    }
}

#[test]
fn backstage_or_afterwards_after_a_postposed_cue_is_its_circumstance() {
    // `, she later said-backstage.` (a lost space): once the hyphen was
    // read as a space, `backstage` was taken for what the cue reports and
    // the report before it was lost; `, he said afterwards.` reported
    // `afterwards`.
    assert_report(
        "After winning she had kept the card in her hands, she later said backstage.",
        "said",
        "After winning she had kept the card in her hands",
        "she",
    );
    assert_report(
        "The plan will fail, he said afterwards.",
        "said",
        "The plan will fail",
        "he",
    );
}

#[test]
fn a_preposition_after_a_quote_is_no_cue() {
    // `“Q” about Chicago like ...`: `about` had been the cue and Chicago
    // the one who said the words.
    assert_no_speaker_reads(
        "\"I hope he is coming,\" he said. \"I am tired of people talking\" about Chicago like it is a Third World country.",
        "Chicago",
    );
}

#[test]
fn a_partial_quote_after_a_description_and_its_cue_is_the_descriptions() {
    // `The US vote comes days after a Montenegrin special prosecutor
    // accused “Q”`: the nearest mention, the US, had said the quote.
    assert_cue_speaker(
        "The US vote comes days after a Montenegrin special prosecutor accused \"Russian state bodies\" of involvement in an alleged coup plot.",
        "accused",
        "a Montenegrin special prosecutor",
    );
    // Guard: a noun a preposition governs is no subject (`gone on record
    // saying ... “Q”`).
    assert_no_speaker_reads(
        "The creators of the show have already gone on record saying a few of the fan theories floating around are \"right or very close.\"",
        "record",
    );
}

#[test]
fn a_relative_clause_inside_an_apposition_ends_before_the_verb_of_saying() {
    // `X, a senior fellow at Y who writes extensively on marijuana
    // policy, said that ... “Q” ...`: the report of `writes`, which took
    // the partial quote, ran on over `said`, and X's own report was lost.
    let text = "John Hudak, a senior fellow at the Brookings Institution who writes extensively on marijuana policy, said that the remarks suggest he is \"more serious about respect for the memo\" than previously believed.";
    assert_report(
        text,
        "said",
        "that the remarks suggest he is \"more serious about respect for the memo\" than previously believed",
        "John Hudak",
    );
    assert_report(
        text,
        "writes",
        "extensively on marijuana policy",
        "John Hudak",
    );
}

#[test]
fn a_body_in_a_place_speaks_not_its_place() {
    // `The US embassy in Wellington said`: the US had said it, and the
    // `It` after it had gone on with Wellington.
    let text = "The US embassy in Wellington said it did not comment on the matter. It added: \"We take seriously any suggestion that our staff have fallen short.\"";
    assert_speaker_names(
        text,
        &[
            Some("The US embassy in Wellington"),
            Some("The US embassy in Wellington"),
        ],
    );
    // A relative clause set off by commas or by dashes between the body
    // and its verb: Wellington had said it, or no one.
    for text in [
        "The US embassy in Wellington, which has had no ambassador since January, said it did not comment on the matter.",
        "The US embassy in Wellington - which has had no ambassador since January - said it did not comment on the matter.",
    ] {
        assert_cue_speaker_name(text, "said", "The US embassy in Wellington");
    }
}

#[test]
fn a_person_named_after_a_role_in_a_place_speaks() {
    // Guard: the name in apposition still speaks, not the description.
    assert_cue_speaker_name(
        "The EU ambassador to Brazil, Joao Cravinho, said he wanted an urgent clarification from the ministry.",
        "said",
        "Joao Cravinho",
    );
    // Guard: a relative clause's verb heads no description.
    assert_no_speaker_reads(
        "An Egyptian who lives in Qatar, he was stopped, questioned and arrested by the authorities after arriving in Cairo.",
        "An Egyptian who lives in Qatar",
    );
}

#[test]
fn a_quote_closed_before_its_full_stop_keeps_the_cue_before_it() {
    // `Ms Sturgeon said: “Q1. Q2”. Mrs May told staff`: with the full
    // stop after the closing mark (British style), the quote had gone to
    // the next sentence's report.
    assert_sole_direct_quote_named(
        "Ms Sturgeon said: \"I want people to have a choice. That would be the right timescale\". Mrs May told staff.",
        "Nicola Sturgeon",
    );
}

#[test]
fn a_partial_quote_in_a_report_takes_the_reports_cue_after_it() {
    // Guard: a cue before a partial quote does not outrank the report
    // after it (`Lo made an effort not to seek out stereotypically
    // “sad-looking” shots, he said` keeps `said`).
    let text = "Lo said he got the idea after seeing polar bears \"eating grass\" at a zoo. While he did photograph the zoo, the image did not make it into the series. Lo made an effort not to seek out stereotypically \"sad-looking\" shots, he said.";
    let doc = annotate(text);
    let partial = quote_where(&doc, |q| q.content.text(text) == Some("\"sad-looking\""));
    assert_eq!(
        partial.cue.and_then(|c| c.text(text)),
        Some("said"),
        "{partial:#?}"
    );
}

#[test]
fn the_noun_champion_reports_nothing() {
    // `a Hazara martial arts champion who fled ...`, `the three-time
    // champions a dream start`: the noun had been a verb of advocacy.
    assert_no_quotes(
        "The gym has a poster of stuntman Hussain Sadiqi, a Hazara martial arts champion who fled to Australia to work in film.",
    );
    assert_no_quotes(
        "Gideon Jung gave the three-time champions a dream start with a close-range finish inside five minutes.",
    );
    // Guard: the verb still reports, after an adverb or a comma.
    assert_report(
        "The senator strongly champions voucher programs that let parents choose schools.",
        "champions",
        "voucher programs that let parents choose schools",
        "the senator",
    );
    assert_cue_speaker(
        "The Fed governor, adopting a global lens, champions low interest rates.",
        "champions",
        "The Fed governor",
    );
}

#[test]
fn an_of_phrase_after_the_one_told_is_no_part_of_what_was_told() {
    // `told members of the committee that ...`: the content had opened
    // at the `of` of the group the addressee belongs to.
    assert_cue_content(
        "Additionally, Hollis told members of the budget committee that 212 contractors had been hired since the program began.",
        "told",
        "that 212 contractors had been hired since the program began",
    );
    assert_cue_content(
        "Renner told leaders of the union on Monday that he would not seek another term.",
        "told",
        "that he would not seek another term",
    );
}

#[test]
fn the_cue_of_a_quote_is_no_lone_also() {
    // `“Q,” he also said`: the lexicon counts `also` as a cue word (PolNeAR
    // cues hold `also said`), and the cue had been `also` alone.
    let text = "\"The bridge will open in May,\" the mayor also said.";
    let doc = annotate(text);
    let quote = quote_where(&doc, |q| q.kind == QuoteKind::Direct);
    assert_eq!(
        quote.cue.and_then(|c| c.text(text)),
        Some("also said"),
        "{quote:#?}"
    );
    assert_cue_speaker_name(
        "\"We have no reason to delay,\" a spokesman for the city also told reporters.",
        "also told",
        "a spokesman",
    );
}

#[test]
fn an_adverb_glued_to_its_verb_by_a_lost_space_is_no_cue() {
    // `also-urged`, `also -praised`: flattened text lost the space, and
    // `also` had been the cue of a content opening at the verb.
    assert_report(
        "The league's secretary also-urged member states to do more to end the war.",
        "urged",
        "member states to do more to end the war",
        "the league's secretary",
    );
    assert_cue_content(
        "The actor has also -praised Norway as a model of calm.",
        "praised",
        "Norway as a model of calm",
    );
}

#[test]
fn the_topic_of_a_noun_cue_in_subject_position_ends_before_its_verb() {
    // `where Trump's criticism of NATO ... are valid`: the topic had run
    // on into the verb of the clause whose subject the noun heads.
    assert_cue_content(
        "Kabul is the place where Carver's criticism of the alliance and its partners is fair.",
        "criticism",
        "the alliance and its partners",
    );
    assert_cue_content(
        "The minister's rejection of the bill could make it harder to pass.",
        "rejection",
        "the bill",
    );
}

#[test]
fn a_role_ending_in_general_is_the_person_it_titled() {
    // `the attorney general's rejection of the law ..., Shaheen was`: the
    // description had stopped at `attorney` and taken the apposition of
    // another clause, or the salient person, for its own.
    assert_cue_speaker_name(
        "The state attorney general, Ruth Adler, refused to defend the statute. The cabinet hired a private lawyer, Omar Haddad. \
         While the attorney general's rejection of the statute could hurt the case, Haddad was hopeful.",
        "rejection",
        "Ruth Adler",
    );
    assert_cue_speaker_name(
        "Attorney General Peter Lam spoke on Monday. \"The suspects will be charged next week,\" the attorney general said.",
        "said",
        "Peter Lam",
    );
}

#[test]
fn a_capitalised_is_before_a_cue_is_no_passive() {
    // `Militants linked to IS said`, `IS later said`: the acronym had been
    // read as the auxiliary of a passive, and the report left with no
    // speaker.
    assert_cue_speaker_name(
        "Militants loyal to Islamic State (IS) attacked the base. IS said three of its fighters had carried out the raid.",
        "said",
        "Islamic State",
    );
    assert_cue_speaker_name(
        "Militants loyal to Islamic State (IS) attacked the base. IS later said three of its fighters had carried out the raid.",
        "said",
        "Islamic State",
    );
}

#[test]
fn a_passive_cue_after_first_is_still_passive() {
    // `were first reported by Tom Angell on the blog`: the adverb had
    // hidden the passive, and the owner of the remarks had reported the
    // circumstance after its agent.
    assert_no_quotes(
        "The senator's remarks were first reported by reporter Mark Dalton on the blog of a local paper.",
    );
}

#[test]
fn a_verb_of_the_manner_of_speaking_attributes_the_quote_before_it() {
    // `“Q,” cried one man`: too rare in PolNeAR for the lexicon, and the
    // quote had gone to a person named later.
    assert_cue_speaker(
        "\"My boys, my little boys,\" cried one man walking through the rubble. Later, Dawit Alemu said the rescue was slow.",
        "cried",
        "one man",
    );
    assert_cue_speaker(
        "\"There is one thing left that unites us,\" she whispered to the crowd.",
        "whispered",
        "she",
    );
}

#[test]
fn a_credit_for_reporting_attributes_no_quote() {
    // `“Q2.” ABC Radio's Chris Watson contributed to this report.`: the
    // byline had said the last quote.
    let text = "\"All of my songs are the same to me,\" he said. \"Like all of my children.\" \
                City Radio's Dana Wells contributed to this report.";
    assert_no_cue(text, "contributed");
}

#[test]
fn a_mention_a_preposition_governs_after_the_cue_is_no_speaker() {
    // `reaffirmed “strategic option” of a fair, negotiated peace with
    // Israel`, `“Q2.” Talks collapsed after Sinn Féin announced`: the
    // quote had gone to the object of the preposition after a cue word.
    let text = "The league's reaffirmed \"peace path\" of a fair, negotiated settlement with Norway impressed both sides.";
    let doc = annotate(text);
    assert!(
        quotes(&doc)
            .iter()
            .all(|q| q.speaker_name.as_deref() != Some("Norway")),
        "{:#?}",
        quotes(&doc)
    );
    assert_sole_direct_quote_named(
        "\"We are standing firm,\" Rhona Kerr said. \"We came to the table wanting to deliver.\" \
         Talks collapsed after Ulster Unity announced it would not nominate a deputy.",
        "Rhona Kerr",
    );
    // Guard: the source of `according to` and the agent of a passive
    // still speak.
    assert_cue_speaker_name(
        "He turned and struck the senator \"right in the jaw,\" according to the Senate Historical Office.",
        "according to",
        "Senate Historical Office",
    );
    assert_cue_speaker_name(
        "The feud between the council's \"contempt and corruption\" as alleged by unionists goes on.",
        "alleged",
        "unionists",
    );
}

#[test]
fn a_partial_quote_after_according_to_is_its_sources() {
    // `The law ... compels them to declare funds, and according to HRW,
    // imposes “onerous reporting requirements”`: the quote had gone to the
    // sentence's subject.
    assert_partial_speaker_name(
        "The statute, passed in May, forces charities to publish their donors, and according to Amnesty, imposes \"crushing paperwork on small groups\".",
        "Amnesty",
    );
}

#[test]
fn a_subordinate_clause_after_a_conjunction_opens_the_sentence_too() {
    // `But after they spoke, he checked the box that read “Q”`: the cue of
    // the opening clause had said the main clause's quote; `And while
    // local police say they want more help, such a plan could ...`: its
    // report had run on into the main clause.
    assert_no_cue(
        "But after they spoke, he checked the box on her form that read \"Fear NOT shown.\"",
        "spoke",
    );
    assert_cue_content(
        "And while city councillors say they want more money for parks, such a budget could strain the schools.",
        "say",
        "they want more money for parks",
    );
}
