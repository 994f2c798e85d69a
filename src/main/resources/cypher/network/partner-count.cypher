// How many enterprises and institutions the whole-cluster network has (from the count store).
RETURN COUNT { (:Enterprise) } + COUNT { (:Institution) } AS total
