"""Who said what: direct quotations and reported speech, each credited to a resolved speaker.

Rules over entity mentions rather than a parser: news attribution is formulaic ("X said", "said X",
"according to X", "X quoted Y as saying"), and pronouns ("he said") resolve to the person last named
in the same article. The same quote in several outlets is merged and credited to all of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from newsfuse.analyse.entities import ORGANISATION_WORD
from newsfuse.analyse.names import fold, similar, surname_key
from newsfuse.analyse.nlp import Mention, Passage, tagged, tags
from newsfuse.analyse.roles import LEADING_CONJUNCTION, QUOTE_MARK, ROLE_AFTER, ROLE_NOUN
from newsfuse.model import Quote
from newsfuse.text import content_terms, term_overlap

PLURAL_PRESENT = ("insist", "acknowledge", "admit", "concede", "confirm", "explain", "warn", "claim", "complain",
                  "note", "stress", "emphasize", "suggest", "report", "assert", "declare", "announce", "reveal",
                  "recall", "testify")
SPEECH_VERBS = ("said|says|say|told|tells|added|adds|stated|states|claimed|claims|insisted|insists|retorted|"
                "denied|denies|confirmed|confirms|explained|explains|warned|warns|argued|argues|noted|notes|"
                "announced|announces|declared|declares|asserted|alleged|alleges|acknowledged|admitted|stressed|"
                "emphasized|emphasised|replied|responded|wrote|writes|believes|conceded|"
                "predicted|complained|urged|reported|testified|recalled|quoted|dismissed|dismisses|disputed|"
                "disputes|rejected|rejects|refuted|reaffirmed|vowed|suggested|asked|predict|predicts|maintain|maintains|"
                "maintained|found|argue|agreed|cautioned|cautions|concluded|concludes|disclosed|revealed|"
                "estimate|estimates|estimated|signaled|signalled|hinted|contend|contends|contended|quipped|quips|charged|"
                "charges|mentioned|called|expressed|voiced|issued|speculated|speculates|reiterated|reiterates|promised|promises|"
                "decried|condemned|criticized|criticised|pledged|pledges|pointed out|points out|discloses|"
                "labeled|labelled|shows|showed|shown|holds|held|hold|repeated|ruled|rules|reads|"
                # "Officials acknowledge that", "They insist that": a plural speaker's present tense, also the bare
                # form ("to claim", "a report that", "did not admit"), so only before "that" and after a plural
                rf"(?:{'|'.join(PLURAL_PRESENT)})(?=\s+that\b)")
SPEECH = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)"  # a day said with a verb
ALREADY = r"(?:has|have|had|also|later|earlier|previously|again|now|still|long)"  # between a subject and its verb
AFFILIATED_BY = r"(?:close to|familiar with|involved in|with knowledge of|of|from|at|in)"  # "sources close to ..."
CONJUNCTIONS = r"(?:When|After|Before|If|As|While|Although|Though|Because|Since|Once|Until|Unless)"
# "urged Portugal to act", "asked the embassy to close": a request, whose object is not what was said
REQUEST_VERBS = frozenset({"urged", "asked", "told", "tells"})
WARNING_VERBS = frozenset({"warned", "warns"})  # "warned GM not to sell Delphi": said with its verb, as a denial is
REQUEST = re.compile(r"^\s+(?:(?:(?!that\b)[\w.’'-]+\s+){1,10}?to\s+[a-z]|for\b)")  # "asked for 120,000 vouchers"
# "asked her at a deposition whether ...", "asked why": a question, not a statement
REQUEST_OR_QUESTION = re.compile(REQUEST.pattern + r"|^\s+(?:[\w.’'-]+\s+){0,6}?(?:whether|if|why|how|what|when|"
                                 r"where|who)\b")
# speech only before "that" (or at the end): "the study concluded that", "…,” the study concluded.
THAT_VERBS = frozenset({"maintain", "maintains", "maintained", "found", "concluded", "concludes", "disclosed",
                        "revealed", "signaled", "signalled", "hinted", "charged",
                        "charges", "mentioned", "speculated", "speculates", "discloses",
                        "promises", "pledges"})  # these two may be nouns ("included promises from"): only before "that"
DENIAL_VERBS = frozenset({"denied", "denies", "dismissed", "dismisses", "disputed", "disputes", "rejected", "rejects",
                          "refuted"})
# "could say", "refused to say", "did not say", "were urged": nobody is saying it here
NOT_SPOKEN = re.compile(r"(?:\b(?:could|would|should|might|may|can|cannot|will|must|to|not|never|was|were|been|"
                        r"being|be|is|are|when|if|once|unless|until|as|after|before|while)|n['’]t)\s+"
                        r"(?:\w+ly\s+|otherwise\s+)?$", re.I)  # "when asked", "unless otherwise noted": no speaker
# a subject described by who they are: "A man who saw the crash said", "Still, a father who led the fight ... said",
# "In Vladivostok, Russia, a former officer who is a member of the commission said"
RELATIVE_SUBJECT = re.compile(r"^\s*(?:[A-Z][a-z]+,\s+)?((?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[A-Za-z-]+\s+){0,2}?[a-z]+)"
                              r"(?:\s+who\s+[^,;]{3,120}?|,\s+who\s+[^;“”\"]{3,200}?,)\s+$")
INTERRUPTED = re.compile(r"\b(?:will|would|can|could|may|might|must|should|is|are|was|were|has|have|had|that|which|"
                         r"who)\s*,\s*$")  # a clause an attribution interrupts: "which will, according to X, make ..."
QUOTE_THEN_SPEAKER = re.compile(r"(?:''|”|\")\s*(?:(?:[A-Z][\w.’'-]*\s+){1,4}|(?:he|she|they|it|we|I)\s+)$")
# a subject alone, with no verb of its own: "The study's economic models"; what follows the attribution goes on
BARE_SUBJECT = re.compile(r"(?:The|A|An|Its|His|Her|Their|This|These)(?:\s+(?![a-z]+ed\b|(?:rose|fell|grew|took|made|"
                          r"gave|came|went|saw|got|became|began|left|kept|held|paid|sold|won|lost|met|ran|set|stood|"
                          r"told|thought|brought|bought|found)\b)[\w’'.-]+){1,5}")
VERB_NEXT = re.compile(r"\s*(?!(?:who|which|whose|where|when|while|as|and|but|or)\b)[a-z]")
AS_CLAUSE = re.compile(r",\s*as\s+(?:[\w.’'-]+\s+){1,4}$")  # "He said X, as Neil asserted": Neil's verb compares
QUOTE_LEADS = re.compile(r"(?:[^“\"`']*:\s*)?(?:“|\"|``|'')")  # "``Maybe ...", "a reporter: ``Maybe ..."
SAID_IN = re.compile(r"^(?:in|at|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|"
                     r"interview|letter|speech|conference|release|briefing|message|broadcast)\s+(?=(?:the|a|an|its|his|"
                     r"her|their|it|he|she|they|we|there|this|these|those|no|all|some|more)\s)")  # "in a statement the"
PUBLISHED_IN = re.compile(r"in\s+(?:the\s+)?[A-Z]")  # "..., the scientists reported Monday in Proceedings of ..."
# "has no say in", "Congress and the states passed", "Fourteen states were graded": a noun, no verb (not "some say")
NOUN_SAY = re.compile(r"\b(?:no|a|any|little|more|final|much|equal|greater|bigger|the)\s+$", re.I)
NOUN_STATES = re.compile(r"\b(?:the|these|those|other|all|many|several|some|both|member|\d+|one|two|three|four|five|"
                         r"(?-i:[a-z]+ing|[a-z]+ed)|in|of|for|from|by|with|among|across|between|"  # "pressing states",
                         # "barred states from"
                         r"six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|"
                         r"eighty|ninety|hundred|dozen)\s+$", re.I)
NOUN_BEFORE = {"say": NOUN_SAY, "says": NOUN_SAY, "states": NOUN_STATES}
# a sentence about what was said, not saying it: "What Cheung actually said, and how he pleads, ..." (but "for what it
# said were sluggish efforts" is the committee's statement)
WHAT_SAID = re.compile(r"\s*What\s+(?:[\w.’'-]+\s+){1,3}$")
# a subject described with whom they work for: "A support technician for the software maker Network Associates said"
DESCRIBED_SUBJECT = re.compile(r"^\s*((?:A|An)\s+(?:[a-z-]+\s+){0,3}[a-z]+\s+(?:for|at|with|of|from)\s+"
                               r"[^,;“”\"]{1,80}?)\s+(?:(?:also|later|then|has|have|had)\s+)*$")
# "two women said to be ``very close''": a passive report, nobody's statement
SAID_TO_BE = re.compile(r"\s+to\s+(?:be|have)\b")
PASSIVE_REPORTS = frozenset({"said", "reported", "alleged"})  # "claims to be" is a claim
# "an alleged gang leader", "three alleged triad members": the participle describes a noun, nobody speaks
ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|many|some|"
                                r"\d[\d,]*)\s+$", re.I)
WORD_FOLLOWS = re.compile(r"\s+(?!(?:that|by|to|as|in|on|at|for|with|from)\b)[A-Za-z0-9]")
SHORT_TITLE = re.compile(r"\s*(?:[A-Z][a-z]{1,4}\.\s+)?")  # "said Dr. Eric London"
CLAUSE_OPENER = re.compile(r"\b(?:after|before|since|until)\s+(?:the\s+)?$", re.I)
SPEECH_NEXT = re.compile(r"\s+" + SPEECH.pattern)
ADDRESS_COMMA = re.compile(r",\s*")
POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
INTRODUCED = re.compile(r",\s+(?:a|an)\s")  # a person brought in with who they are, to be quoted next
# a name after a preposition is an object ("visiting from Kalona", "a worker in Savoonga"), never who speaks
OBJECT_BEFORE = re.compile(r"\b(?i:of|in|at|from|near|to|for|with|on|into|about|against|across|around|outside|"
                           r"inside|by|after|before|hearing|than|between|among|toward|towards|over|under|"
                           r"throughout|within)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*,?\s+(?:and\s+)?){0,3}$")
# a speaker named by what one person is: "The woman, who asked not to be identified, said ... She said"
PERSON_NOUN = (r"(?:woman|man|mother|father|girl|boy|spokesman|spokeswoman|officer|official|expert|analyst|doctor|"
               r"researcher|scientist|professor|teacher|student|resident|witness)")
ONE_PERSON = re.compile(r"\b" + PERSON_NOUN + "$", re.I)
# "``It's a good job,'' said a 23-year-old woman who earns ...": the person described after the verb
# "The prince expressed his sympathy to Stephen's parents": the sentence is about someone already named, and the
# names after its verb are not who a "he" in the next sentence is
ROLE_SUBJECT = re.compile(r"\s*[Tt]he\s+(?:[\w-]+\s+){0,2}?(" + ROLE_NOUN + "|" + PERSON_NOUN + r")(?<!s)\s+"
                          r"(?!(?:of|and|or|who|for|at|in|with|from)\b)[a-z]")
PERSON_AFTER = re.compile(r"^\s*((?:a|an|one)\s+(?:[\w-]+\s+){0,3}?" + PERSON_NOUN + r")\b")
RELATIVE = (r"(?:wife|husband|widow|widower|son|daughter|mother|father|brother|sister|spouse|partner|grandson|"
            r"granddaughter|nephew|niece|uncle|aunt|cousin|lawyer|attorney)")
APPOSED_NAME = r"(?:,?\s*((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+))?"  # "his wife, Lucia", "her brother Chris T."
FAMILY_AFTER = re.compile(r"^\s*(his|her|their)\s+(" + RELATIVE + r")\b" + APPOSED_NAME)  # "said his wife, Lucia"
MEMBER_OF = re.compile(r"\s+(?:of|at|from|with)\s+(?:the\s+)?")
POSSESSIVE_FAMILY = re.compile(r"['’]s\s+(" + RELATIVE + r")\b" + APPOSED_NAME)
ROLE_BETWEEN = re.compile(r"\s+(?:[a-z-]+\s+){1,3}")
FAMILY_BEFORE = re.compile(r"\b([Hh]is|[Hh]er|[Tt]heir)\s+(" + RELATIVE + r")" + APPOSED_NAME + r",?\s+$")
OWNED = re.compile(r"^(his|her|their) (\w+)$")
SUBJECT_NAME = re.compile(r"^\s*((?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+)\s*,")  # "Sterling Golongergen, 43, ..."
NOT_A_NAME_START = frozenset({"in", "on", "at", "the", "a", "an", "but", "and", "as", "after", "before", "for",
                              "since", "when", "while", "if", "of", "from", "with", "during", "under", "by", "to",
                              "still", "however", "meanwhile", "instead", "yet", "indeed", "moreover", "nevertheless",
                              "nonetheless", "separately", "similarly", "likewise", "now", "then", "thus",
                              "earlier", "later", "last", "this", "next", "yesterday", "today"})  # "Earlier Wednesday,"
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "from",
                               "by"})
OPEN, CLOSE = r"(?:“|``|`'|\"|'')", r"(?:”|''|\")"  # some wires open quotations with '' too
# a quotation, or (^...) the end of one the sentence before opened; a straight quote after a space opens one
QUOTED = re.compile(OPEN + r"((?:(?!" + CLOSE + r")[^“])+?)(?:" + CLOSE + r"|$)|^((?:(?!" + OPEN + r")[^”])+?)(?<=\S)"
                    + CLOSE)
ENDS_WITH_QUOTE = ("”", '"', "''")
OPENS_WITH_QUOTE = ("“", '"', "``", "''")  # a sentence never begins with a closing mark: '' opens there
ACCORDING_TO = re.compile(r"\baccording to\s+", re.I)
QUOTED_AS = re.compile(r"\bquoted\s+(?!by\s)(.{2,120}?)\s+as\s+say(?:ing)?\b")
# "..., Grant was quoted by Reuters as saying": Grant speaks
QUOTED_PASSIVE = re.compile(r"\b(?:was|were|is|are|has been|have been)\s+quoted\s+(?:by\s+[^,;“”\"]{2,60}?\s+)?as\s+"
                            r"(?:saying|telling)\b")
PRONOUN_BEFORE = re.compile(r"\b(he|she|it|they|we|I)(?:['’](?:s|ve|d))?\s+(?:(?:(?:has|have|had|also|later|then|"
                            r"further|again|once|previously|earlier|repeatedly)\s+)*|(?:[\w’'-]+\s+){1,6}and\s+)$",
                            re.I)  # "He's concluded that"
PRONOUN_CLAUSE = re.compile(r"\s*(?:that\s+)?(?:he|she|it|they|we|I|there)\s+[a-z]")  # "said he subpoenaed"
PRONOUN_AFTER = re.compile(r"^\s*(he|she|it|they)\s*(?=[,.;:!?]|$)", re.I)  # "…,” said she." ("said she would": no)
GROUP_NOUN = (r"(?:officials?|military|militaries|ministry|authorities|government|army|navy|fleet|police|sources?|"
              r"analysts?|experts?|diplomats?|witnesses|residents|investigators|prosecutors?|lawyers?|"
              r"spokes(?:man|woman|person)|newswires|media|agency|statement|officers?|leaders?|lawmakers?|"
              r"scientists?|researchers?|\w+ologists?|economists?|environmentalists?|chemists?|physicists?|"
              r"declaration|memorandum|resolution|editorial|others|designers?|engineers?|specialists?|family|families|parents|relatives|"
              r"judges|justices|jurors|legislators|senators|voters|"
              r"press service|service|(?:press\s+)?release|channel|newspapers?|report|reports|announcement|department|"
              r"embassy|committee|"
              r"commission|union|organi[sz]ations?|panels?|television|radio|TV|"
              r"company|firm|group|party|management|board|council|courts?|campaign|team|club|associations?|office|"
              r"study|studies|survey|poll|website|site|papers?|critics|opponents|proponents|supporters|activists|protesters|"
              r"advocates|observers|neighbou?rs|friends|colleagues|aides?|allies|rivals|doctors|teachers|"
              r"students|workers|farmers|villagers|natives|pundits|executives|authors|statistics|figures|"
              r"projections|estimates|findings|members|letters?|appeal|petition|lawsuit|complaint|indictment|"
              r"fact sheets?)")
# "federal and state officials", "doctors and scientists"; not "spread by mosquito bites and scientists said"
# ("Labor Secretary Robert Reich and others"; never a conjunction or a verb as the group's adjective)
GROUP_BEFORE = re.compile(r"(?<![’'\w-])((?:the\s+|The\s+)?(?:(?:[A-Z][\w.’'-]*\s+)+and\s+|(?:[A-Z][\w.’'-]*\s+)*)"
                          r"(?:(?:" + GROUP_NOUN + r"|(?![a-z]*s\s)[a-z]+)\s+and\s+)?(?:(?!(?:is|are|was|were|be|been|"
                          r"though|although|because|while|when|if|as|since|but|and|even)\s)[a-z]+(?:-[a-z]+)*\s+)?"
                          + GROUP_NOUN +
                          r"(?:\s+(?:" + AFFILIATED_BY + r"|to|for)\s+"
                          r"(?:the\s+|some\s+)?(?:[\w’'-]+\s+){0,5}?[\w’'-]+|\s+who\s+[a-z]+(?:\s+[\w’'-]+){0,7}"
                          r"|\s+(?:[a-z]+ing|[a-z]+ed\s+(?:by|in|at|outside))\s+(?:[\w.’'-]+\s+){0,10}?[\w.’'-]+)?)"
                          r"\s+(?:\([A-Z][\w.]{1,10}\)\s+|(?:on|in|last|this)\s+\w+\s+|" + DAY + r"\s+|"
                          r"(?:" + ALREADY + r"|at first|initially)\s+)*$")
RELATIVE_THAT = re.compile(r"\s+(?:that|who)(?:\s+(?:have|has|had|also|[a-z]+ly))*$")  # "pundits who have widely"
RELATIVE_WORD = re.compile(r"\b(?:who|which|whose)\b")
LONG_PARTICIPLE = re.compile(r"\s+[a-z]+ing(?:\s+[\w.’'-]+){3,}$")  # kept out of the speaker's label
# "wrote in a letter": no speaker follows a preposition
GROUP_AFTER = re.compile(r"^\s*(?!(?:in|on|at|to|for|with|from|by|during|after|before|through)\s)"
                         r"((?:the\s+|a\s+|an\s+|one of the\s+)?(?:[\w.’'-]+\s+){0,6}" + GROUP_NOUN + r")\b", re.I)
GROUP_WORD = re.compile(r"\b" + GROUP_NOUN + r"\b", re.I)
PERSONAL_NAME = re.compile(r"(?:[A-Z][a-z’'-]+\s+){0,2}[A-Z][a-z’'-]{3,}")  # "Arslanian said Friday"
SUBJECT_GROUP = re.compile(r"\s*((?:the\s+)?(?:[^\W_][\w.’'-]*\s+){0,4}?" + GROUP_NOUN + r"(?:\s+" + GROUP_NOUN + r")*"
                           r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?" + GROUP_NOUN + r")?)\b",
                           re.I)  # "A U.S. appellate court panel", "the Gonzalez family's spokesman" (not "___")
# "criticized X for what it said were ...": the pronoun of a clause, just before the verb
CLAUSE_PRONOUN = re.compile(r"\b(?:what|which|that|as)\s+(?:it|they)\s+(?:\w+\s+)?$", re.I)
COUPLE_BEFORE = re.compile(r"\b[A-Z][\w’'-]+\s+and\s+$")  # "Ken and Brenda Barker"
# "The Children's Bridge, an adoption agency in Canada said": the name speaks, not its description
APPOSED_SUBJECT = re.compile(r"^\s*((?:The\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]+)\s*,\s+(?P<article>(?:a|an)\s+)?"
                             r"[a-z][^,]*?,?\s*$")  # "Rita Malley, spokeswoman for ... said" too, when a name begins it
# "..., the memorandum said", "..., her Venezuelan counterpart said"
TRAILING_PHRASE = re.compile(r"(?:,|”|\"|'')\s+((?:(?:the|a|an)\s+(?:[a-z0-9][\w’'-]*\s+){0,2}|"
                             r"(?:its|his|her|their)\s+(?:[\w’'-]+\s+){0,2})[a-z][\w’'-]*)\s+$")
ARTICLE_ONLY = re.compile(r"\s*(?:the\s+)?")
NAME_VERB = re.compile(r"\s+(?!" + GROUP_NOUN + r"\b)(?:is|was|are|were|has|have|had|will|would|could|can|may|might|"
                       r"should|did|does|[a-z]+s|[a-z]+ed)\s+\w+\s+\w+")  # "the EPA supports Tres Rios"
NAME_SOON = re.compile(r"^\s*(?:[\w’'-]+\s+){0,3}[A-Z]")
# "..., says human resources managing director Karen Morrell." (a name that ends there, not "said Arctic sea ice")
NAME_AHEAD = re.compile(r"\s*(?:[\w’'-]+\s+){0,6}[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s*(?:[.,;]|$)")
ROLE_AFTER_VERB = re.compile(r"^\s*(the\s+\w+)\s*[.,]?\s*$", re.I)  # "..., said the chairman."
POSSESSIVE_GROUP = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,2}?" + GROUP_NOUN)
NAME_AFTER = re.compile(r"^\s*((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+\b(?!\s+[A-Z])"
                        r"|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tonight)\b)"
                        r"[A-Z][a-z’'-]{2,}(?=\s*[,.]))")  # a lone surname: "“...,” said Straw, adding ..."
NAME_BEFORE = re.compile(r"\b((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]{2,})\s+(?:also\s+|later\s+|then\s+)?$")
# "a new rodent-borne virus, announced Thursday, that appears to ...": a participle between commas, nobody speaks
PARTICIPLE_BETWEEN = re.compile(r"\s+(?:on\s+)?" + DAY + r"\s*,")
TIME_WORDS = re.compile(r"^(?:on\s+)?" + DAY + r"\b(?![’']s\b)[,\s]*", re.I)  # not "said Monday's call volume"
MODIFIER_AFTER = re.compile(r"-[a-z]")  # "Phoenix-area children reported": the name describes the subject
CLAUSE_GOES_ON = re.compile(r"[”\"'.,]*\s+[a-z]+\s+[a-z]")  # a quoted title inside a reported clause
NAME_ENDS = re.compile(r"\s*(?:[,.;]|$)")  # "said Farrakhan ``has ...''": Farrakhan is what was said about
TIME_ASIDE = re.compile(r"(?:on\s+)?" + DAY + r"(?:\s+[a-z]+){0,4}")  # "Gorton Wednesday for the first time mentioned"
TRAILING_TIME = re.compile(r"\s+" + DAY + r"$", re.I)
# "said on Tuesday that X" says X; "said there was no proof that X" does not: only such words go before "that"
# "said in a message to staff that"; not "said the union will begin bargaining with the company that presents ...",
# nor "said that was the theme", nor "said the administration ''made clear to the Russians that"
LEAD_TO_THAT = re.compile(r"^(?:(?!(?:there|it|he|she|they|we|I|no|not|nothing|never|was|is|were|are|had|has|have|"
                          r"be|been|will|would|can|could|may|might|must|should)\b|''|``)[\w.’'()-]+\s+){0,8}?"
                          r"that,?\s+(?!(?:was|is|were|are|has|had|have|will|would)\b)", re.I)
# "Continental issued a statement, saying there was no proof", "released a statement saying": the sentence's subject
# says what follows
SAYING = re.compile(r"(?:,(?:\s+instead)?|\b(?:statement|letter|report|release)s?)\s+"
                    r"(?:saying|arguing(?:\s+\w+ly)?(?=\s+that\b)|warning(?!\s+(?:\w+\s+){1,3}(?:not\s+)?to\s)),?\s+"
                    r"(?:that\s+(?=[a-zA-Z])|(?=(?:it|he|she|they|we|I|"
                    r"there|the|a|an|this|these|those|its|his|"
                    r"her|their|our)\b|[A-Z0-9]|``|“|\"))")
# the last "but the agency" / "and police" before a participle: the subject of the clause it belongs to
# (a bare "and" joins names: "lashed out at Janet Reno and President Clinton, warning")
SECOND_SUBJECT = re.compile(r"(?:,\s+(?:but|and)|\s+but)\s+(?=(?:the|a|an)\s|[A-Z])(?!.*(?:,\s+(?:but|and)|\s+but)\s)")
OPENING_PHRASE = re.compile(r"^\s*(?:(?:But|And|Yet|So)\s+)?(?:(?:On|In|At|After|Before|During|Later|Earlier|Last|"
                            r"This|Meanwhile|Then|Yesterday|Today)\b[^,]{0,60},\s*|(?:The|Last|This|That)\s+"
                            r"(?:previous\s+|following\s+|same\s+|next\s+)?(?:year|week|month|day|decade)\s+"
                            r"(?=(?:the|a|an)\s|[A-Z]|[a-z]+s\s))?")  # "The previous year the court ruled that"
# what follows a verb that says nothing itself: "reported Monday after analyzing the results"
ADVERBIAL = re.compile(r"(?:after|at|during|following|before|while|when|through|in an?|in the|on the)\s", re.I)
ASIDE_THEN_QUOTE = re.compile(r"^\s*" + ADVERBIAL.pattern + r"[^“”\"`',]{0,40},\s*(?:``|“|\")", re.I)
THAT_AHEAD = re.compile(r"[^“”\"]{0,100}?\bthat\s")  # "X wrote on his Web site (www...) that ..."
ASIDE_THEN_CLAUSE = re.compile(r"^\s*" + ADVERBIAL.pattern + r"[^“”\"`',]{0,40},\s*(?=(?:he|she|they|it|we|I)\s)",
                               re.I)
REPORTED_TO = re.compile(r"\s+to\s+(?:a|an|the)\b(?![^.;]*\bthat\b)")  # not "reported to the board that ..."
# "has added 500 inspectors to border stations": a thing added, nothing said
ADDED_THING = re.compile(r"\s+(?:[\d$]|(?:more|new|another|extra|several|dozens|hundreds|thousands|as much|as many|"
                         r"nearly|almost|about|up to|at least|some)\b|(?:his|her|its|their)\s+(?:own\s+)?(?:voice|"
                         r"support|name|weight)\b)")  # "had added as much as 400 acres", "added his voice to"
CLAIMED_DEED = re.compile(r"\s+(?:responsibility|credit|victory)\b")
DENIED_CONTENT = re.compile(r"\s+(?:\w+\s+){0,3}(?:reports?|claims?|allegations?|accusations?|charges?|suggestions?|"
                            r"assertions?|rumou?rs?|speculation)\b")
# "denied any wrongdoing ... claiming that it acted", "dismissed it as “destructive”"; not "rejected that defense"
DENIED_CLAUSE = re.compile(r"\s+(?:[\w.’'-]+\s+){0,8}?(?:that\s+\S+\s+\S+\s+\S+|as\s+\S)")
END = re.compile(r"\s*[.;]?\s*$")  # nothing follows: "…,” the study concluded.
BY_DEED = re.compile(r"\s+(?:by|with)\s")  # "has responded by shifting orders to other suppliers"
WROTE_WHAT = re.compile(r"\s+(?:a|an|the|books?|songs?|novels?|poems?|letters?|articles?|checks?|laws?|rules?|"
                        r"tickets?|programs?|software|code)\b(?![^.;,“”\"]*\bthat\b)")  # "wrote books", not speech
ANNOUNCED_THING = re.compile(r"\s+(?:(?:a|an|the|its|his|her|their|plans?)\b|[\d$])(?![^.;,]*\bthat\b)")
AGREED_TO = re.compile(r"\s+(?:\w+\s+){0,2}?(?:to|with|on|upon)\b")  # "agreed in principle to continue"
# "mentioned publicly that", "speculated Wednesday that"
THAT_AFTER = re.compile(r"\s+(?:\w+ly\s+|(?:on\s+)?" + DAY + r"\s+)?that\b")
THAT_OR_END = re.compile(f"{THAT_AFTER.pattern}|{END.pattern}")
# "promised the United States and the Palestinians that he will not", "pledged it will increase"; never "promised to"
PROMISED_THAT = re.compile(r"\s+(?:(?:(?!to\b)[\w.’'-]+\s+){0,6}?that\b|(?:it|he|she|they|we|I)\s+(?:will|would|"
                           r"shall)\b)|\s*,?\s*(?:``|“|\")|" + THAT_OR_END.pattern)  # and "promised, ``When I am ...''"
# "Census officials estimate it missed", "The Navajo government estimates there are": a clause with its own subject
ESTIMATED_CLAUSE = re.compile(r"\s+(?:it|he|she|they|we|there)\s+(?:is|are|was|were|will|would|could|may|might|"
                              r"had|has|have|\w+ed)\b|" + THAT_OR_END.pattern)
SHOWN_THAT = re.compile(r"\s+that\b")  # "a study has shown that": a finding stated, only with "that"
SHOW_VERBS = frozenset({"shows", "showed", "shown"})
PLURAL_WORD = re.compile(r"(?:they|we|I|you|people|police|men|women|children|[\w-]*[^s\W’']s)\s+"
                         r"(?:(?:also|still|now|often|generally|privately|publicly|repeatedly)\s+)?$", re.I)
PREPOSITION_FIRST = re.compile(r"(?:prior|in|on|at|after|before|during|since|under|despite|following|with|without|"
                               r"for|from|by|through|amid|against|like|unlike|besides)\b", re.I)  # "Prior to a lawsuit"
ROLE_PHRASE = re.compile(r"\s*[Tt]he\s+(?:[\w-]+\s+){0,3}?([\w-]+)\s*[.,]?\s*")
ROLE_BEFORE_VERB = re.compile(r"\b([Tt]he\s+(?:[\w-]+\s+){0,3}?" + ROLE_NOUN + r")\s+(?:" + ALREADY + r"\s+)*$")
PLURAL_OPENING = re.compile(r"^\s*((?:[A-Z][a-z-]+\s+)?[A-Za-z][a-z-]+[^s\W’']s)\s+(?:have|had)\s+"
                            r"(?:(?:also|long|repeatedly)\s+)?$")
NOT_PLURAL = frozenset({"this", "his", "its", "was", "has", "is", "as", "us", "thus", "plus", "whereas", "news"})
DOCUMENT = re.compile(r"\b(?:study|studies|research|report|survey|poll|analysis|review|findings|paper)\b", re.I)
# "expressed their suspicion that", "issued warnings here that": a feeling or warning voiced is a statement
VOICED_THAT = re.compile(r"\s+(?:(?:their|his|her|its|a|an|the)\s+)?(?:[\w’'-]+\s+){0,2}?(?:suspicions?|concerns?|"
                         r"fears?|hopes?|doubts?|warnings?|beliefs?|confidence|denials?|position|line|view|stance|argument|"
                         r"assertions?|assurances?|claims?)\s+(?:[a-z]+\s+)?that\b")
# "called autism ``one of the most common ...''": calling something a quotation says it; "called for", "called off",
# "called him" say nothing
NAMED_AS_QUOTED = re.compile(r"\s+(?:(?!for\b|off\b|on\b)[\w’'-]+\s+){1,4}?(?:``|“|\"|'')")
# verbs that report speech only with what follows them: a quotation, a voiced feeling, "that" or (noted) an aside
SAID_ONLY_WITH = {
    **dict.fromkeys(("called", "labeled", "labelled", "decried", "condemned", "criticized", "criticised"),
                    NAMED_AS_QUOTED),
    **dict.fromkeys(("expressed", "voiced", "issued"), VOICED_THAT),
    **dict.fromkeys(("reiterated", "reiterates"), re.compile(f"{VOICED_THAT.pattern}|{THAT_OR_END.pattern}")),
    **dict.fromkeys(("promised", "pledged"), PROMISED_THAT),
    **dict.fromkeys(("estimate", "estimates", "estimated"), ESTIMATED_CLAUSE),
    **dict.fromkeys(SHOW_VERBS, SHOWN_THAT),
    **dict.fromkeys(("hold", "holds", "held"), SHOWN_THAT),  # "both courts held that", never "put plans on hold."
    # "the court ruled Monday that", never "under the old rules."
    **dict.fromkeys(("rules", "ruled"), THAT_AFTER),
    "repeated": VOICED_THAT,  # "repeated the government's line that"
    "reads": END,  # "..., the statement by 23 authors reads."
    # "noted that", ", the health chief noted, the cases ...", never "noted the trend" or "notes if"
    **dict.fromkeys(("noted", "notes"), re.compile(rf"(?!\s+(?:if|whether)\b)(?:{THAT_OR_END.pattern}|\s*,)")),
}
# what after a verb makes it no report of speech: "urged Portugal to act", "agreed to pay", "reported to a hospital",
# "announced a pilot program", "claimed responsibility for the fires"
NOT_SAID_AFTER = {**dict.fromkeys(REQUEST_VERBS, REQUEST), "asked": REQUEST_OR_QUESTION, "agreed": AGREED_TO,
                  "reported": REPORTED_TO,
                  **dict.fromkeys(("announced", "announces", "explained", "explains"), ANNOUNCED_THING),
                  "claimed": CLAIMED_DEED, "responded": BY_DEED, "responds": BY_DEED,
                  **dict.fromkeys(("wrote", "writes"), WROTE_WHAT),
                  "claims": CLAIMED_DEED, **dict.fromkeys(("added", "adds"), ADDED_THING)}
MAIN_CLAUSE_AFTER = re.compile(r",\s+(?:he|she|they|it|we|I)\s+[a-z]")
AUDIENCE = re.compile(r"^(?:(?:a|the)\s+)?(?:reporters?|journalists?|newsmen|the press|(?:a\s+)?news conference)\s+"
                      r"(?:(?:on\s+)?" + DAY + r"\s+)?(?=[a-z])")
RELATIVE_CLAUSE = re.compile(r"(?:,\s*|\s+)(?:who|which|whose)\b[^,]*")  # "Bush, who appoints the board,"
EDITOR_MARK = re.compile(r"\.?\s+\([a-z]{1,3}(?:/[a-z]{1,3})*\)$")  # "(ml)", "(mc/bk)"
LEADING_DASHES = re.compile(r"^[-_—–\s]+")
# "a Kenya cardiologist", "a senior official": who a speaker named next is
DESCRIBED_LAST = re.compile(r",\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,3}(?:[a-z]+(?:ist|ian|man|woman)|" + PERSON_NOUN + "|"
                            + ROLE_NOUN + r")$")
# verbs of speech that are also plural nouns ("the U.S. claims", "pressing states")
NOUN_OR_VERB = frozenset({"claims", "states", "notes", "charges", "holds", "reports", "estimates", "promises",
                          "pledges", "rules", "reads", "shows", "quotes", "maintains"})
WORD_NEXT = re.compile(r"\s+[A-Za-z]")
TO_NEXT = re.compile(r"\s+to\s")
VERB_BEFORE_TO = frozenset({"claims", "promises", "pledges"})  # "claims to have": a verb ("states to act" a noun)
NOUN_OR_VERB_WORD = re.compile(r"\b(?:" + "|".join(NOUN_OR_VERB) + r")\b")
FINITE_VERB = frozenset({"VBD", "VBZ", "VBP", "MD"})
SUBORDINATE = re.compile(r"\s*" + CONJUNCTIONS + r"\b", re.I)
THAT_AFTER_AUDIENCE = re.compile(r"\s+(?:[\w.’'-]+\s+){0,6}?that\b")  # "told reporters on Monday that"
OPENING_CLAUSE = re.compile(r"^\s*" + CONJUNCTIONS + r"\b")
OPENING_PLURAL = re.compile(r"^\s*" + CONJUNCTIONS + r"\s+((?:the\s+)?(?:[a-z-]+\s+){0,3}?[a-z]+[^s\W’']s)\s+[a-z]")
SUBJECT_PRONOUN = re.compile(r"\s*(he|she|it|they)\s", re.I)
AFFILIATION = re.compile(r"(?:of|from|at)\s+(?:the\s+)?[^,;“”\"]{0,80},?")  # "James Toh of the Democratic Party said"
LEADING_NAME = re.compile(r"^\s*((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+(?=[a-z])")
COORDINATED = re.compile(r"(?:,\s*|\s|^)(?:and|but)\s+(?:also\s+|later\s+|then\s+|has\s+|have\s+|had\s+)*$")
# "Police have said", "Police Thursday said"
AUXILIARIES = re.compile(r"(?:(?:" + ALREADY + r"|repeatedly|" + DAY + r")(?:\s+|$))*")
OPENING_ROLE = re.compile(r"^\s*((?:The|the)\s+(?:[a-z-]+\s+)??[a-z]+)\s+(?:also\s+|later\s+|then\s+|[a-z]+ly\s+)?$")
AFFILIATED = re.compile(r"(" + AFFILIATED_BY + r"\s+[^,;“”\"]{1,60}?)(?:\s+" + ALREADY + r")*")
VERB_WORD = re.compile(r"\b(?:have|has|had|been|is|are|was|were|be|will|would|said|says)\b")  # "there have been TV"
# "But researchers said", "the virus, which experts now say": neither word is part of who speaks
CONJUNCTION = re.compile(r"^(?:" + CONJUNCTIONS + r"|[Bb]ut|[Aa]nd|[Yy]et|So|which|who|whom)\s+")  # ", but experts say"
GROUP_ASIDES = re.compile(AFFILIATED_BY + r"\s+[^,“”\"]{1,60},[^“”\"]*,")
PARTICIPLE_ASIDE = re.compile(r"(?:[a-z]+ing|[a-z]+ed\s+(?:by|in|at|on|near|outside|after|while|[a-z]+ing))\s+"
                              r"(?:[\w.’'-]+\s+){0,10}?(?!(?:that|which)$)[\w.’'-]+")  # not "released the report that"
SUBJECT_ASIDES = re.compile(r"(?:\s+(?:of|from|at)\s+[^,“”\"]{1,60})?,[^“”\"]*,\s*(?:also\s+)?")
# ", adding that X", "called it “...” and said X": a second statement of the same speaker
ADDING = re.compile(r"(?:,\s+(?:adding|warning|noting|insisting|arguing(?:\s+\w+ly)?(?=\s+that\b))|(?<=[”\"'])\s+and\s+"
                    r"(?:also\s+)?said)(?:\s+that)?\s+(?=[a-zA-Z])")
ROLE_TAIL = re.compile(r"\s(?:of|at|for|in|with|to|on|who)\s")  # where a role's head ends
ROLE_TITLES = re.compile(r"\s+and\s+|,\s*")  # "president and chief executive"
TITLE_WORDS = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}")  # "Rabbi", "Home Secretary" before a name
ROLE_WORDS = re.compile(r"(?:[\w.’'-]+\s+){0,3}")  # "Union leader", "Home Secretary"
NOUN_AFTER_NAME = re.compile(r"\s+([a-z][a-z-]+)\s+(?:" + ALREADY + r"\s+)*")  # "the Clinton campaign (has) said"
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
ADVERB_END = re.compile(r"\s+(?:also|later|then|again)$")
POSSESSIVE_NAME = re.compile(r"^['’]s\s+(?:[A-Z][\w’'-]*\s+){1,4}$")  # "London's Sunday Telegraph reported"
WORD_AFTER = re.compile(r"\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}\s*(?:,|\.?\s*$)")  # "said state officals,"
TRAILING_SPEAKER = re.compile(r",\s+[^,“”\"]{1,60}$")  # ", researchers" before a final verb
RELATIVE_BEFORE = re.compile(r",\s*(?:which|who)\s+(?:also\s+|has\s+|have\s+)?$")
PARTICIPLE = re.compile(r"^\s*,?\s*(?:quoting|citing|according|adding|speaking|referring|in explaining)\b", re.I)
# "A said X, but others say Y": a "but" starts a statement of its own only with a subject of its own; "The air
# force says X; the army says Y"
CLAUSE_BREAK = re.compile(r"(?:,|(?<!\bthat))\s+(?:while|whereas)\s+"  # not "argued that while X, Y"
                          r"|,\s+but\s+(?=[A-Z]|(?:others|some|many|critics|opponents)\b)|;\s+"
                          r"|,\s+and\s+(?=(?:[\w-]+\s+){1,7}?(?:said|say|says)\b)")  # ", and some proponents ... said"
OBJECT_WORDS = 6  # "quoted St. Thomas Aquinas, ``...''": who is quoted, then the quotation
TAIL_WORDS = 15  # "..., said a Department of Foreign Affairs and Trade spokesman, speaking on condition of anonymity."
MIN_QUOTE_WORDS = 3
QUOTATION_SENTENCES = 5  # how far a quotation is followed into the sentences after it


@dataclass(frozen=True)
class Speaker:
    """Who speaks: an entity mention of the sentence (until resolved to its cluster), an entity cluster,
    or a phrase such as "U.S. officials" that names nobody."""

    cluster: int | None
    phrase: str
    mention: Mention | None = None


Direct = tuple[int, Speaker, int | None]  # a direct quotation's passage, speaker, and index among the statements


@dataclass(frozen=True)
class Said:
    speaker: Speaker
    text: str
    direct: bool
    source: int
    passage: int


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks; a sentence may open or close a quotation it does not finish."""
    spans = []
    for match in QUOTED.finditer(text):
        group = 1 if match.group(1) is not None else 2
        if match.group(group).strip() and not (group == 1 and is_title(match.group(group))):
            spans.append((match.start(group), match.end(group)))
    return spans


