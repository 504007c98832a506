-- The day index serves the time-args rule only (src/reconcile/events.ts), which needs a shared
-- actor or place and a span of at most 2 × EVENT_MAX_MATCH_DAYS = 62 days: rows of unnamed events
-- without any argument, or grown longer than that, can never find a match and only crowd the
-- bounded day lookup (at 10,000 articles over a thousand such events on one day). They go; new
-- ones are no longer written, and an event that grows too long is removed by its id.
DELETE FROM event_days WHERE NOT EXISTS (SELECT 1 FROM event_args a WHERE a.event = event_days.event);
DELETE FROM event_days WHERE event IN (
  SELECT id FROM corpus_events WHERE julianday(end) - julianday(start) > 62
);
CREATE INDEX event_days_event ON event_days (event);
