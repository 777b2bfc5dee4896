"""Exercise 1, network mapping: what the network says, who is due, the ego map and its charts."""