def is_title(quoted: str) -> bool:
    """A book's, film's or song's name in quotation marks ("a book ... called ``Now Is the Hour''"), no one's
    words: every word capitalised but the small ones."""
    tokens = quoted.strip(" ,.").split()
    return 2 <= len(tokens) <= 8 and all(token[0].isupper() or token.lower() in TITLE_SMALL_WORDS for token in tokens) \
        and tokens[0][0].isupper()


def quoted_words(text: str, spans: list[tuple[int, int]]) -> str:
    return " … ".join(text[start:end].strip(" ,.") for start, end in spans)


def outside(spans: list[tuple[int, int]], position: int) -> bool:
    return all(not start <= position < end for start, end in spans)


def is_object(text: str, mention: Mention, names: Sequence[Mention] = ()) -> bool:
    """Whether a mention is the object of a preposition (`object_at`); never when "after", "before", "since" or
    "until" opens a clause whose verb of speech follows the name ("a decade after the Supreme Court ruled that")."""
    if CLAUSE_OPENER.search(text, max(0, mention.start - 30), mention.start) and SPEECH_NEXT.match(text, mention.end):
        return False
    if mention.kind == "place" and any(name.kind == "place" and ADDRESS_COMMA.fullmatch(text, name.end, mention.start)
                                       and object_at(text, name.start, names) for name in names):
        return True  # "in Suitland, Md.": the state goes with the town, after the comma
    return object_at(text, mention.start, names)


