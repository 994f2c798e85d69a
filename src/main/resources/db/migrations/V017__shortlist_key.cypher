// The promoters' shortlist (issue 17): one entry per target enterprise and product, keyed by both.
CREATE CONSTRAINT shortlist_entry_key IF NOT EXISTS FOR (n:ShortlistEntry) REQUIRE n.key IS UNIQUE;
