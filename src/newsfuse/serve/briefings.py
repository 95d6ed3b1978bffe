"""Briefings for the web app: computed in worker threads (never on the event loop), once per story version
however many requests ask at the same time, and kept (rendered too) until the story changes."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from starlette.concurrency import run_in_threadpool

from newsfuse.config import Settings
from newsfuse.model import Briefing
from newsfuse.render import RENDERERS
from newsfuse.serve.stores import StorePool
from newsfuse.store.briefings import stored_briefing

Key = tuple[int, int, int, bool]  # story, its revision, words, with analysis


class Briefings:
    def __init__(self, pool: StorePool, settings: Settings, workers: int = 2, kept: int = 256) -> None:
        self.pool, self.settings, self.kept, self.workers = pool, settings, kept, workers
        self.executor: ThreadPoolExecutor | None = None
        self.done: OrderedDict[Key, Briefing] = OrderedDict()
        self.rendered: OrderedDict[tuple[Key, str], str] = OrderedDict()
        self.running: dict[Key, asyncio.Future[Briefing]] = {}

    async def key(self, story_id: int, words: int, analysis: bool) -> Key:
        live, revision = await run_in_threadpool(self.pool.call, lambda store: store.story_version(story_id))
        return live, revision, words, analysis

    async def get(self, story_id: int, words: int = 0, analysis: bool = True) -> tuple[Key, Briefing]:
        key = await self.key(story_id, words, analysis)
        if key in self.done:
            self.done.move_to_end(key)
            return key, self.done[key]
        running = self.running.get(key)
        if running is None:
            if self.executor is None:
                self.executor = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="briefing")
            running = asyncio.get_running_loop().run_in_executor(self.executor, self.compute, key)
            self.running[key] = running
            running.add_done_callback(lambda finished: self.keep(key, finished))
        briefing = await asyncio.shield(running)  # a client that goes away does not cancel others' work
        return key, briefing

    def keep(self, key: Key, finished: asyncio.Future[Briefing]) -> None:
        """Moves a finished briefing to `done` in the same step that takes it off `running`, so a request arriving
        between the two never finds it in neither and computes it again."""
        if not finished.cancelled() and finished.exception() is None:
            self.done[key] = finished.result()
            while len(self.done) > self.kept:
                self.done.popitem(last=False)
        self.running.pop(key, None)

    async def render(self, story_id: int, fmt: str, words: int = 0, analysis: bool = True) -> str:
        key, briefing = await self.get(story_id, words, analysis)
        if (key, fmt) not in self.rendered:
            self.rendered[key, fmt] = RENDERERS[fmt](briefing)
            while len(self.rendered) > self.kept:
                self.rendered.popitem(last=False)
        return self.rendered[key, fmt]

    def compute(self, key: Key) -> Briefing:
        story_id, _, words, analysis = key
        settings = replace(self.settings, words=words,
                           analysis_words=self.settings.analysis_words if analysis else 0)
        return self.pool.call(lambda store: stored_briefing(store, story_id, settings))

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = None