def object_at(text: str, start: int, names: Sequence[Mention] = ()) -> bool:
    """A name at `start` follows a preposition ("visiting from Kalona", "with Smith, Jones and Brown"), unless a
    comma closed the phrase before it or the preposition belongs to another name: in "Board of Equalization
    Chairman Johan Klehs said", Klehs is the subject."""
    found = OBJECT_BEFORE.search(text, max(0, start - 60), start)
    if found is None or ("," in found.group(0) and " and " not in found.group(0)):
        return False  # a comma closed the phrase: "in January, Rep. Rick Lazio acknowledged"; a list has "and"
    return not any(name.start <= found.start() < name.end for name in names)


def mention_near(mentions: Sequence[Mention], start: int, end: int, last: bool, person: bool = False,
                 subject_in: str = "") -> Mention | None:
    """The first or last mention between start and end; with `subject_in` (the sentence), only mentions that
    can be a subject there, not the object of a preposition."""
    kinds = ("person",) if person else ("person", "organisation", "place")  # "the Germans" speaks for nobody
    inside = [mention for mention in mentions if start <= mention.start and mention.end <= end
              and mention.kind in kinds and not (subject_in and (is_object(subject_in, mention, mentions)
                                                                 or MODIFIER_AFTER.match(subject_in, mention.end)
                                                                 or (in_parentheses(subject_in, mention.start)
                                                                     and not mention.text.isupper())))]
    if not inside:
        return None
    return inside[-1] if last else inside[0]


