"""Source of exercises/welcome.ipynb (run: python tools/build_welcome.py)."""

from make_notebook import PARAMETERS, make

make(
    "exercises/welcome.ipynb",
    [
        ("code", PARAMETERS, ["parameters"]),
        (
            "code",
            "from netkit.widgets.opening import OpeningPage\n\n"
            "OpeningPage(name=name, goal=goal, career_stage=career_stage, target_sectors=target_sectors,\n"
            "            target_organisations=target_organisations, workshop=workshop,\n"
            "            workshop_date=workshop_date, coach=coach)",
        ),
        (
            "md",
            """## Why spend a workshop on your network?

Career advisers keep giving the same homework: find people who do the work you want and talk to
them. The reasons are practical (after Heather Krasna, *Why do networking?*):

- **Information that is never written down.** What a job is really like, how a team works, where
  a field is heading: you learn it by asking people, not from websites or job adverts.
- **Becoming a known quantity.** Hiring feels risky. People who already know you and your work can
  vouch for you and pass your name on when something comes up.
- **The hidden way in.** Many roles are filled before, or without, an advert, and a referred
  candidate stands out. Conversations also show you problems you could offer to solve.
- **It runs both ways.** Even early in a career you have things to give: an article, an update on
  your project, an introduction, an interested ear.
- **Your professional identity.** Spending time with people in a field is how you learn to speak
  its language and come to belong in it.""",
        ),
        (
            "md",
            """### A regret worth avoiding

A career coach, Jude, writes that her one big career regret is not tending her network sooner: she
had goodwill with many people, but it lay unused. What she does now is methodical — a short list of
people she contacts every month — and she notes that a missing reply is rarely a refusal: people
ignore or postpone, they almost never say no. She is still nervous every time she reaches out, and
does it anyway.

### Relationships before favours

People who are happily employed get many requests from strangers for referrals. What works is the
other way round: get to know people, be useful to them, and ask for help once there is a
relationship that can carry the request. Between friends at work, support flows both ways and the
friendship is never a transaction.

**In this workbook** you will map who you know, draft messages with live feedback, and turn your
reflections into a plan you can keep. Everything you type is saved as you go.""",
        ),
        (
            "md",
            """### Sharing with your coach

After the workshop your coach can see a short, anonymised summary of how the group did. You choose
whether your progress is part of it; the names of the people you know and the words you write are
never shared.""",
        ),
        ("code", "from netkit.widgets.sharing import SharingChoice\n\nSharingChoice()"),
    ],
)
