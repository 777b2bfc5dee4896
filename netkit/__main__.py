"""``python -m netkit``: the same command line as the ``netkit`` script."""

from .cli import main

if __name__ == "__main__":
    main()
