"""stub"""
from netkit.exercises.outreach import lint_phrases as _P
globals().update({k: v for k, v in vars(_P).items() if k.isupper()})
LANGUAGE = "es"
__all__ = ["LANGUAGE"]