def group_label(phrase: str) -> str:
    """A group speaker without a long participle after it ("investigators looking into X"), nor a relative "that"
    ("a national study that found"); "the distressing announcement" keeps its adjective."""
    phrase = RELATIVE_THAT.sub("", phrase)
    shorter = LONG_PARTICIPLE.sub("", phrase)
    return shorter if GROUP_WORD.search(shorter) else phrase


def in_parentheses(text: str, position: int) -> bool:
    """"a book called ``Now Is the Hour'' (Blue Dolphin, 1988), said": a publisher in brackets says nothing (an
    acronym there stands for the name before it: "the Families with Children From China (FCC) said")."""
    return text.count("(", 0, position) > text.count(")", 0, position)


def speaker_after(passage: Passage, position: int, spans: list[tuple[int, int]]) -> Speaker | str | None:
    """"..., said Peter Cook" / "confirmed the Pentagon's spokesman Peter Cook" / "he said" / "said the
    chairman" / "said one of the submarine's designers"."""
    rest = passage.text[position:]
    pronoun = PRONOUN_AFTER.match(rest)
    if pronoun:
        return pronoun.group(1).lower()
    family = FAMILY_AFTER.match(rest)
    if family:
        return relative_speaker(passage, position + family.start(3) if family.group(3) else -1, family)
    window_end = position + min(len(rest), 70)
    people = [mention for mention in passage.mentions if position <= mention.start < window_end
              and mention.kind == "person" and outside(spans, mention.start) and not is_object(passage.text, mention)]
    owned = POSSESSIVE_FAMILY.match(passage.text, people[0].end) if people else None
    if owned:  # "said Brown's mother, Robin Brown": the mother speaks
        named = next((mention for mention in people[1:] if mention.start == owned.start(2)), None)
        return mention_speaker(named) if named else Speaker(cluster=None, phrase=passage.text[people[0].start:
                                                                                               owned.end(1)])
    if len(people) > 1 and ROLE_BETWEEN.fullmatch(passage.text, people[0].end, people[1].start):
        return mention_speaker(people[1])  # "said Lynn superintendent James Mazareas"
    if people:
        return mention_speaker(people[0])
    group = GROUP_AFTER.match(rest) or PERSON_AFTER.match(rest)
    if group:
        return Speaker(cluster=None, phrase=group.group(1).strip())
    found = mention_near(passage.mentions, position, window_end, last=False, subject_in=passage.text)
    if found and outside(spans, found.start):
        return mention_speaker(found)
    role = ROLE_AFTER_VERB.match(rest)
    if role:
        return Speaker(cluster=None, phrase=role.group(1))
    name = NAME_AFTER.match(rest)  # a name the recogniser missed: "..., said Ana Ruiz, the ..."
    return Speaker(cluster=None, phrase=TRAILING_TIME.sub("", name.group(1))) if name else None


def relative_speaker(passage: Passage, name_at: int, family: re.Match[str]) -> Speaker:
    """"his wife, Lucia Hiriart" is Lucia Hiriart; a bare "his wife" is named after him once resolved."""
    if name_at >= 0:
        named = next((mention for mention in passage.mentions if mention.start == name_at), None)
        return mention_speaker(named) if named else Speaker(cluster=None, phrase=family.group(3))
    return Speaker(cluster=None, phrase=f"{family.group(1).lower()} {family.group(2)}")


def mention_speaker(mention: Mention) -> Speaker:
    return Speaker(cluster=None, phrase=mention.text, mention=mention)


