"""Read stage: paths, folders, globs and stdin -> RawDocument values, one problem per unusable input."""

from newsfuse.read.files import ReadResult, read_inputs
from newsfuse.read.formats import parse_document

__all__ = ["ReadResult", "parse_document", "read_inputs"]
