"""Exercise 1, network mapping: what the network says, who is due, the ego map and its charts."""

__all__ = ["analysis", "charts", "egomap", "egomap_layout", "exercise"]