def speaker_before(passage: Passage, verb_start: int, spans: list[tuple[int, int]]) -> Speaker | str | None:
    before = passage.text[:verb_start]
    cut = max((end for _, end in spans if end <= verb_start), default=0)
    clause = before[cut:]
    pronoun = PRONOUN_BEFORE.search(clause)
    if pronoun:
        return pronoun.group(1).lower()
    family = FAMILY_BEFORE.search(clause)
    if family:
        return relative_speaker(passage, cut + family.start(3) if family.group(3) else -1, family)
    relative = RELATIVE_BEFORE.search(clause)
    if relative:  # "disputed by the Home Builders Association, which argues that": the name before "which"
        named = next((mention for mention in passage.mentions if mention.kind != "place"
                      and mention.end <= cut + relative.start()
                      and not passage.text[mention.end:cut + relative.start()].strip()), None)
        if named is not None:  # "Kenneth Turan of the Los Angeles Times, who called it": Turan, not the paper
            member = next((mention for mention in passage.mentions if mention.kind == "person"
                           and MEMBER_OF.fullmatch(passage.text, mention.end, named.start)), None)
            return mention_speaker(member or named)
    relative_subject = RELATIVE_SUBJECT.match(clause[opening_end(clause):]) if not cut else None
    if relative_subject and not quote_spans(clause):  # "Still, a father who led the fight for the study said"
        return Speaker(cluster=None, phrase=relative_subject.group(1))
    group = GROUP_BEFORE.search(clause)
    adjacent = next((mention for mention in passage.mentions if mention.kind == "person"
                     and cut <= mention.start and mention.end <= verb_start
                     and AUXILIARIES.fullmatch(passage.text[mention.end:verb_start].strip())), None)
    if adjacent is not None and not (group and group.start(1) < adjacent.start):
        return mention_speaker(adjacent)  # "after his meeting with Caldera, Chavez (has) said": the name by the verb
    person = mention_near(passage.mentions, cut + max(0, len(clause) - 180), verb_start, last=True, person=True,
                          subject_in=passage.text)
    aside = passage.text.rfind(",", cut, person.start) if person else -1
    if person and RELATIVE_WORD.search(passage.text, max(cut, aside), person.start):
        # "Dr. James Swanson, a professor who has studied Adderall, said": no name inside a relative clause
        person = mention_near(passage.mentions, cut + max(0, len(clause) - 180), max(cut, aside), last=True,
                              person=True, subject_in=passage.text)
    between = ADVERB_END.sub("", passage.text[person.end:verb_start].strip()) if person else ""  # ", ..., also"
    if person and (AUXILIARIES.fullmatch(between) or (between[0] == "," and between[-1] == ",")
                   or AFFILIATION.fullmatch(between) or TIME_ASIDE.fullmatch(between)):
        return mention_speaker(person)  # "Peter Cook has said", "Peter Cook, a long appositive ..., said"
    opener = opening_person(passage, verb_start) if not cut else None
    if opener is not None:  # "Analyst John Casesa of Merrill Lynch, who did not attend the Smith meeting, said"
        return mention_speaker(opener)
    if COORDINATED.search(clause) or (cut and not clause.strip()):  # "X called it “...” and said ...": its subject
        earlier = mention_near(passage.mentions, 0, verb_start, last=False, person=True, subject_in=passage.text)
        subject = mention_speaker(earlier) if earlier else sentence_subject(passage)
        leading = LEADING_NAME.match(passage.text) if subject is None else None
        if leading and leading.group(1).split()[0].lower() not in NOT_A_NAME_START:
            subject = Speaker(cluster=None, phrase=leading.group(1))  # "Reno has backed ..., and has said"
        if subject is not None:
            return subject
    opening = SUBJECT_GROUP.match(passage.text, opening_end(passage.text)) if not cut else None
    if opening and opening.end(1) > verb_start:
        opening = None  # "Klebanov also denied reports ...": a group noun after the verb is no subject
    aside = passage.text[opening.end(1):verb_start].strip() if opening else ""
    if opening and AUXILIARIES.fullmatch(aside):  # "Police have said", "Officials also said"
        return Speaker(cluster=None, phrase=CONJUNCTION.sub("", opening.group(1)))
    affiliated = AFFILIATED.fullmatch(aside) if opening else None
    if opening and affiliated:  # "Opponents of Elian's return to Cuba had predicted": the whole phrase
        return Speaker(cluster=None, phrase=CONJUNCTION.sub("", f"{opening.group(1)} {affiliated.group(1)}"))
    if opening and ((aside.startswith(",") and aside.endswith(",")) or GROUP_ASIDES.fullmatch(aside)
                    or PARTICIPLE_ASIDE.fullmatch(aside)) and not quote_spans(aside):
        # "The report, issued by X, said", "A source close to the talks, ..., said", "Workers interviewed leaving
        # DaimlerChrysler's truck plant ... said"
        return Speaker(cluster=None, phrase=CONJUNCTION.sub("", opening.group(1)))
    apposed = APPOSED_SUBJECT.match(clause) if not cut else None
    if apposed:
        named = next((mention for mention in passage.mentions if apposed.start(1) <= mention.start < apposed.end(1)
                      and mention.kind != "place"), None)
        if named:
            return mention_speaker(named)
        name = apposed.group(1)
        if (apposed.group("article") or len(name.split()) > 1) \
                and name.removeprefix("The ").split()[0].lower() not in NOT_A_NAME_START:
            return Speaker(cluster=None, phrase=name)
    subject = SUBJECT_NAME.match(clause) if not cut else None  # a name the recogniser missed or mislabelled
    if subject and subject.group(1).split()[0].lower() not in NOT_A_NAME_START and clause.rstrip().endswith(","):
        named = next((mention for mention in passage.mentions if mention.start == subject.start(1)), None)
        if named is None or named.kind != "place" or named.end < subject.end(1):  # "Toshio" of "Toshio Furusawa"
            return mention_speaker(named) if named else Speaker(cluster=None, phrase=subject.group(1))
    plural = PLURAL_OPENING.match(clause) if not cut else None
    if plural:  # "Homebuilders have complained that": a plural noun opening the sentence, not a name
        return Speaker(cluster=None, phrase=plural.group(1)[0].lower() + plural.group(1)[1:])
    described = DESCRIBED_SUBJECT.match(clause) if not cut else None
    if described:  # "A support technician for the software maker Network Associates said": not the firm
        return Speaker(cluster=None, phrase=described.group(1))
    role = ROLE_BEFORE_VERB.search(clause)
    if role and not object_at(clause, role.start(1)):  # "Lynn will not appeal, and the new school superintendent said"
        return Speaker(cluster=None, phrase=role.group(1))
    found = mention_near(passage.mentions, cut + max(0, len(clause) - 90), verb_start, last=True,
                         subject_in=passage.text)
    possessive = POSSESSIVE_GROUP.match(passage.text[found.end:verb_start]) if found else None
    if possessive and not AUXILIARIES.fullmatch(passage.text[found.end + possessive.end():verb_start].strip()):
        possessive = None  # "Even Lawrence's grieving parents were treated badly, the report said": not them
    if found and possessive:  # "Tony Blair's spokesman said"
        return Speaker(cluster=None, phrase=passage.text[found.start:found.end + possessive.end()])
    if found and POSSESSIVE_NAME.match(passage.text[found.end:verb_start]):  # "London's Sunday Telegraph reported"
        return Speaker(cluster=None, phrase=passage.text[found.start:verb_start].strip())
    if group and object_at(clause, group.start(1)) and opening:  # "A report prepared by the department found"
        return Speaker(cluster=None, phrase=CONJUNCTION.sub("", opening.group(1)))
    if group:  # "U.S. officials said", "..., Russian newswires reported"; "investigators looking into X said"
        return Speaker(cluster=None, phrase=CONJUNCTION.sub("", group_label(group.group(1).strip())))
    trailing = TRAILING_PHRASE.search(clause)
    if trailing:  # "..., the memorandum said": not a name further back
        return Speaker(cluster=None, phrase=trailing.group(1))
    named = NAME_BEFORE.search(clause)
    if found and named and cut + named.start(1) >= found.end and not object_at(clause, named.start(1)) \
            and not TIME_WORDS.fullmatch(named.group(1).split()[-1]):
        return Speaker(cluster=None, phrase=named.group(1))  # "... Cheung's wife, ..., Television Broadcast reported"
    head = NOUN_AFTER_NAME.fullmatch(passage.text, found.end, verb_start) if found else None
    if head and not TIME_WORDS.match(head.group(1)) and tagged_as_noun(passage.text, head.start(1)):
        # "The Bush administration says": not Bush ("the New York Times today" is the paper)
        article = THE_BEFORE.search(passage.text, 0, found.start)
        return Speaker(cluster=None, phrase=passage.text[article.start() if article else found.start:head.end(1)])
    if found and passage.text[found.end:verb_start].count(",") <= 2:
        return mention_speaker(found)
    role = OPENING_ROLE.match(clause) if not cut else None
    if role:  # "The mayor announced on Monday that ...": whoever holds the role
        return Speaker(cluster=None, phrase=role.group(1))
    name = NAME_BEFORE.search(clause)
    if name is None or object_at(clause, name.start(1)) or TIME_WORDS.fullmatch(name.group(1).split()[-1]):
        return None  # "A federal report released Monday shows": a day names nobody
    return Speaker(cluster=None, phrase=name.group(1))


def opening_person(passage: Passage, verb_start: int) -> Mention | None:
    """The person or organisation the sentence opens with (after titles), when only asides between commas stand
    between it and the verb ("The Bureau of Accident Investigations, which is looking into ..., said")."""
    begin = opening_end(passage.text)
    first = next((mention for mention in passage.mentions if mention.start >= begin), None)
    if first is None or first.kind not in ("person", "organisation") or first.end >= verb_start \
            or not TITLE_WORDS.fullmatch(passage.text[begin:first.start]):
        return None
    return first if SUBJECT_ASIDES.fullmatch(passage.text[first.end:verb_start]) else None


def reported_text(passage: Passage, attribution: Attribution, spans: list[tuple[int, int]]) -> tuple[str, bool]:
    """What was said, and whether it is a direct quotation: the quotation(s) when they stand apart from the
    attribution (“...,” he said), else the reported clause after the verb (quoted fragments included), else
    the text before the attribution ("..., officials said.")."""
    text = passage.text
    after = text[attribution.end:]
    quoted_before = [(start, end) for start, end in spans if end <= attribution.start]
    words_before = sum(len(text[start:end].split()) for start, end in quoted_before)
    both_sides = around_attribution(text, attribution, spans)
    if both_sides:
        return both_sides
    verb = text[attribution.start:attribution.end].lower()
    if (verb in DENIAL_VERBS or (verb in WARNING_VERBS and REQUEST.match(after))) and not attribution.text_before:
        return text[attribution.start:].strip().rstrip(" ."), False  # "denied reports that X" does not say X
    quoted_after = [(start, end) for start, end in spans if start >= attribution.end]
    if verb == "called" and quoted_after and len(text[slice(*quoted_after[0])].split()) < MIN_QUOTE_WORDS:
        end = quoted_after[0][1]  # "called the video conference “extraordinary”": the naming, not the rest
        closing = re.match(CLOSE, text[end:])
        return text[attribution.start:end + (closing.end() if closing else 0)].strip(), False
    if attribution.text_before or PARTICIPLE.match(TIME_WORDS.sub("", after.strip(" ,"))) \
            or after.lstrip().startswith(",") \
            or (len(after.split()) < 4 and ("," in text[:attribution.start] or len(after.split()) < 2)):
        before = text[:attribution.start].strip(" ,")
        comma = before.rfind(",")
        if not attribution.text_before and not quoted_before and comma > 0:  # "…, the scientists say.": not theirs
            before = DESCRIBED_LAST.sub("", before[:comma])  # "..., a Kenya cardiologist, Dr Daniel Gikonyo has said"
        if quoted_before and (len(before.split()) <= max(words_before + 2, words_before / 0.7)
                              or speaker_follows(text, quoted_before, attribution)):
            return quoted_words(text, quoted_before), True
        speaker = attribution.speaker
        said_by = speaker.phrase if isinstance(speaker, Speaker) else speaker
        if quoted_before:  # "They must ``show ...,'' the pamphlet says": the quotation closes, then who said it
            end = quoted_before[-1][1]
            closing = re.match(CLOSE, text[end:])
            if closing and text[end + closing.end():attribution.start].strip(" ,") in ("", said_by):
                before = text[:end].rstrip(" ,") + closing.group(0)
        core = ADVERB_END.sub("", before)
        if isinstance(speaker, Speaker) and core.endswith(speaker.phrase) \
                and ROLE_WORDS.fullmatch(core[:-len(speaker.phrase)]):
            return "", False  # "Union leader Richard Shoemaker also warned GM.": only the speaker precedes the verb
        named_last = re.search(r",\s+" + ROLE_WORDS.pattern + re.escape(said_by) + "$", before, re.I)
        if named_last:  # "..., but we need X, they say.", "..., Scott said.", "..., CIA Director George Tenet said"
            before = before[:named_last.start()].rstrip(" ,")
        return before, False
    clause = SAID_IN.sub("", TIME_WORDS.sub("", after.strip(" ,:")))
    before = text[:attribution.start].rstrip()
    if quoted_after and ASIDE_THEN_QUOTE.match(after):  # "X, Osland, said at the time, ``...''"
        return quoted_words(text, quoted_after), True
    aside = ASIDE_THEN_CLAUSE.match(after)
    if aside and not quoted_after:  # "If that happens, the mayors said at a news conference, they would refuse ..."
        return after[aside.end():].strip().rstrip(" ."), False
    if (ADVERBIAL.match(clause) or PUBLISHED_IN.match(clause)) and not LEAD_TO_THAT.match(clause) \
            and words_before < MIN_QUOTE_WORDS \
            and "," in before and len(before.split()) >= 6:  # quoted fragments before may be part of X
        return before[:before.rfind(",")].strip(), False  # "X, scientists reported Monday after analyzing ..."
    clause = LEAD_TO_THAT.sub("", clause).rstrip(" .")
    if verb in ("told", "tells"):
        clause = AUDIENCE.sub("", clause)  # "told reporters poverty is one of the issues": not the reporters
    if quoted_after and sum(len(text[start:end].split()) for start, end in quoted_after) >= 0.8 * len(clause.split()) \
            and (QUOTE_LEADS.match(clause) or verb in SAID_ONLY_WITH):  # not "the conflict ''is not about ...''"
        # (but "called the disease ``one of the most common ...''" names what is quoted)
        return quoted_words(text, quoted_after), True
    if quoted_before and words_before >= MIN_QUOTE_WORDS and ((not quoted_after and not THAT_AHEAD.match(after)) or (
            opens_with(text, quoted_before)
            and all(len(text[start:end].split()) < MIN_QUOTE_WORDS for start, end in quoted_after))):
        return quoted_words(text, quoted_before), True  # “A,” X told Y about ``Big Spender'': a nickname says nothing
    main_clause = MAIN_CLAUSE_AFTER.search(clause) if OPENING_CLAUSE.match(text) else None
    if main_clause:  # "While he said that he is not a ``fanboy,'' ..., he did mention that ...": up to the main clause
        clause = clause[:main_clause.start()]
    return clause, False  # reported speech, quoted fragments and all


def opens_with(text: str, spans: list[tuple[int, int]]) -> bool:
    """The sentence opens with the first of these quotations."""
    return not text[:spans[0][0]].strip(" “\"`'")


def speaker_follows(text: str, quoted: list[tuple[int, int]], attribution: Attribution) -> bool:
    """“...,” Nicholas Vianna, advertising review specialist with the group's division, said: the sentence opens
    with the quotation, and what stands between it and the verb is who speaks."""
    gap = text[quoted[-1][1]:attribution.start]
    speaker = attribution.speaker
    return opens_with(text, quoted) and isinstance(speaker, Speaker) and speaker.phrase in gap \
        and len(gap.split()) <= TAIL_WORDS + 5


