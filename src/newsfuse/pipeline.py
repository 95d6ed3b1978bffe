"""The whole pipeline as one call: read -> clean -> segment -> group -> select -> attribute -> analyse ->
Briefing."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from newsfuse.attribute import cite
from newsfuse.clean import clean_all
from newsfuse.config import Settings
from newsfuse.errors import ExitCode, InputProblem, NewsfuseError
from newsfuse.group import cosine_matrix, find_copies, group_facts, separate_stories
from newsfuse.model import Article, Briefing, RawDocument, Sentence, Source
from newsfuse.segment import segment
from newsfuse.select import (
    FEATURE_NAMES,
    StoryView,
    blend,
    choose,
    default_budget,
    fact_features,
    load_scorer,
    order,
)
from newsfuse.text import content_terms, word_count


def as_articles(items: Iterable[Article | RawDocument | str], settings: Settings) -> tuple[list[Article],
                                                                                            list[InputProblem]]:
    """Accept cleaned articles, raw documents or plain strings; clean whatever is not yet an Article."""
    articles: list[Article] = []
    raws: list[RawDocument] = []
    for number, item in enumerate(items, start=1):
        if isinstance(item, Article):
            articles.append(item)
        elif isinstance(item, RawDocument):
            raws.append(item)
        else:
            raws.append(RawDocument(id=str(number), content=str(item), kind="text"))
    cleaned, problems = clean_all(raws, settings.english_min_ratio)
    return articles + cleaned, problems


def leading_sentences(per_article: list[list[Sentence]], limit: int) -> list[Sentence]:
    """At most `limit` sentences, taking each article's first ones in turn: leads carry the news, and the
    pairwise similarity matrix grows with the square of this number."""
    kept: list[Sentence] = []
    depth = 0
    while len(kept) < limit and any(depth < len(sentences) for sentences in per_article):
        kept.extend(sentences[depth] for sentences in per_article if depth < len(sentences))
        depth += 1
    kept = kept[:limit]
    return sorted(kept, key=lambda sentence: (sentence.article, sentence.position))


def build_story(articles: Sequence[Article], settings: Settings, cut_run_ons: bool = False) -> StoryView:
    per_article = [segment(article, index, cut_run_ons) for index, article in enumerate(articles)]
    sentences = leading_sentences(per_article, settings.max_sentences)
    left_out = sum(map(len, per_article)) - len(sentences)
    terms = [content_terms(sentence.text) for sentence in sentences]
    similarity = cosine_matrix(terms)
    facts = group_facts(sentences, similarity, settings.fact_threshold)
    copy_of = find_copies(articles, settings.copy_threshold)
    return StoryView(sentences=sentences, terms=terms, similarity=similarity, facts=facts, copy_of=copy_of,
                     left_out=left_out, compressed=settings.compress)


def brief(items: Iterable[Article | RawDocument | str], words: int | None = None,
          settings: Settings | None = None, scorer_path: str = "") -> Briefing:
    """A cited extractive briefing of articles about one story.

    `words` is the summary budget (default: fits the input). Raises NewsfuseError when nothing usable
    is left; problems with some inputs become warnings on the Briefing.
    """
    settings = (settings or Settings()).with_overrides(words=words)
    articles, problems = as_articles(items, settings)
    if not articles:
        raise first_problem(problems)
    warnings = [str(problem) for problem in problems]
    articles = largest_story(articles, settings.separate_threshold, warnings)
    story = build_story(articles, settings)
    if story.left_out:
        warnings.append(f"large input: used the first {len(story.sentences):,} sentences of the articles and "
                        f"left out {story.left_out:,} (raise NEWSFUSE_MAX_SENTENCES to use more)")
    if not story.facts:
        raise NewsfuseError("no usable sentence in the input", ExitCode.NO_TEXT)
    independent = story.independent_count
    unique_words = sum(word_count(article.text) for index, article in enumerate(articles)
                       if story.copy_of[index] is None)
    budget = settings.words or default_budget(independent, unique_words)
    scores, chosen = score_and_choose(story, budget, settings, scorer_path)
    if not chosen and (story.word_counts > settings.max_sentence_words).any():
        # text without sentence punctuation: its run-on spans are cut into pieces that fit a budget
        story = build_story(articles, settings, cut_run_ons=True)
        scores, chosen = score_and_choose(story, budget, settings, scorer_path)
    if not chosen:  # only very short sentences: the best one that fits the budget, if any
        fitting = np.flatnonzero(story.word_counts <= budget)
        if len(fitting):
            chosen = [int(fitting[scores[fitting].argmax()])]
        else:
            warnings.append(f"no sentence of the input fits in {budget} words: the summary is empty")
    summary = tuple(cite(story.facts[index], story.sentences, articles, story.texts[index])
                    for index in order(story, chosen, scores))
    sources = tuple(Source(number=index + 1, article=article,
                           copy_of=None if story.copy_of[index] is None else story.copy_of[index] + 1)
                    for index, article in enumerate(articles))
    analysis = None
    if settings.analysis_words:
        from newsfuse.analyse import analyse  # its patterns take 60 ms to compile: not for --version

        try:
            analysis = analyse(articles, story.sentences, story.copy_of, settings.analysis_words)
        except NewsfuseError as error:  # e.g. the spaCy model is missing: the summary still stands
            warnings.append(f"analysis left out: {error}")
    return Briefing(summary=summary, sources=sources, words=budget, warnings=tuple(warnings), analysis=analysis)


def score_and_choose(story: StoryView, budget: int, settings: Settings,
                     scorer_path: str) -> tuple[np.ndarray, list[int]]:
    """Each fact's score, and the facts chosen for the summary."""
    features = fact_features(story)
    scores = blend(load_scorer(scorer_path).score(features), features[:, FEATURE_NAMES.index("centrality")],
                   settings.centrality_weight)
    return scores, choose(story, scores, budget, settings.redundancy_threshold, settings.min_sentence_words,
                          settings.max_sentence_words)


def largest_story(articles: list[Article], threshold: float, warnings: list[str]) -> list[Article]:
    """The articles of the largest story among the inputs (most articles, then most words), with a warning
    naming the others: unrelated pages interleaved in one summary would mislead."""
    if threshold <= 0 or len(articles) < 2:
        return articles
    stories = separate_stories(articles, threshold)
    if len(stories) == 1:
        return articles
    kept = max(stories, key=lambda story: (len(story), sum(word_count(articles[index].text) for index in story)))
    left_out = [articles[index] for story in stories if story is not kept for index in story]
    names = "; ".join(article.title or article.path or article.id for article in left_out[:5])
    more = f" and {len(left_out) - 5} more" if len(left_out) > 5 else ""
    warnings.append(f"the inputs are {len(stories)} unrelated stories: briefed the largest ({len(kept)} of "
                    f"{len(articles)} articles); left out: {names}{more}")
    return [articles[index] for index in sorted(kept)]


def first_problem(problems: list[InputProblem]) -> NewsfuseError:
    if not problems:
        return NewsfuseError("no input articles", ExitCode.NOT_FOUND)
    if len(problems) == 1:
        return problems[0]
    codes = {problem.code for problem in problems}
    code = codes.pop() if len(codes) == 1 else ExitCode.NO_TEXT
    return NewsfuseError(f"no usable article in {len(problems)} inputs (first: {problems[0]})", code)
