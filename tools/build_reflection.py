"""Source of exercises/reflection.ipynb (run: python tools/build_reflection.py)."""

from make_notebook import PARAMETERS, make

make(
    "exercises/reflection.ipynb",
    [
        ("code", PARAMETERS, ["parameters"]),
        (
            "md",
            """# Exercise 3 — From regret to a plan you can keep

A career coach, Jude, admits that her one real career regret is not putting time into her network
sooner. When she left corporate life to work for herself, she discovered how much goodwill she had
with the people she knew; it had simply never been put to use. (Idea from *My number one career
regret*.)

This exercise has three parts: look back honestly, turn what you find into a short list of people
with a rhythm for each, and take that plan home as calendar reminders and a one-page printout.""",
        ),
        (
            "md",
            """**Before you start:** how confident do you feel, today, about getting in touch with people?
There is no right answer; you will look at this again at the end.""",
        ),
        (
            "code",
            "from netkit.widgets.reflection import ConfidenceCheckIn\n\n"
            'ConfidenceCheckIn(moments=("before",), show_chart=False)',
        ),
        (
            "md",
            """## 1. Look back

Answer the questions a couple at a time. Nobody else sees them unless you choose to share.

- **Fear is normal.** The same coach is still nervous every time she contacts someone, so she keeps a
  list of whom to contact rather than deciding each time whether to dare.
- **Silence is not a no.** In her experience people rarely refuse: they overlook a message or put it
  off. An unanswered message is a reason to try again later, not a verdict on you.
- **Own what went wrong.** If someone vouched for you and it did not work out, you owe them an honest
  account and an apology, with no blaming of others; it protects the relationship and your name.
  (Idea from *Networking comes with an obligation*.)""",
        ),
        ("code", "from netkit.widgets.reflection import ReflectionPrompts\n\nReflectionPrompts()"),
        (
            "md",
            """## 2. From regret to a plan

Now choose a few people, from your network map or typed in, and give each a rhythm. Closer ties get
a more frequent one (every two weeks for your inner circle, monthly for close contacts, every three
months for the wider circle); someone you lost touch with starts with one message to reopen the door.

- **Start small.** A short list you keep beats a long one you avoid.
- **Give as well as ask.** A network runs both ways: pass on an article, share an update, introduce
  two people, celebrate their news. (Ideas from *Why do networking?* and *The do's and don'ts of
  networking through friends at work*.)
- **Do not only appear when you need something**, and never let a friendship become a transaction.
- People like knowing someone thought of them, and usually want to stay in touch as much as you do.""",
        ),
        ("code", "from netkit.widgets.reflection import PlanBuilder\n\nPlanBuilder(name=name)"),
        (
            "md",
            """## 3. Take it with you

Make the calendar file (recurring reminders, one per person) and a one-page plan you can print.
Copies are also kept next to this workbook.""",
        ),
        ("code", "from netkit.widgets.reflection import PlanExport\n\nPlanExport(name=name)"),
        (
            "md",
            """## 4. How do you feel now?

Move the second slider. Whatever the chart shows, the next step is the same: the first name on this
month's list.""",
        ),
        ("code", "from netkit.widgets.reflection import ConfidenceCheckIn\n\nConfidenceCheckIn()"),
    ],
)
