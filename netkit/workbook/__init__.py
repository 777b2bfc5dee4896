"""The participant's workbook as a whole: its opening page, where it is hosted, and taking the work home."""

__all__ = ["browser_storage", "hosting", "opening", "personal_link", "takehome"]