def around_attribution(text: str, attribution: Attribution, spans: list[tuple[int, int]]) -> tuple[str, bool] | None:
    """A statement the attribution interrupts: “A,” he said, “B.” / “A,” said X, “B.” / The film, she said,
    met expectations. None when the attribution does not stand inside the statement."""
    opening = spans[:1] if spans and opens_with(text, spans) and text[slice(*spans[0])].rstrip().endswith(",") else []
    spans = [(start, end) for start, end in spans  # not a word in quotation marks, but “The trick,” she says, “is ...”
             if len(text[start:end].split()) >= MIN_QUOTE_WORDS or (start, end) in opening]
    before_spans = [(start, end) for start, end in spans if end <= attribution.start]
    after_spans = [(start, end) for start, end in spans if start >= attribution.end]
    if before_spans and after_spans:
        between = text[before_spans[-1][1]:after_spans[0][0]]
        if len(between.split()) <= 16 and between.rstrip(" “\"`'").endswith((",", ".")):  # "..., N.Y. ``B.''"
            return quoted_words(text, [*before_spans, *after_spans]), True
        return None
    if after_spans and not text[attribution.end:after_spans[0][0]].strip(" ,:“\"`'") \
            and not CLAUSE_GOES_ON.match(text, after_spans[-1][1]):  # After that, she says, “…”
        return quoted_words(text, after_spans), True  # (not: He said ``The Phantom Menace'' has touches of ...)
    after = text[attribution.end:]
    opening = text.rfind(",", 0, attribution.start)
    if (before_spans and (opens_with(text, before_spans) or before_spans[-1][1] > opening)) \
            or attribution.text_before or not after.lstrip().startswith(",") or PARTICIPLE.match(after):
        return None  # (quotations after it are part of the rest: "A, he said, because “B”"; a quoted fragment
        # closed before it is part of A: "By obtaining ``disproportionate discounting'' ..., Howorth said, the ...")
    rest = after.lstrip(" ,")
    if opening <= 0 or len(rest.split()) < MIN_QUOTE_WORDS or len(text[:opening].split()) < 2:
        return None
    return f"{text[:opening].strip()} {rest}".rstrip(" ."), False


@dataclass(frozen=True)
class Attribution:
    speaker: Speaker | str  # a str is a pronoun still to resolve
    start: int  # where the attribution begins (the text before it may be what was said)
    end: int  # where what follows may be what was said
    text_before: bool = False  # "X, according to Y" and "…, Y quoted Z as saying": the statement precedes


def attribution_of(passage: Passage, spans: list[tuple[int, int]]) -> Attribution | None:
    """The sentence's main attribution: a speech verb with its speaker, else "according to X", else
    "X quoted Y as saying"."""
    text = passage.text
    quoted_as = QUOTED_AS.search(text)
    if quoted_as:
        speaker = mention_near(passage.mentions, quoted_as.start(1), quoted_as.end(1), last=False)
        named = mention_speaker(speaker) if speaker else Speaker(cluster=None, phrase=quoted_as.group(1))
        before = len(text[quoted_as.end():].split()) < MIN_QUOTE_WORDS  # "Itar-Tass quoted Ivanov as saying X"
        comma = text.rfind(",", 0, quoted_as.start())  # "X, the Radio quoted officials as saying": not "the Radio"
        start = comma if before and comma > 0 and len(text[comma:quoted_as.start()].split()) <= 5 \
            and not QUOTE_MARK.search(text, comma, quoted_as.start()) else quoted_as.start()
        return Attribution(named, start, quoted_as.end(), text_before=before)
    passive = QUOTED_PASSIVE.search(text)  # "“...,” housewife Chan Lee was quoted as telling the Post."
    if passive and outside(spans, passive.start()) and spans and spans[0][1] <= passive.start():
        speaker = speaker_before(passage, passive.start(), spans)
        if speaker is not None:
            return Attribution(speaker, passive.start(), passive.end(), text_before=True)
    verbs = relayed_last(passage, spans, verbs_in_order(text, spans))
    for match in verbs:
        if not outside(spans, match.start()) or NOT_SPOKEN.search(text[max(0, match.start() - 30):match.start()]) \
                or WHAT_SAID.match(text[:match.start()]) \
                or (AS_CLAUSE.search(text, 0, match.start()) and len(verbs) > 1) \
                or ((noun := NOUN_BEFORE.get(match.group(0))) is not None and noun.search(text, 0, match.start())) \
                or (match.group(0) in PLURAL_PRESENT and not plural_before(text, match.start())) \
                or (match.group(0) in PASSIVE_REPORTS and SAID_TO_BE.match(text, match.end())) \
                or (match.group(0).endswith("ed") and ATTRIBUTIVE_BEFORE.search(text, 0, match.start())
                    and WORD_FOLLOWS.match(text, match.end())) \
                or (text[:match.start()].rstrip().endswith(",") and PARTICIPLE_BETWEEN.match(text, match.end())) \
                or (match.group(0) in NOUN_OR_VERB and (WORD_NEXT.match(text, match.end())
                                                        or "," not in text[max(0, match.start() - 40):match.start()])
                    and not (match.group(0) in VERB_BEFORE_TO and TO_NEXT.match(text, match.end()))
                    and tagged_as_noun(text, match.start())):  # (the tagger misreads "and claims to have" and
            # a verb that ends the sentence after its subject: "..., the paper claims.")
            continue
        if not reports_speech(match.group(0), text[match.end():]):
            continue
        comma = text.find(",")
        main_clause_speaks = comma > 0 and SPEECH.search(text, comma + 1) is not None
        if OPENING_CLAUSE.match(text) and not 0 <= comma < match.start() \
                and (main_clause_speaks or not THAT_OR_END.match(text, match.end())):
            continue  # "When Clinton asked for vouchers, Lazio acknowledged ...": the main clause's verb speaks
        lead = text[:match.start()].rstrip().rstrip(",")
        named_next = any(mention.kind == "person" and mention.start >= match.end()
                         and SHORT_TITLE.fullmatch(text, match.end(), mention.start)
                         and NAME_ENDS.match(text, mention.end)
                         for mention in passage.mentions)  # "..., said Sal Viveros, a long role ..."
        tail = (len(text[match.end():].split()) <= TAIL_WORDS or named_next) \
            and text[:match.start()].rstrip().endswith(",")
        if tail and not lead.endswith(ENDS_WITH_QUOTE) and (clause_follows(text[match.end():])
                                                            or PRONOUN_CLAUSE.match(text, match.end())
                                                            or LEAD_TO_THAT.match(text[match.end():].strip())
                                                            or name_clause_follows(passage, match.end())):
            tail = False  # "X, a vice president, said the company was hoping ...": the company is not speaking
        # "..., X told The Star-Ledger": whoever follows "told" is told, not telling
        inverted = (lead.endswith(ENDS_WITH_QUOTE) or not lead or tail) and match.group(0) not in ("told", "tells")
        speaker = speaker_after(passage, match.end(), spans) if inverted else None
        if speaker is not None and finds(match.group(0), speaker) and not (tail and described_name(passage, lead)):
            return Attribution(speaker, match.start(), match.end(), text_before=True)
        if tail and WORD_AFTER.match(text, match.end()) and not ADVERBIAL.match(text[match.end():].lstrip()):
            continue  # "..., not surprising, said state officals, given ...": the speaker, unknown, follows
        speaker = speaker_before(passage, match.start(), spans)
        if speaker is not None and finds(match.group(0), speaker):
            told_after = told_after_clause(passage, match, spans) if match.group(0) in ("told", "tells") else None
            if told_after is not None:
                return Attribution(speaker, told_after, match.end(), text_before=True)
            return Attribution(speaker, match.start(), match.end())
    saying = SAYING.search(text)
    if saying and outside(spans, saying.start()):
        second = SECOND_SUBJECT.search(text, 0, saying.start())  # "Police charged two men but the agency ..., saying"
        subject = (sentence_subject(part(passage, second.end(), len(text))) if second else None) \
            or sentence_subject(passage)
        if subject is not None:
            return Attribution(subject, saying.start(), saying.end())
    for match in ACCORDING_TO.finditer(text):
        lead = text[:match.start()].rstrip()
        if lead and not lead.endswith((",", "(", "-", "_", ";", ":")) and len(text[match.end():].split()) > TAIL_WORDS:
            continue  # "as he spreads the literal word according to Genesis _ that ...": a phrase, no attribution
        speaker = mention_near(passage.mentions, match.end(), match.end() + 70, last=False)
        while speaker and MODIFIER_AFTER.match(text, speaker.end):  # "the Washington-based National ... Association"
            speaker = mention_near(passage.mentions, speaker.end, speaker.end + 70, last=False)
        owners = POSSESSIVE_GROUP.match(text[speaker.end:]) if speaker else None
        group = GROUP_AFTER.match(text[match.end():])
        if group and speaker and match.end() + group.end() <= speaker.start:  # "according to papers presented at X"
            speaker = None
        role = ROLE_AFTER_VERB.match(text[match.end():]) if not (speaker or group) else None
        phrase = group.group(1) if group else role.group(1) if role else ""  # "..., according to the minister."
        named = mention_speaker(speaker) if speaker else Speaker(cluster=None, phrase=phrase) if phrase else None
        if speaker and owners:  # "according to George's parents": not George
            named = Speaker(cluster=None, phrase=text[speaker.start:speaker.end + owners.end()])
        if named and outside(spans, match.start()):
            named_end = speaker.end if speaker else match.end() + len(phrase)
            appositive = ROLE_AFTER.match(text[named_end:])  # "according to Jeffrey Sachs, director of the center,"
            comma = text.find(",", named_end + (appositive.end() - 1 if appositive else 0))
            subject = text[:match.start()].rstrip(" ,")  # "The study's economic models, according to X, took"
            if comma > 0 and (INTERRUPTED.search(text, 0, match.start()) or (
                    BARE_SUBJECT.fullmatch(subject) and not VERB_WORD.search(subject)
                    and VERB_NEXT.match(text, comma + 1))):  # "which will, according to X, make"
                return Attribution(named, match.start(), comma)
            if match.start() < 3:  # "According to X, ...": the statement follows the name (and its role)
                role_ends = appositive.end() - 1 if appositive and appositive.group(0).endswith(",") else 0
                comma = text.find(",", named_end + role_ends)
                return Attribution(named, match.start(), comma + 1 if comma > 0 else match.end())
            return Attribution(named, match.start(), match.end(), text_before=True)
    return None


def told_after_clause(passage: Passage, told: re.Match[str], spans: list[tuple[int, int]]) -> int | None:
    """"But it seems a lost cause, political scientist Terry Moe told a seminar ...": after "told" comes the audience,
    and what was told is the clause before the speaker (not "After the vote, Moe told reporters that ...", nor a
    quotation, which is found as one)."""
    text = passage.text
    comma = text.rfind(",", 0, told.start())
    lead = LEADING_CONJUNCTION.sub("", text[:comma])  # "But as he was leaving, X told ...": a clause, no statement
    if comma <= 0 or spans or THAT_AFTER_AUDIENCE.match(text, told.end()) or SUBORDINATE.match(lead) \
            or PREPOSITION_FIRST.match(lead) or not any(token.tag in FINITE_VERB for token in tags(lead)):
        return None
    return comma


def tagged_as_noun(text: str, start: int) -> bool:
    """"into U.S. claims that", "earlier Iraqi claims that": the tagger tells the noun from the verb."""
    return any(token.start == start and token.tag.startswith("NN") for token in tags(text))


def described_name(passage: Passage, lead: str) -> bool:
    """"Dr. W. Ian Lipkin, of the laboratory at Irvine, confirmed the findings": a name and its description,
    without a verb, are the subject, not a statement (a verbless statement without a name is kept); so are names
    with relative clauses after an opening phrase ("When asked, Gov. Bush, who appoints the board, said ...", "On
    Monday, the deputy U.S. ambassador, Peter Burleigh, said ...")."""
    opening = SUBORDINATE.match(lead) or PREPOSITION_FIRST.match(lead)  # "When asked, ...", "On Monday, ..."
    start = lead.find(",") + 1 if opening and "," in lead else 0
    core = RELATIVE_CLAUSE.sub("", lead[start:])
    return any(mention.kind == "person" and start <= mention.start < len(lead) for mention in passage.mentions) \
        and not any(token.tag.startswith("VB") or token.tag == "MD" for token in tags(core))


def plural_before(text: str, verb_start: int) -> bool:
    """A verb without -s or -ed ("acknowledge") speaks after a plural: "Officials acknowledge that", not "the
    official report that"."""
    found = PLURAL_WORD.search(text, max(0, verb_start - 40), verb_start)
    return found is not None and found.group(0).split()[0].lower() not in NOT_PLURAL


