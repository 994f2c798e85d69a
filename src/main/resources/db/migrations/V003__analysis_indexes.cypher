// Indexes the analyses seek through. Chain links: the supplies of one product (SUPPLIES.product is a
// product key) without expanding every supply link of every local firm.
CREATE RANGE INDEX supplies_product IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.product);
// The little-giant rules' "last year": the latest reported year, read from the index end.
CREATE RANGE INDEX financials_year IF NOT EXISTS FOR (n:Financials) ON (n.year);
