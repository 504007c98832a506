-- What happened to what a figure counts (`killed`, `evacuated`): `12 people killed` and `300 people
-- evacuated` are two figures. Null for figures without one and for those reconciled before it.
ALTER TABLE figures ADD COLUMN measure TEXT;