def finds(verb: str, speaker: Speaker | str) -> bool:
    """"A study has shown that" states a finding; "statistics show that", "the data showed that" are the writer's."""
    return verb not in SHOW_VERBS or (isinstance(speaker, Speaker) and bool(DOCUMENT.search(speaker.phrase)))


def verbs_in_order(text: str, quoted: list[tuple[int, int]]) -> list[re.Match[str]]:
    """Speech verbs in the order to try them: a trailing attribution ("..., researchers said.") first, since a
    verb before it ("a new test ... confirms that") is part of what was said."""
    found = list(SPEECH.finditer(text))
    last = found[-1] if found else None
    speaker = TRAILING_SPEAKER.search(text[:last.start()]) if last and len(found) > 1 else None
    # "..., researchers said." first; not "..., said X, a professor who often writes about race."
    if last and speaker and len(text[last.end():].split()) <= 3 and not SPEECH.search(speaker.group(0)) \
            and not RELATIVE_WORD.search(speaker.group(0)):
        return [last, *found[:-1]]
    if last and len(found) > 1 and text[:last.start()].rstrip().endswith(",") \
            and len(text[last.end():].split()) <= TAIL_WORDS and NAME_AHEAD.match(text, last.end()):
        return [last, *found[:-1]]  # "X responded to ..., says managing director Karen Morrell."
    if last and len(found) > 1 and quoted and QUOTE_THEN_SPEAKER.search(text, 0, last.start()) \
            and len(text[last.end():].split()) <= TAIL_WORDS and found[0].end() <= quoted[0][0] \
            and len(text[found[0].end():quoted[0][0]].split()) <= OBJECT_WORDS:
        return [last, *found[:-1]]  # "Miller quoted St. Thomas Aquinas, ``who says ...,'' Case said."
    return found


def relayed_last(passage: Passage, spans: list[tuple[int, int]], verbs: list[re.Match[str]]) -> list[re.Match[str]]:
    """"Klebanov told reporters that X, the Itar-Tass news agency reported": the agency only relays what a named
    person said, so the person's verb is tried before the trailing one."""
    if len(verbs) < 2 or verbs[0].start() < verbs[1].start():
        return verbs
    trailing = speaker_before(passage, verbs[0].start(), spans)
    if trailing in ("he", "she") or (isinstance(trailing, Speaker) and trailing.mention is not None
                                     and trailing.mention.kind == "person"):
        return verbs  # "Miller quoted Aquinas, ``...,'' Case said.": a person relays no one; Case is speaking
    for match in verbs[1:]:
        speaker = speaker_before(passage, match.start(), spans) if outside(spans, match.start()) \
            and reports_speech(match.group(0), passage.text[match.end():]) else None
        if isinstance(speaker, Speaker) and speaker.mention is not None and speaker.mention.kind == "person":
            return [*verbs[1:], verbs[0]]
    return verbs


def reports_speech(verb: str, rest: str) -> bool:
    """Whether the verb, followed by `rest`, reports what someone said: not a request, a commitment, a deed or a
    bare rejection (NOT_SAID_AFTER), nor found/maintained/concluded without "that" ("police found the car"), nor a
    verb of SAID_ONLY_WITH without what makes it speech ("called for more money")."""
    said_with = SAID_ONLY_WITH.get(verb)
    if said_with is not None:
        return bool(said_with.match(rest))
    deed = NOT_SAID_AFTER.get(verb)
    if deed is not None and deed.match(rest):
        return False
    if verb in DENIAL_VERBS:  # "rejected that defense": nothing said but the rejection
        return bool(DENIED_CONTENT.match(rest) or DENIED_CLAUSE.match(rest) or END.match(rest))
    return verb not in THAT_VERBS or bool(THAT_OR_END.match(rest))


def opening_end(text: str) -> int:
    """Where the sentence's subject may begin: after "But" and a phrase of time or place ("On Tuesday, ...")."""
    opening = OPENING_PHRASE.match(text)
    return opening.end() if opening else 0


def sentence_subject(passage: Passage) -> Speaker | str | None:
    """Who the sentence is about when it opens with them (after a phrase of time or place): a name, a group
    ("The union"), or a pronoun."""
    begin = opening_end(passage.text)
    pronoun = SUBJECT_PRONOUN.match(passage.text, begin)
    if pronoun:
        return pronoun.group(1).lower()
    person = mention_near(passage.mentions, begin, len(passage.text), last=False, person=True)
    if person is not None and ROLE_WORDS.fullmatch(passage.text[begin:person.start]):
        return mention_speaker(person)  # "Education minister Evelyn Jacir de Lovo has ..., saying"
    first = mention_near(passage.mentions, begin, len(passage.text), last=False)
    if first is not None and first.kind != "place" \
            and not passage.text[begin:first.start].strip(" ").removeprefix("The"):
        return mention_speaker(first)
    people = next((mention for mention in passage.mentions if mention.kind == "group" and mention.start >= begin), None)
    if people is not None and people.text.endswith("s") \
            and not passage.text[begin:people.start].strip(" ").removeprefix("The"):
        return Speaker(cluster=None, phrase=passage.text[begin:people.end].strip())  # "The Palestinians ... warned"
    group = SUBJECT_GROUP.match(passage.text, begin)
    return Speaker(cluster=None, phrase=group.group(1)) if group else None


def after_statement(passage: Passage, attribution: Attribution, pronoun: str) -> bool:
    """The pronoun's attribution follows what was said ("..., she said."): names before it are its content."""
    before = passage.text[:attribution.start].rstrip()
    before = before[:-len(pronoun)].rstrip() if before.lower().endswith(pronoun) else before
    return attribution.text_before or (before.endswith((",", *ENDS_WITH_QUOTE))  # "...,'' he said": its content
                                       and len(passage.text[attribution.end:].split()) <= 3)


def clause_follows(rest: str) -> bool:
    """A group phrase after the verb that goes on into a clause of its own ("said the company was hoping")."""
    group = GROUP_AFTER.match(rest)
    if group is None:
        return False
    after = rest[group.end():]
    return not after.lstrip().startswith((",", ".", ";")) and len(after.split()) > 3 \
        and not NAME_SOON.match(after)  # "says study co-author Marsha Seltzer": the name is the speaker


def name_clause_follows(passage: Passage, position: int) -> bool:
    """An organisation or place right after the verb with a verb of its own: "X, an engineer with the agency, said
    the EPA supports Tres Rios": what the EPA does is what X said."""
    named = next((mention for mention in passage.mentions if mention.start >= position), None)
    return named is not None and named.kind in ("organisation", "place") \
        and ARTICLE_ONLY.fullmatch(passage.text, position, named.start) is not None \
        and NAME_VERB.match(passage.text, named.end) is not None


def collect_said(passages: Sequence[Passage], resolve: SpeakerResolver) -> list[Said]:
    """Every attributed statement, passage by passage, with pronouns resolved within each article."""
    said: list[Said] = []
    last_person: dict[int, Speaker] = {}
    last_other: dict[int, Speaker] = {}
    previous_direct: dict[int, Direct] = {}  # per source: the last direct quotation
    couples: set[str] = set()  # speakers named as "Ken and Brenda Barker": "they" may stand for them
    opened: dict[int, Said] = {}  # per source: a quotation's first sentence, whose attribution ends the next one
    inside: dict[int, tuple[int, int, int]] = {}  # per source: (passage, said index, sentences) of an open quotation
    tagged([passage.text for passage in passages if NOUN_OR_VERB_WORD.search(passage.text)])  # one batch, kept
    for number, sentence in enumerate(passages):
        source = sentence.source
        speakers = []
        sentence_spans = quote_spans(sentence.text)
        held = opened.get(source)
        if held is not None and held.passage == number - 1 and not sentence_spans:
            opened[source] = replace(held, text=joined(held.text, sentence.text.strip()), passage=number)
            continue  # “A. B. C,” said X: B is inside the quotation X ends
        going_on = inside.pop(source, None)
        if going_on is not None and going_on[0] == number - 1:
            closing = continued(sentence.text, sentence_spans)
            if closing is not None:
                _, index, length = going_on
                said[index] = replace(said[index], text=joined(said[index].text, closing), passage=number)
                if closing == sentence.text.strip() and length < QUOTATION_SENTENCES:  # a mark left out ends it
                    inside[source] = (number, index, length + 1)
                continue
        for passage in clauses(sentence):
            spans = quote_spans(passage.text)
            attribution = attribution_of(passage, spans)
            start = opened.pop(source, None)  # the quotation's first sentence, if this one closes it
            if start is not None and not (attribution and spans and spans[0][0] == 0 and start.passage == number - 1):
                said.append(start)  # it did not close as expected: its first sentence stands alone
                start = None
            if attribution is None:
                speaker, continues = running_on(passages, number, spans, previous_direct, resolve, last_person,
                                                last_other)
                if speaker is not None:
                    first = Said(speaker, quoted_words(passage.text, spans), True, source, number)
                    index = None
                    if continues:  # “A. B,” said X: one quotation, shown whole
                        opened[source] = replace(first, text=" ".join(passage.text[begin:end].strip().rstrip(",")
                                                                      for begin, end in spans))
                    elif len(first.text.split()) >= MIN_QUOTE_WORDS:  # “I did.”: too little to list
                        index = statement_going_on(previous_direct.get(source), number)
                        if index is None:
                            said.append(first)
                            index = len(said) - 1
                        else:
                            said[index] = replace(said[index], text=joined(said[index].text, first.text),
                                                  passage=number)
                    if index is not None and left_open(passage.text, spans):
                        inside[source] = (number, index, 1)
                    previous_direct[source] = (number, speaker, index)
                continue
            speaker = speaker_of(attribution, passage, number, resolve, last_person, last_other)
            text, direct = reported_text(passage, attribution, spans) if speaker else ("", False)
            text = EDITOR_MARK.sub("", LEADING_DASHES.sub("", text))  # "-- Cases of ...", "... in March. (gm)": what
            # a dateline or an editor left
            if start is not None:
                if direct:
                    text = joined(start.text, text)
                else:
                    said.append(start)
            if speaker is None:
                continue
            if is_couple(passage, attribution.speaker):
                couples.add(speaker_key(speaker))
            adding = ADDING.search(passage.text, attribution.end)
            added = passage.text[adding.end():].strip().rstrip(".") if adding else ""
            if adding:  # "..., said Straw, adding he wanted ...": a second statement of the same speaker
                text = text.split(adding.group(0))[0]
            index = None
            if len(text.split()) >= MIN_QUOTE_WORDS:
                said.append(Said(speaker, text, direct, source, number))
                index = len(said) - 1
                if left_open(passage.text, spans):  # “...” or Smith said Elian told him: “Help me. ...”
                    inside[source] = (number, index, 1)
            if len(added.split()) >= MIN_QUOTE_WORDS and not quote_spans(added):
                said.append(Said(speaker, added, False, source, number))
            if direct:
                previous_direct[source] = (number, speaker, index)
            else:
                previous_direct.pop(source, None)
            speakers.append(speaker)
        remember_mentions(sentence, number, sentence_spans, resolve, last_person, last_other)
        for speaker in speakers:  # who spoke is what a following "he said" / "they said" refers to
            if speaker.cluster is None and (personal_name(speaker.phrase) or ONE_PERSON.search(speaker.phrase)) \
                    and speaker_key(speaker) not in couples:
                last_person[source] = speaker  # "Suresh Gover said ... “...,” he said.": a name the recogniser missed
            elif speaker.cluster is None or speaker_key(speaker) in couples:
                last_other[source] = speaker  # "the experts noted ... they claimed"
            else:
                pool = last_person if resolve.kinds[speaker.cluster] == "person" else last_other
                pool[source] = speaker
    return said + list(opened.values())


def statement_going_on(earlier: Direct | None, number: int) -> int | None:
    """Where the statement stands that a speaker's next quoted sentence goes on with (“A,” Boyd said. “B.”):
    one statement, as a reader and the sources' own paragraphs have it, not two."""
    return earlier[2] if earlier is not None and earlier[0] == number - 1 else None


def personal_name(phrase: str) -> bool:
    """One to three capitalised words that name no group or organisation: a person the recogniser missed."""
    return bool(PERSONAL_NAME.fullmatch(phrase)) and not GROUP_WORD.search(phrase) \
        and not ORGANISATION_WORD.search(phrase)


def joined(first: str, second: str) -> str:
    """Two sentences of one quotation, the first with the full stop its quotation marks were trimmed of."""
    ended = first.rstrip("'\"”’").endswith(('.', '!', '?', '…'))  # "... the 'sky is falling.'"
    return f"{first}{'' if ended else '.'} {second}"


