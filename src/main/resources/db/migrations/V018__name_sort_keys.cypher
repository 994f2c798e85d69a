// Pinyin collation keys of names (nameSort, written with the node by the importer; nodes written
// before it existed get theirs at start-up, see ingest.SortKeys): the sort of orderBy NAME.
CREATE RANGE INDEX enterprise_name_sort IF NOT EXISTS FOR (n:Enterprise) ON (n.nameSort);
CREATE RANGE INDEX product_name_sort IF NOT EXISTS FOR (n:Product) ON (n.nameSort);
CREATE RANGE INDEX institution_name_sort IF NOT EXISTS FOR (n:Institution) ON (n.nameSort);
CREATE RANGE INDEX park_name_sort IF NOT EXISTS FOR (n:Park) ON (n.nameSort);
CREATE RANGE INDEX material_name_sort IF NOT EXISTS FOR (n:Material) ON (n.nameSort);
CREATE RANGE INDEX project_name_sort IF NOT EXISTS FOR (n:Project) ON (n.nameSort);
CREATE RANGE INDEX platform_name_sort IF NOT EXISTS FOR (n:Platform) ON (n.nameSort);
CREATE RANGE INDEX designation_name_sort IF NOT EXISTS FOR (n:Designation) ON (n.nameSort);
// Common filters of the root lists (where: {filed: {gte: …}}, {title: {startsWith: …}}, {name: …}).
CREATE RANGE INDEX patent_filed IF NOT EXISTS FOR (n:Patent) ON (n.filed);
CREATE RANGE INDEX patent_title IF NOT EXISTS FOR (n:Patent) ON (n.title);
CREATE RANGE INDEX product_name IF NOT EXISTS FOR (n:Product) ON (n.name);
CREATE RANGE INDEX institution_name IF NOT EXISTS FOR (n:Institution) ON (n.name);
CREATE RANGE INDEX standard_title IF NOT EXISTS FOR (n:Standard) ON (n.title);
