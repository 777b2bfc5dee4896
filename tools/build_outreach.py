"""Source of exercises/outreach.ipynb (run: python tools/build_outreach.py)."""

from make_notebook import PARAMETERS, make

make(
    "exercises/outreach.ipynb",
    [
        ("code", PARAMETERS, ["parameters"]),
        (
            "md",
            """# Exercise 2 — Messages people are glad to answer

Most of what you need to know about a job or an organisation is never written down; you learn it by
asking people who do the work, often in a short *informational interview* (idea from Heather
Krasna, *Why do networking?*). This exercise helps you write those messages, and the other ones a
network runs on: reconnecting, asking for an introduction, saying thank you, sharing something
useful, and the harder ones.""",
        ),
        (
            "md",
            """## What makes a message easy to say yes to

- **Relationship first, favours later.** A happily employed HR professional, tired of strangers asking
  for referrals, makes the point that nobody can vouch for work they have never seen. In a first
  message, ask for a view or a conversation, not a job (idea from *I'm tired of people wanting to
  network with me*, Evil HR Lady, and her readers). If you are the one asked, you can decline a
  referral kindly and still offer advice.
- **Short, connection first, one question.** Say how you know them in the first line, keep it under
  about 75 words, and make the ask a question they can answer.
- **Give as well as ask, never press.** Share an article or an opportunity with no ask; thank people
  and tell them what came of their help; make it easy to say no — no guilt, no obligation (idea from
  *The do's and don'ts of networking through friends at work*).
- **If you let someone down,** apologise to the person who vouched for you, explain, and take
  responsibility without blaming anyone (idea from *Networking comes with an obligation*).
- **Silence is not a no.** People rarely refuse; they miss a message or put it off. Plan one friendly
  follow-up (idea from Jude, *My number one career regret*).""",
        ),
        (
            "md",
            """## Write a message

Pick a person (from your network map in exercise 1, or type a name) and a situation. Edit the draft
into your own words — the suggestions under it update as you type. Save it to your outbox, send it
from your e-mail or LinkedIn, then mark it as sent to get follow-up dates for your calendar.""",
        ),
        (
            "code",
            "from netkit.widgets.outreach import OutreachComposer\n\nOutreachComposer(name=name, goal=goal, country=country)",
        ),
    ],
)
