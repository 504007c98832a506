-- Whether a corpus event's span comes from its reports' own times (1) or, while none has one, from
-- the days its reports were published (0). Events reconciled before this are marked from their
-- reports; their spans stay as they were until `sitrep reconcile` rebuilds them.
ALTER TABLE corpus_events ADD COLUMN timed INTEGER NOT NULL DEFAULT 0;
UPDATE corpus_events SET timed = 1
  WHERE id IN (SELECT event FROM event_reports WHERE json_extract(data, '$.timeFrom') = 'event');
