"""netkit: coaching workbooks for career-networking workshops.

The core (this package's modules outside :mod:`netkit.widgets`) is plain Python with no
ipywidgets; :mod:`netkit.widgets` builds the exercise forms on top of it; :mod:`netkit.cli`
is the coach's command line.
"""

__version__ = "0.1.0"

__all__ = ["__version__", "widgets"]  # the forms the notebooks import