def left_open(text: str, spans: list[tuple[int, int]]) -> bool:
    """The sentence opens a quotation it does not close: the next sentence goes on with it."""
    return bool(spans) and spans[-1][1] == len(text) and not text.rstrip().endswith(ENDS_WITH_QUOTE)


def continued(text: str, spans: list[tuple[int, int]]) -> str | None:
    """What a sentence adds to the quotation the sentence before left open: all of it when it has no quotation
    marks, the words before the closing mark when it closes the quotation and says nothing after; None when it
    is anything else (a new quotation, or the quotation's attribution)."""
    if not spans:
        return text.strip()
    start, end = spans[0]
    if len(spans) == 1 and start == 0 and not text[end:].strip(" ”\"'.,"):
        return text[:end].strip()
    return None


def is_couple(passage: Passage, speaker: Speaker | str) -> bool:
    return isinstance(speaker, Speaker) and speaker.mention is not None \
        and bool(COUPLE_BEFORE.search(passage.text[:speaker.mention.start]))


def running_on(passages: Sequence[Passage], number: int, spans: list[tuple[int, int]],
               previous_direct: dict[int, Direct], resolve: SpeakerResolver,
               last_person: dict[int, Speaker], last_other: dict[int, Speaker]) -> tuple[Speaker | None, bool]:
    """Who speaks a quotation without an attribution of its own, and whether the quotation runs on into the
    next sentence: whoever that sentence credits when it does (“A. B,” said X.), else whoever spoke the
    quotation just before (a speaker's second sentence); nobody when the sentence before was not a quotation
    (a list of titles is no quote)."""
    passage = passages[number]
    if not spans or not passage.text.lstrip().startswith(OPENS_WITH_QUOTE):
        return None, False
    if left_open(passage.text, spans):  # the sentence that closes the quotation, past any it runs through
        for ahead in range(number + 1, min(number + 1 + QUOTATION_SENTENCES, len(passages))):
            following = passages[ahead]
            next_spans = quote_spans(following.text)
            if following.source != passage.source or (next_spans and next_spans[0][0] != 0):
                break
            if not next_spans:
                continue
            attribution = attribution_of(following, next_spans)
            if attribution is not None:
                speaker = speaker_of(attribution, following, ahead, resolve, last_person, last_other)
                return speaker, speaker is not None
            break
    earlier = previous_direct.get(passage.source)
    return (earlier[1] if earlier and earlier[0] == number - 1 else None), False


def clauses(sentence: Passage) -> list[Passage]:
    """"Russia claimed ..., while Washington believes ...": two statements, each with its speaker."""
    text = sentence.text
    split = CLAUSE_BREAK.search(text)
    if not split or not SPEECH.search(text[:split.start()]) or not SPEECH.search(text, split.end()):
        return [sentence]
    return [part(sentence, 0, split.start()), part(sentence, split.end(), len(text))]


def part(sentence: Passage, start: int, end: int) -> Passage:
    """A stretch of the sentence as a passage of its own, with the mentions inside it."""
    return Passage(sentence.source, sentence.position, sentence.text[start:end],
                   tuple(replace(mention, start=mention.start - start, end=mention.end - start)
                         for mention in sentence.mentions if start <= mention.start and mention.end <= end))


def speaker_of(attribution: Attribution, passage: Passage, number: int, resolve: SpeakerResolver,
               last_person: dict[int, Speaker], last_other: dict[int, Speaker]) -> Speaker | None:
    """The attribution's speaker resolved: a pronoun to whom it stands for, a mention to its entity."""
    speaker = attribution.speaker
    if isinstance(speaker, str):  # a pronoun; after the statement ("..., she said") names before it are its content
        pool = last_person if speaker in ("he", "she", "i") else last_other
        return resolve_pronoun(speaker, passage, number, 0 if after_statement(passage, attribution, speaker)
                               else attribution.start, resolve, pool)
    owned = OWNED.match(speaker.phrase) if speaker.cluster is None and speaker.mention is None else None
    if owned:  # "his wife": the wife of the person last named (in the sentence first), never that person
        earlier = people_before(passage, attribution.start)
        owner = resolve(number, mention_speaker(earlier[-1])) if earlier else last_person.get(passage.source)
        if owner is None or owner.cluster is None:
            return None
        return Speaker(cluster=None, phrase=f"{resolve.names[owner.cluster]}'s {owned.group(2)}")
    return resolve_role(resolve(number, speaker), last_person.get(passage.source), resolve)


class SpeakerResolver:
    """Maps a speaker to its entity cluster: a mention through the entity index, a bare name through the
    surnames of the story's people; cluster kinds and roles serve pronouns and "said the chairman"."""

    def __init__(self, passages: Sequence[Passage], of_mention: dict[tuple[int, int], int],
                 kinds: Sequence[str], surnames: dict[str, int], roles: dict[int, str],
                 names: Sequence[str]) -> None:
        self.passages = passages
        self.of_mention = of_mention
        self.kinds = kinds
        self.names = names
        self.surnames = surnames
        self.roles = roles

    def __call__(self, passage: int, speaker: Speaker) -> Speaker:
        if speaker.cluster is not None:
            return speaker
        if speaker.mention is None:
            return Speaker(cluster=self.surname(surname_key(fold(speaker.phrase))), phrase=speaker.phrase)
        named = (speaker.mention.text, speaker.mention.kind)  # a clause's mentions sit at other offsets
        number = next(index for index, mention in enumerate(self.passages[passage].mentions)
                      if (mention.text, mention.kind) == named)
        return Speaker(cluster=self.of_mention.get((passage, number)), phrase=speaker.phrase)

    def titled(self, noun: str) -> int | None:
        """The one person whose role or name has this title ("the prince" for Prince Charles)."""
        found = {cluster for cluster, kind in enumerate(self.kinds) if kind == "person"
                 and (has_title(self.roles.get(cluster, ""), noun)
                      or self.names[cluster].lower().startswith(noun.lower() + " "))}
        return found.pop() if len(found) == 1 else None

    def surname(self, key: str) -> int | None:
        """The person with this surname, or with the one surname it is a slip of ("Homes says" for Holmes)."""
        if key in self.surnames:
            return self.surnames[key]
        close = {number for surname, number in self.surnames.items() if similar(key, surname)}
        return close.pop() if len(close) == 1 else None


def resolve_pronoun(pronoun: str, passage: Passage, number: int, position: int, resolve: SpeakerResolver,
                    pool: dict[int, Speaker]) -> Speaker | None:
    """"he"/"she": a person named earlier in the sentence, else the last person named in the article;
    "it"/"they": the last organisation that spoke or was named first in a sentence of the article."""
    if pronoun in ("it", "they") and CLAUSE_PRONOUN.search(passage.text[:position]):
        subject = SUBJECT_GROUP.match(passage.text)
        if subject:
            return Speaker(cluster=None, phrase=subject.group(1))
    opening = OPENING_PLURAL.match(passage.text) if pronoun == "they" else None
    if opening and "," in passage.text[opening.end():position]:  # "While adoption professionals ..., they say"
        return Speaker(cluster=None, phrase=opening.group(1))
    if pronoun in ("he", "she", "i"):
        # "But if Clinton escapes, she said, ...": not Clinton
        opening = SUBORDINATE.match(LEADING_CONJUNCTION.sub("", passage.text))
        clause_end = passage.text.find(",") if opening else -1
        earlier = people_before(passage, position, clause_end)  # "after hearing Bush, she told": not Bush
        if earlier:
            return resolve(number, mention_speaker(earlier[-1]))
    return pool.get(passage.source)


def people_before(passage: Passage, position: int, after: int = -1) -> list[Mention]:
    """The people named between `after` and `position` who may be a subject there (no object of a preposition)."""
    return [mention for mention in passage.mentions if after < mention.start and mention.end <= position
            and mention.kind == "person" and not is_object(passage.text, mention)]


def resolve_role(speaker: Speaker, last_person: Speaker | None, resolve: SpeakerResolver) -> Speaker:
    """"said the chairman" names the person last named in the article when that is their role."""
    role = ROLE_PHRASE.fullmatch(speaker.phrase) if speaker.cluster is None else None
    if role and last_person is not None and last_person.cluster is not None \
            and has_title(resolve.roles.get(last_person.cluster, ""), role.group(1)):
        return last_person  # "the spokesman" for a "spokesman at the police headquarters"; not "the police"
    return speaker


def has_title(role: str, noun: str) -> bool:
    """"The Venezuelan president-elect", "Russian Navy commander": the head of each title, not a word of it ("the
    navy" is no Russian Navy commander)."""
    head = ROLE_TAIL.split(role.lower())[0]
    return any(title.split()[-1:] == [noun.lower()] for title in ROLE_TITLES.split(head))


def remember_mentions(passage: Passage, number: int, spans: list[tuple[int, int]], resolve: SpeakerResolver,
                      last_person: dict[int, Speaker],
                      last_other: dict[int, Speaker]) -> None:
    first_person = first_other = True  # the first name of a sentence is usually its subject
    role_subject = ROLE_SUBJECT.match(passage.text, opening_end(passage.text))
    if role_subject:  # "The prince expressed ...": he, not a name after it
        titled = resolve.titled(role_subject.group(1))
        if titled is not None:
            last_person[passage.source] = Speaker(cluster=titled, phrase=role_subject.group(1))
        first_person = False
    opening = SUBJECT_GROUP.match(passage.text, opening_end(passage.text))
    if opening and outside(spans, opening.start(1)) and not VERB_WORD.search(opening.group(1)) \
            and not PREPOSITION_FIRST.match(opening.group(1)) \
            and not any(mention.start < opening.end(1) for mention in passage.mentions if mention.kind != "person"):
        last_other[passage.source] = Speaker(cluster=None, phrase=CONJUNCTION.sub("", opening.group(1)))
        first_other = False
    text = passage.text
    main = text.find(",") + 1 if OPENING_CLAUSE.match(text) else 0  # "When Max was diagnosed, Linda Brestler had"
    for mention in sorted(passage.mentions, key=lambda mention: mention.start < main):
        speaker = resolve(number, mention_speaker(mention))
        introduced = INTRODUCED.match(text, mention.end)  # "sent to Dr. Terry Phillips, an immunochemist ..."
        if speaker.cluster is None or not outside(spans, mention.start) \
                or (is_object(text, mention, passage.mentions) and not introduced):
            continue
        if resolve.kinds[speaker.cluster] == "person":
            if first_person:
                last_person[passage.source] = speaker
                first_person = False
        elif first_other and not POSSESSIVE_AFTER.match(text, mention.end) and (
                mention.kind != "place" or not text[opening_end(text):mention.start].strip().removeprefix("The")):
            # "The Memphis' arrival ..., they said": not the Memphis; "This would threaten low-lying U.S. coastal
            # cities. ..., it said": a place is what "it" stands for only when it opens its sentence
            last_other[passage.source] = speaker
            first_other = False


def same_quote(first: str, second: str) -> bool:
    """Half the shorter wording's terms in the other, and more than one: "the Memphis was not damaged" is not
    "the Memphis' arrival in Norway was a liberty call"."""
    first_terms, second_terms = set(content_terms(first)), set(content_terms(second))
    return term_overlap(first_terms, second_terms) >= 0.5 and len(first_terms & second_terms) > 1


def wording(text: str) -> str:
    """Text without case, punctuation or quote styles: outlets differ in "hasn't" / "hasn’t" only."""
    return " ".join(re.findall(r"\w+", text.lower().replace("’", "'")))


def speaker_key(speaker: Speaker) -> str:
    return f"#{speaker.cluster}" if speaker.cluster is not None else speaker.phrase.lower().removeprefix("the ")


def merge_quotes(said: list[Said], label: Callable[[Speaker], tuple[str, str]]) -> tuple[Quote, ...]:
    """One Quote per speaker and statement, credited to every source that carries it, grouped by speaker
    (speakers in order of first appearance). `label` gives a speaker's display name and role."""
    groups: list[list[Said]] = []
    for item in said:
        home = next((group for group in groups if speaker_key(group[0].speaker) == speaker_key(item.speaker)
                     and any(same_quote(item.text, other.text)
                             and (other.source != item.source or other.passage == item.passage)
                             for other in group)), None)
        if home is None:
            groups.append([item])
        else:
            home.append(item)
    first_seen: dict[str, int] = {}
    for index, group in enumerate(groups):
        first_seen.setdefault(speaker_key(group[0].speaker), index)
    groups.sort(key=lambda group: first_seen[speaker_key(group[0].speaker)])
    quotes = []
    for group in groups:
        main = max(group, key=lambda item: (item.direct, len(item.text)))
        name, role = label(main.speaker)
        quotes.append(Quote(speaker=name, role=role, text=main.text, direct=main.direct,
                            sources=tuple(sorted({item.source for item in group})),
                            variants=tuple({wording(item.text): item.text for item in group
                                            if wording(item.text) != wording(main.text)}.values())))
    return tuple(quotes)
