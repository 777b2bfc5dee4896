"""The coach's side: roster, rendering, composing, collecting, the facilitator's kit and the no-server site."""
