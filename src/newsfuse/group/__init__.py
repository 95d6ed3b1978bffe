"""Group stage: articles that copy one another, inputs that are separate stories, and sentences that state
the same fact in several sources."""

from newsfuse.group.copies import find_copies
from newsfuse.group.facts import group_facts
from newsfuse.group.separate import separate_stories
from newsfuse.group.vectors import cosine_matrix

__all__ = ["cosine_matrix", "find_copies", "group_facts", "separate_stories"]
