"""Small stories written for these tests (no licensed data in the repository)."""

from __future__ import annotations

STORIES = [
    {
        "id": "dam",
        "documents": [
            "A dam burst on Monday in the northern valley, flooding three villages and forcing 2,000 people from "
            "their homes. Rescue teams reached the area by boat on Monday night. The regional governor declared an "
            "emergency on Tuesday and asked the army for help.",
            "Three villages were flooded when a dam burst on Monday in the northern valley. About 2,000 residents "
            "fled. Engineers had warned last year that the dam needed repairs, local media reported. The governor "
            "declared an emergency on Tuesday.",
        ],
        "summary": "A dam burst on Monday and flooded three villages in the northern valley. About 2,000 people "
                   "fled their homes. The governor declared an emergency on Tuesday.",
    },
    {
        "id": "vote",
        "documents": [
            "Lawmakers approved the new transport budget on Thursday by a vote of 61 to 40. The plan adds 300 buses "
            "and extends the tram line to the airport. Opposition members said the costs were underestimated.",
            "The transport budget passed parliament on Thursday. It funds 300 new buses and a tram extension to the "
            "airport. Critics said the price would rise. Construction is set to begin next spring.",
        ],
        "summaries": ["Parliament passed the transport budget on Thursday, funding 300 buses and a tram line to the "
                      "airport.", "The transport budget, with new buses and an airport tram, passed on Thursday."],
        "source": "test",
    },
]
