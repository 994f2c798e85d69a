// Equality filters on enumerated properties of the root lists ({type: {eq: INVENTION}}): without an
// index a page of patents of one type scans every patent (docs/benchmark.md, patentPage20).
CREATE RANGE INDEX patent_type IF NOT EXISTS FOR (n:Patent) ON (n.type);
