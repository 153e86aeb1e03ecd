"""Report rounds: a unit's document written part by part by many, against last days, approved
by its keeper and kept as sent."""
