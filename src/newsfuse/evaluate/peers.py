"""The summarizers users would otherwise reach for, run for real from their packages, on the same
cleaned and segmented sentences newsfuse sees, each filling the same word budget."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from newsfuse.evaluate.rouge import oracle
from newsfuse.model import Article
from newsfuse.segment import segment
from newsfuse.text import words as word_tokens


@dataclass(frozen=True)
class PeerInput:
    articles: list[list[str]]  # sentences of each cleaned article
    references: list[str]

    @property
    def sentences(self) -> list[str]:
        return [sentence for article in self.articles for sentence in article]


def prepare(articles: Sequence[Article], references: list[str]) -> PeerInput:
    return PeerInput(articles=[[s.text for s in segment(article)] for article in articles], references=references)


def fill_by_rank(sentences: Sequence[str], scores: Sequence[float], words: int) -> list[str]:
    """Best-scored sentences first (exact repeats skipped) until the budget is reached."""
    chosen: list[str] = []
    seen: set[str] = set()
    used = 0
    for index in np.argsort(-np.asarray(scores, dtype=float), kind="stable"):
        sentence = sentences[index]
        if used >= words:
            break
        if sentence in seen:
            continue
        seen.add(sentence)
        chosen.append(sentence)
        used += len(sentence.split())
    return chosen


def lead(story: PeerInput, words: int) -> list[str]:
    """First sentences of each article in turn: the first of each, then the second of each, ..."""
    order = [(position, article) for article, sentences in enumerate(story.articles)
             for position in range(len(sentences))]
    ranked = [story.articles[article][position] for position, article in sorted(order)]
    return fill_by_rank(ranked, [-index for index in range(len(ranked))], words)


def lexrank(story: PeerInput, words: int) -> list[str]:
    from lexrank import STOPWORDS, LexRank

    sentences = story.sentences
    if len(sentences) < 2:
        return sentences
    ranker = LexRank(story.articles, stopwords=STOPWORDS["en"])
    return fill_by_rank(sentences, ranker.rank_sentences(sentences, threshold=0.1), words)


class _Tokenizer:
    """sumy wants a tokenizer object; this one needs no NLTK data download."""

    language = "english"

    @staticmethod
    def to_sentences(text: str) -> list[str]:
        return [sentence.text for sentence in segment(Article(id="t", text=text))]

    @staticmethod
    def to_words(sentence: str) -> list[str]:
        return word_tokens(sentence)


def textrank(story: PeerInput, words: int) -> list[str]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    tokenizer = _Tokenizer()
    sentences = story.sentences
    document = ObjectDocumentModel([Paragraph([SumySentence(text, tokenizer) for text in article])
                                    for article in story.articles])
    summarizer = TextRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    ratings = summarizer.rate_sentences(document) if document.sentences else {}
    by_text = {str(sentence): rating for sentence, rating in ratings.items()}
    return fill_by_rank(sentences, [by_text.get(text.strip(), 0.0) for text in sentences], words)


def greedy_oracle(story: PeerInput, words: int) -> list[str]:
    sentences = story.sentences
    return [sentences[index] for index in oracle(sentences, story.references, words)]


PEERS: dict[str, Callable[[PeerInput, int], list[str]]] = {
    "lead": lead, "lexrank": lexrank, "textrank": textrank, "oracle": greedy_oracle,
}
PEER_MODULES = {"lexrank": "lexrank", "textrank": "sumy"}  # peers that need the optional `evaluate` packages
