"""``python -m netkit.cli``: the same command line as the ``netkit`` script."""

from . import main

if __name__ == "__main__":
    main()
