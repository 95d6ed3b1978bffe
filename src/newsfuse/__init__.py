"""newsfuse: many news reports of one story -> one faithful, cited briefing."""

from newsfuse.config import Settings
from newsfuse.errors import ExitCode, NewsfuseError
from newsfuse.model import Analysis, Article, Briefing, Citation, RawDocument, Sentence, Source, SummarySentence
from newsfuse.pipeline import brief

__version__ = "0.1.0"

__all__ = ["Analysis", "Article", "Briefing", "Citation", "ExitCode", "NewsfuseError", "RawDocument", "Sentence",
           "Settings", "Source", "SummarySentence", "__version__", "brief"]
