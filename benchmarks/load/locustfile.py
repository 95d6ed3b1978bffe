"""Locust users for benchmarks/serve_load.py: readers of one cached briefing, and writers posting articles.

NEWSFUSE_STORY: the story whose briefing readers ask for; NEWSFUSE_WRITERS writers post distinct articles,
numbered by a shared counter, at a constant rate per user (locust's constant_throughput), and log the ids
the server answered as stored to NEWSFUSE_POSTED_LOG.
"""

from __future__ import annotations

import itertools
import os

from locust import HttpUser, constant_throughput, task

STORY = os.environ.get("NEWSFUSE_STORY", "1")
NUMBERS = itertools.count(1)
TOPICS = ["harbour ferry budget", "mountain rail tunnel", "river flood defences", "city tram line",
          "coastal wind farm", "airport runway extension"]


class BriefingReader(HttpUser):
    wait_time = constant_throughput(float(os.environ.get("NEWSFUSE_READS_PER_USER", "10")))

    @task
    def briefing(self) -> None:
        self.client.get(f"/api/stories/{STORY}/briefing", name="briefing")


class ArticleWriter(HttpUser):
    wait_time = constant_throughput(float(os.environ.get("NEWSFUSE_WRITES_PER_USER", "10")))
    fixed_count = int(os.environ.get("NEWSFUSE_WRITERS", "0"))  # the other users read

    @task
    def post(self) -> None:
        number = next(NUMBERS)
        topic = TOPICS[number % len(TOPICS)]
        text = (f"The regional council voted on the {topic} on Monday, officials said in report {number}. "
                f"Supporters said the {topic} would bring jobs, and critics asked about its cost of "
                f"{number * 13} million. A final decision on item {number} is due next month.")
        article_id = f"load-{os.getpid()}-{number}"
        with self.client.post("/api/articles", json={"id": article_id, "text": text}, name="post",
                              catch_response=True) as answer:
            if answer.status_code != 200 or answer.json()[0]["status"] not in ("stored", "copy"):
                answer.failure(f"not stored: {answer.text[:200]}")
                return
        with open(os.environ["NEWSFUSE_POSTED_LOG"], "a") as log:  # what the server said it stored
            log.write(article_id + "\n")
