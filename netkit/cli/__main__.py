"""``python -m netkit.cli``: the same command line as the ``netkit`` script."""

from netkit.cli import main

if __name__ == "__main__":
    main()
