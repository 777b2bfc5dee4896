"""The participant's workbook as a whole: its opening page, where it is hosted, and taking the work home."""
