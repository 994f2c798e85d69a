// Full-text search over names in Chinese and English, titles and codes. The CJK analyzer splits
// Chinese into bigrams and Latin text into words, so both languages match.
CREATE FULLTEXT INDEX names IF NOT EXISTS
FOR (n:Enterprise|Institution|Patent|Standard|Product|Metal|Park|Material|Project|Platform|Designation)
ON EACH [n.name, n.nameZh, n.nameEn, n.shortName, n.title, n.titleEn, n.code, n.number, n.creditCode]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
// Normalised search text (lower case, pinyin with and without spaces, initials, codes): substring
// search for pinyin such as 'tengchi' and partial codes.
CREATE TEXT INDEX searchable_text IF NOT EXISTS FOR (n:Searchable) ON (n.search);
// Sort keys of the enterprises connection.
CREATE RANGE INDEX enterprise_name IF NOT EXISTS FOR (n:Enterprise) ON (n.name);
CREATE RANGE INDEX enterprise_founded IF NOT EXISTS FOR (n:Enterprise) ON (n.founded);
CREATE RANGE INDEX enterprise_local IF NOT EXISTS FOR (n:Enterprise) ON (n.local);
CREATE RANGE INDEX enterprise_latest_output IF NOT EXISTS FOR (n:Enterprise) ON (n.latestOutputT);
