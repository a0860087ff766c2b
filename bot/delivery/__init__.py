"""The digest path: schedules, the scheduler, exactly-once delivery, digest building."""
