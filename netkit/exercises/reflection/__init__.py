"""Exercise 3, regret reflection: the prompts, the confidence check-in and the stay-in-touch plan."""

__all__ = ["confidence", "exercise", "plan", "prompts"]
