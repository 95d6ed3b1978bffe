"""Titles and roles found beside a person's name: "Russian Defense Ministry spokesman Igor Konashenkov",
"Igor Konashenkov, spokesperson of the Russian Defense Ministry,", "Maj. Gen. Igor Konashenkov"."""

from __future__ import annotations

import re
from collections import Counter

from newsfuse.analyse.names import name_tokens
from newsfuse.analyse.nlp import WORD_BEFORE, tags
from newsfuse.analyse.places import STATES
from newsfuse.text import STOPWORDS

ROLE_NOUN = (r"(?:spokes(?:man|woman|person)|minister|president|secretary|official|chief|director|lawmaker|"
             r"leader|commander|ambassador|head|chairman|chairwoman|governor|senator|mayor|prosecutor|attorney|"
             r"analyst|professor|researcher|executive|manager|founder|coach|adviser|advisor|envoy|negotiator|"
             r"representative|member|candidate|judge|officer|editor|correspondent|expert|economist|scientist|"
             r"doctor|captain|pilot|author|activist|lawyer|detective|inspector|superintendent|chancellor|"
             r"premier|king|queen|prince|general|colonel|admiral|sheriff|police chief|owner|president-elect)s?")
TITLE = re.compile(r"(?:(?:(?:Maj|Gen|Lt|Col|Brig|Adm|Capt|Sgt|Cpl|Cmdr|Dr|Prof|Sen|Rep|Gov|Pres|Rev|Mr|Mrs|Ms)\.?"
                   r"|Major|General|Lieutenant|Colonel|Brigadier|Admiral|Captain|Sergeant|Senator|Governor|"
                   r"President|Prime Minister|Secretary|Judge|Mayor|Sheikh|Pope)\s+)+$")
GENERAL_OF_TITLE = re.compile(r"\b(?:Attorney|Surgeon|Inspector|Solicitor|Secretary|Governor|Postmaster|Adjutant)\s+$")
COURTESY = re.compile(r"(?:Dr|Prof|Mr|Mrs|Ms)\b")
TITLE_PART_TAGS = frozenset({"NNP", "NNPS", "NN", "JJ"})  # "Vice", "Foreign", "Texas", "Israeli"
SENTENCE_ADVERBS = frozenset({"meanwhile", "however", "still", "yet", "now", "later", "earlier", "instead"})
QUOTE_MARK = re.compile(r"[“”\"]|``|''")
PLAIN_TITLES = frozenset({"Mr", "Mrs", "Ms", "Mr.", "Mrs.", "Ms."})
RANK_ABBREVIATION = r"(?:Maj|Gen|Lt|Col|Brig|Adm|Capt|Sgt|Cpl|Cmdr|Sen|Rep|Gov)\."  # "Washington Gov. Gary Locke"
ROLE_BEFORE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w.’'-]*\s+|(?:of|for|the|on|and)\s+)*"
                         r"(?:(?:[a-z]+-)?(?i:" + ROLE_NOUN + r")|" + RANK_ABBREVIATION + r"))\s*,?\s*$")
RANK_END = re.compile(RANK_ABBREVIATION + "$")
OPENING_PREPOSITION = re.compile(r"^(?:of|for|on|and)\s+")  # "the optimism of Vice President Al Gore"
ROLE_BEFORE_ARTICLE = re.compile(r"^(?:a|an|the)\s+([^,.;“”\"]{2,80}?\b" + ROLE_NOUN + r"\b[^,.;“”\"]{0,60}?),\s*$",
                                 re.I)
# "Kopp, who shot Dr. Slepian, is known to ... leaders as a protester": after the clause's comma comes the
# sentence's verb, which describes Kopp, not Slepian; an appositive never starts with a verb
VERBS = frozenset({"is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might",
                   "must", "should", "said", "says", "told", "did", "does", "do", "became", "becomes", "remains",
                   "remained", "faces", "faced", "included", "includes",  # "led by X, included representatives"
                   "unlike", "like"})  # "Rabbi X, unlike many mainstream religious leaders, ..."
SAY_LAST = frozenset({"say", "says", "said", "note", "notes", "noted", "believe", "believes"})  # ", experts say."
ARTICLE = re.compile(r"\b(?:a|an|the)\s", re.I)
# a title and a name: "Secretary of State Madeleine Albright", "Mayor Dennis Archer" (not "Housing", "Fish")
TITLED_NAME_END = re.compile(r"\b(?i:" + ROLE_NOUN + r")(?:\s+(?:of|for|on|the)\b)*(?:\s+[A-Z][\w.’'-]*)+$")
ARTICLE_FIRST = re.compile(r"\s*,\s*(?:a|an|the)\s", re.I)
# "Danny Yatom, political and security advisor to Ehud Barak, met ...": the name is the object inside another's
# appositive (not "Talk to Sherry Lang, spokeswoman for TJX")
OBJECT_IN_APPOSITIVE = re.compile(r",\s[^,;]{2,80}\b(?:to|for|of|with|by)$")
LEADING_CONJUNCTION = re.compile(r"^\s*(?:But|And|Yet|So|Or|Still|Meanwhile|However)[\s,]+")
STATE_ABBREVIATION = r"(?:" + "|".join(map(re.escape, STATES)) + r"|[A-Z]\.[A-Z])\."  # "Conn.", "N.Y."
ABBREVIATION_END = re.compile(r"\b" + STATE_ABBREVIATION + "$")  # "in Westport, Conn.", not "of Fremont Place."
STATE_PART = r"(?:,\s*" + STATE_ABBREVIATION + r"(?:-based\s[^,;“”\"]{0,60}?)?)?"  # "in Westport, Conn."
ROLE_AFTER = re.compile(r"^\s*,\s*(?:(?:the|a|an)\s+)?([^,.;“”\"]{0,80}?\b" + ROLE_NOUN +
                        r"\b[^,;“”\"]{0,100}?" + STATE_PART + r")\s*(?:,|$)", re.I)


