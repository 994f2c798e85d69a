// The one node every write's derivations lock before they read (ingest.DerivedProperties): two writes
// deriving at once would each compute from a graph without the other's change and one would keep a
// stale value. Unique, so that the MERGE of concurrent writes creates it once.
CREATE CONSTRAINT derivations_lock IF NOT EXISTS FOR (l:__Derivations) REQUIRE l.id IS UNIQUE;