def title_before(before: str, sentence: str = "") -> str:
    match = rank_before(before, sentence)
    return match.group(0).strip() if match and match.group(0).strip() not in PLAIN_TITLES else ""


def rank_before(before: str, sentence: str = "") -> re.Match[str] | None:
    """The title just before a name (`before` is the start of `sentence`, tagged whole when given); none when "General"
    ends an office ("Attorney General Eric Holder") or the title ends a longer one ("Vice President Al Gore" is no
    President Al Gore, nor "Foreign Secretary Jack Straw" a Secretary): that is a role."""
    match = TITLE.search(before)
    if match is None or GENERAL_OF_TITLE.search(before, 0, match.start()):
        return None
    word = WORD_BEFORE.search(before, 0, match.start())
    if word is None or word.group(1).lower() in STOPWORDS | SENTENCE_ADVERBS or COURTESY.match(match.group(0)):
        return match  # "Health Minister Dr. Adem Ibrahim": a courtesy title ends no longer one
    tag = next((token.tag for token in tags(sentence or before) if token.start == word.start(1)), "")
    return None if tag in TITLE_PART_TAGS else match  # not "``Welcome President Clinton''"


def role_beside(before: str, after: str, people: frozenset[str] = frozenset(), sentence: str = "") -> str:
    """The role phrase next to one mention of a name, or ''; `people` are the story's person-name words as
    `name_tokens` gives them ("Putin and Ukrainian President Leonid Kuchma": Kuchma's title starts after Putin)."""
    rank = rank_before(before, sentence)
    before = before[:rank.start()].rstrip() if rank else before.rstrip()
    for pattern, text in ((ROLE_AFTER, after), (ROLE_BEFORE_ARTICLE, before), (ROLE_BEFORE, before[-90:])):
        match = pattern.search(text) if pattern is not ROLE_BEFORE_ARTICLE else nearest_article_phrase(text)
        if match and pattern is ROLE_AFTER and OBJECT_IN_APPOSITIVE.search(before) and not ARTICLE_FIRST.match(after):
            continue  # "X, advisor to Ehud Barak, met settler leaders": what follows is X's, not Barak's
        if match:
            role = LEADING_CONJUNCTION.sub("", match.group(1).strip(" ,"))  # "But NEA spokeswoman Kathleen Lyons"
            if pattern is ROLE_BEFORE:
                role = own_title(OPENING_PREPOSITION.sub("", role), people)
            role = role if ABBREVIATION_END.search(role) or RANK_END.search(role) \
                else role.rstrip(".")  # "in Westport, Conn." keeps its dot
            if 1 <= len(role.split()) <= 12 and not role.lower().startswith(("who ", "which ")) \
                    and not QUOTE_MARK.search(role) and not role.split()[0].lower().endswith("ing") \
                    and role.split()[0].lower() not in VERBS and role.split()[-1].lower() not in SAY_LAST:
                return role[0].upper() + role[1:] if role[:1].islower() and pattern is ROLE_BEFORE else role
    return ""


def own_title(role: str, people: frozenset[str] = frozenset()) -> str:
    """"Secretary of State Madeleine Albright and National Security Adviser", "Putin and Ukrainian President": the
    title after another person's name ("president and chief executive", "Housing and Construction Minister" stay
    whole)."""
    before, joined, after = role.rpartition(" and ")
    named = bool(before) and bool(set(name_tokens(before.split()[-1])) & people)
    return after if joined and (TITLED_NAME_END.search(before) or named) else role


def nearest_article_phrase(before: str) -> re.Match[str] | None:
    """"... invited the Gaullist president of France, Jacques Chirac": the role starts at the last article
    that still leads to a role noun, not the first one in the sentence."""
    tail = before[-160:]
    for article in reversed(list(ARTICLE.finditer(tail))):
        match = ROLE_BEFORE_ARTICLE.search(tail[article.start():])
        if match:
            return match
    return None


def best(found: list[str]) -> str:
    """The role (or title) most mentions give, the longest on a tie."""
    if not found:
        return ""
    counts = Counter(role.lower() for role in found)
    return max(found, key=lambda role: (counts[role.lower()], len(role)))
